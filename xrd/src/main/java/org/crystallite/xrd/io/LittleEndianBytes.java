package org.crystallite.xrd.io;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;

import org.crystallite.spectrum.io.DataFormatException;

/**
 * Bounds-checked little-endian access to a binary file held in memory: every read past the end
 * becomes a {@link DataFormatException} naming the file, the byte offset and the field expected.
 */
final class LittleEndianBytes {

    private final String file;
    private final ByteBuffer buffer;

    LittleEndianBytes(String file, byte[] content) {
        this.file = file;
        this.buffer = ByteBuffer.wrap(content).order(ByteOrder.LITTLE_ENDIAN);
    }

    int length() {
        return buffer.capacity();
    }

    private void need(long offset, int bytes, String what) throws DataFormatException {
        if (offset < 0 || offset + bytes > buffer.capacity()) {
            throw new DataFormatException(file + ", byte offset " + offset + ": expected " + what + " (" + bytes
                    + " bytes) but the file has only " + buffer.capacity() + " bytes (truncated?)");
        }
    }

    long uint32(long offset, String what) throws DataFormatException {
        need(offset, 4, what);
        return Integer.toUnsignedLong(buffer.getInt((int) offset));
    }

    int uint16(long offset, String what) throws DataFormatException {
        need(offset, 2, what);
        return Short.toUnsignedInt(buffer.getShort((int) offset));
    }

    float float32(long offset, String what) throws DataFormatException {
        need(offset, 4, what);
        return buffer.getFloat((int) offset);
    }

    double float64(long offset, String what) throws DataFormatException {
        need(offset, 8, what);
        return buffer.getDouble((int) offset);
    }

    /** A fixed-length ASCII field, cut at the first NUL and trimmed. */
    String ascii(long offset, int bytes, String what) throws DataFormatException {
        need(offset, bytes, what);
        byte[] b = new byte[bytes];
        buffer.get((int) offset, b);
        int end = 0;
        while (end < bytes && b[end] != 0) {
            end++;
        }
        return new String(b, 0, end, StandardCharsets.ISO_8859_1).trim();
    }

    /** {@code count} float32 values from {@code offset}. */
    double[] float32Array(long offset, long count, String what) throws DataFormatException {
        if (count < 0 || count > Integer.MAX_VALUE / 4) {
            throw new DataFormatException(file + ", byte offset " + offset + ": implausible point count " + count
                    + " for " + what);
        }
        need(offset, (int) (4 * count), what);
        double[] v = new double[(int) count];
        for (int i = 0; i < v.length; i++) {
            v[i] = buffer.getFloat((int) offset + 4 * i);
        }
        return v;
    }

    DataFormatException error(long offset, String problem) {
        return new DataFormatException(file + ", byte offset " + offset + ": " + problem);
    }
}
