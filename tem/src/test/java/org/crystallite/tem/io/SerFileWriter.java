package org.crystallite.tem.io;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;

/** Writes a minimal TIA SER file (version 0x0210 or 0x0220) holding one 2D image, for tests. */
final class SerFileWriter {

    private SerFileWriter() {
    }

    /**
     * @param rawBottomRowFirst samples as TIA stores them (bottom row first, x fastest)
     * @param serCode TIA pixel data type code (1–10)
     */
    static byte[] write(int version, int width, int height, int serCode, byte[] rawBottomRowFirst,
                        double deltaX, double deltaY) {
        boolean wide = version == 0x0220;
        byte[] description = "Number".getBytes(StandardCharsets.ISO_8859_1);
        int headerBytes = 2 + 2 + 2 + 4 + 4 + 4 + 4 + (wide ? 8 : 4) + 4
                + (4 + 8 + 8 + 4 + 4 + description.length + 4);
        int offsetArrayBytes = 2 * (wide ? 8 : 4);
        int elementAt = headerBytes + offsetArrayBytes;
        int elementBytes = 8 + 8 + 4 + 8 + 8 + 4 + 2 + 4 + 4 + rawBottomRowFirst.length;
        ByteBuffer b = ByteBuffer.allocate(elementAt + elementBytes + 16).order(ByteOrder.LITTLE_ENDIAN);
        b.putShort((short) 0x4949).putShort((short) 0x0197).putShort((short) version);
        b.putInt(0x4122).putInt(0x4152).putInt(1).putInt(1);
        if (wide) {
            b.putLong(headerBytes);
        } else {
            b.putInt(headerBytes);
        }
        b.putInt(1);
        b.putInt(1).putDouble(0).putDouble(1).putInt(0).putInt(description.length).put(description).putInt(0);
        if (wide) {
            b.putLong(elementAt).putLong(elementAt + elementBytes);
        } else {
            b.putInt(elementAt).putInt(elementAt + elementBytes);
        }
        b.putDouble(0).putDouble(deltaX).putInt(0);
        b.putDouble(0).putDouble(deltaY).putInt(0);
        b.putShort((short) serCode).putInt(width).putInt(height).put(rawBottomRowFirst);
        b.putInt(0x4152).putInt(1_318_000_000); // tag: type and time
        return b.array();
    }

    /** Reverses the row order (top-first image ↔ TIA bottom-first storage). */
    static byte[] flipRows(byte[] raw, int width, int height, int bytesPerPixel) {
        int rowBytes = width * bytesPerPixel;
        byte[] out = new byte[raw.length];
        for (int y = 0; y < height; y++) {
            System.arraycopy(raw, (height - 1 - y) * rowBytes, out, y * rowBytes, rowBytes);
        }
        return out;
    }
}
