package org.crystallite.tem.io;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;

/** Writes a minimal MRC2014 file for tests: header, optional extended header, data. */
final class MrcFileWriter {

    private MrcFileWriter() {
    }

    static byte[] write(ByteOrder order, int nx, int ny, int nz, int mode, float cellX, float cellY,
                        int extendedBytes, byte[] data, String label) {
        ByteBuffer b = ByteBuffer.allocate(1024 + extendedBytes + data.length).order(order);
        b.putInt(nx).putInt(ny).putInt(nz).putInt(mode);
        b.putInt(0).putInt(0).putInt(0);           // nxstart, nystart, nzstart
        b.putInt(nx).putInt(ny).putInt(nz);        // mx, my, mz
        b.putFloat(cellX).putFloat(cellY).putFloat(nz); // cella (Å)
        b.putFloat(90).putFloat(90).putFloat(90);  // cellb
        b.putInt(1).putInt(2).putInt(3);           // mapc, mapr, maps
        b.position(92);
        b.putInt(extendedBytes);
        b.position(108);
        b.putInt(20140);                           // nversion
        b.position(208);
        b.put("MAP ".getBytes(StandardCharsets.ISO_8859_1));
        if (order == ByteOrder.LITTLE_ENDIAN) {
            b.put((byte) 0x44).put((byte) 0x44).put((byte) 0).put((byte) 0);
        } else {
            b.put((byte) 0x11).put((byte) 0x11).put((byte) 0).put((byte) 0);
        }
        b.position(220);
        b.putInt(1);
        b.put(label.getBytes(StandardCharsets.ISO_8859_1));
        b.position(1024 + extendedBytes);
        b.put(data);
        return b.array();
    }
}
