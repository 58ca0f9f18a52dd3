package org.crystallite.tem.io;

import java.io.IOException;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import org.crystallite.spectrum.io.DataFormatException;

/**
 * Reads the first section of an MRC file (MRC2014, Cheng et al., J. Struct. Biol. 192 (2015) 146;
 * the CCP-EM format page). The 1024-byte header holds nx, ny, nz (words 1–3), the mode (word 4),
 * the sampling mx, my, mz (words 8–10) and the cell lengths in Å (words 11–13), so the pixel size is
 * {@code cella.x / mx} Å along x and {@code cella.y / my} Å along y. The data start after the header
 * and the extended header ({@code nsymbt} bytes, word 24), x fastest. Byte order follows the machine
 * stamp at byte 212 ({@code 0x44 0x4?} little-endian, {@code 0x11 0x11} big-endian).
 *
 * <p>Rows are returned in file order (row 0 = first row stored; viewers such as IMOD draw it at the
 * bottom). Mode 0 is signed 8-bit per MRC2014, or unsigned when an IMOD stamp says so.
 */
public final class MrcReader implements ImageFileReader {

    static final int HEADER_BYTES = 1024;
    /** IMOD writes this in word 39 and flags in word 40; flag bit 0 set = signed bytes. */
    private static final int IMOD_STAMP = 1146047817;

    @Override
    public String formatName() {
        return "MRC";
    }

    @Override
    public boolean canRead(String fileName, byte[] head) {
        return head.length >= 212 && head[208] == 'M' && head[209] == 'A' && head[210] == 'P';
    }

    @Override
    public CalibratedImage read(Path file) throws IOException {
        return read(file.getFileName().toString(), ReaderSupport.readAll(file));
    }

    public CalibratedImage read(String fileName, byte[] bytes) throws DataFormatException {
        if (bytes.length < HEADER_BYTES) {
            throw new DataFormatException(fileName + ": " + bytes.length
                    + " bytes is shorter than the 1024-byte MRC header (truncated or not an MRC file)");
        }
        boolean hasMapStamp = bytes[208] == 'M' && bytes[209] == 'A' && bytes[210] == 'P';
        BinaryCursor in = new BinaryCursor(fileName, bytes, byteOrder(bytes));

        int nx = in.i32("nx");
        int ny = in.i32("ny");
        int nz = in.i32("nz");
        int mode = in.i32("mode");
        if (nx <= 0 || ny <= 0 || nz <= 0 || (long) nx * ny > Integer.MAX_VALUE) {
            throw in.error(0, "implausible MRC size nx × ny × nz = " + nx + " × " + ny + " × " + nz
                    + (hasMapStamp ? "" : " (no 'MAP ' stamp at byte 208: probably not an MRC file)"));
        }
        boolean imodUnsigned = false;
        in.seek(152, "IMOD stamp");
        if (in.i32("IMOD stamp") == IMOD_STAMP) {
            imodUnsigned = (in.i32("IMOD flags") & 1) == 0;
        }
        PixelType type = pixelType(in, mode, imodUnsigned);

        in.seek(28, "sampling mx, my, mz");
        int mx = in.i32("mx");
        int my = in.i32("my");
        in.i32("mz");
        float cellX = in.f32("cell length x");
        float cellY = in.f32("cell length y");
        in.seek(92, "extended header size");
        int extended = in.i32("nsymbt (extended header bytes)");
        if (extended < 0) {
            throw in.error(92, "negative extended header size " + extended);
        }
        long dataStart = HEADER_BYTES + (long) extended;
        int count = nx * ny;
        long needed = dataStart + (long) count * nz * type.bytesPerPixel();
        if (needed > bytes.length) {
            throw new DataFormatException(fileName + ": header promises " + nx + " × " + ny + " × " + nz
                    + " pixels of mode " + mode + " ending at byte " + needed + ", but the file has only "
                    + bytes.length + " bytes (truncated)");
        }
        in.seek(dataStart, "image data");
        DecodedPixels px = in.pixels(type, count, "first section");

        CalibratedImage.Builder b = CalibratedImage.builder(fileName, nx, ny, px.real(), type)
                .imaginary(px.imaginary())
                .metadata(ImageMetadataKeys.FORMAT, "MRC");
        if (!hasMapStamp) {
            b.warning("no 'MAP ' stamp at byte 208 (pre-MRC2014 file); header read with MRC2014 layout");
        }
        if (mx > 0 && my > 0 && cellX > 0 && cellY > 0) {
            b.pixelSize(cellX / (double) mx, cellY / (double) my, "Å", "Å");
        } else {
            b.uncalibrated("cell length or sampling is zero in the MRC header");
        }
        if (nz > 1) {
            b.warning("stack of " + nz + " sections: only the first section was read");
        }
        labels(bytes, in, b);
        return b.build();
    }

    private static ByteOrder byteOrder(byte[] bytes) {
        int stamp = bytes[212] & 0xff;
        if (stamp == 0x44) {
            return ByteOrder.LITTLE_ENDIAN;
        }
        if (stamp == 0x11) {
            return ByteOrder.BIG_ENDIAN;
        }
        // No stamp (old files): choose the order in which the mode word is a small number.
        int modeLittle = (bytes[12] & 0xff) | (bytes[13] & 0xff) << 8 | (bytes[14] & 0xff) << 16 | (bytes[15] & 0xff) << 24;
        return modeLittle >= 0 && modeLittle < 256 ? ByteOrder.LITTLE_ENDIAN : ByteOrder.BIG_ENDIAN;
    }

    private static PixelType pixelType(BinaryCursor in, int mode, boolean imodUnsigned) throws DataFormatException {
        return switch (mode) {
            case 0 -> imodUnsigned ? PixelType.UINT8 : PixelType.INT8;
            case 1 -> PixelType.INT16;
            case 2 -> PixelType.FLOAT32;
            case 4 -> PixelType.COMPLEX64;
            case 6 -> PixelType.UINT16;
            case 12 -> PixelType.FLOAT16;
            case 3 -> throw in.error(12, "MRC mode 3 (complex 16-bit integers) is not supported; expected mode 0, 1, 2, 4, 6 or 12");
            default -> throw in.error(12, "unknown MRC mode " + mode + "; expected 0, 1, 2, 4, 6 or 12");
        };
    }

    private static void labels(byte[] bytes, BinaryCursor in, CalibratedImage.Builder b) throws DataFormatException {
        in.seek(220, "label count");
        int labels = Math.min(10, Math.max(0, in.i32("nlabl")));
        for (int i = 0; i < labels; i++) {
            String text = new String(bytes, 224 + 80 * i, 80, StandardCharsets.ISO_8859_1).replace('\0', ' ').trim();
            b.metadata("mrc.label." + i, text);
        }
    }
}
