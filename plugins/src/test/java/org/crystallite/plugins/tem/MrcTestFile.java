package org.crystallite.plugins.tem;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes a minimal little-endian MRC2014 file (mode 2, float32, one section) for importer tests,
 * following the MRC2014 header layout (Cheng et al., J. Struct. Biol. 192 (2015) 146): the cell
 * size in Å over the number of samples gives the pixel size.
 */
final class MrcTestFile {

    private static final int HEADER_BYTES = 1024;

    private MrcTestFile() {
    }

    static Path write(Path file, int width, int height, float[] pixels, double pixelSizeAngstrom) throws IOException {
        ByteBuffer b = ByteBuffer.allocate(HEADER_BYTES + 4 * pixels.length).order(ByteOrder.LITTLE_ENDIAN);
        b.putInt(width).putInt(height).putInt(1).putInt(2);        // nx, ny, nz, mode 2 = float32
        b.putInt(0).putInt(0).putInt(0);                           // nxstart, nystart, nzstart
        b.putInt(width).putInt(height).putInt(1);                  // mx, my, mz: samples along the cell
        b.putFloat((float) (width * pixelSizeAngstrom)).putFloat((float) (height * pixelSizeAngstrom)).putFloat(1);
        b.putFloat(90).putFloat(90).putFloat(90);                  // cell angles
        b.putInt(1).putInt(2).putInt(3);                           // mapc, mapr, maps
        b.position(108);
        b.putInt(20140);                                           // nversion
        b.position(208);
        b.put("MAP ".getBytes(StandardCharsets.ISO_8859_1));
        b.put((byte) 0x44).put((byte) 0x44).put((byte) 0).put((byte) 0); // machine stamp: little endian
        b.position(HEADER_BYTES);
        for (float v : pixels) {
            b.putFloat(v);
        }
        return Files.write(file, b.array());
    }
}
