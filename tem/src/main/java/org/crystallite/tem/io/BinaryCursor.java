package org.crystallite.tem.io;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.Charset;

import org.crystallite.spectrum.io.DataFormatException;

/**
 * Bounds-checked reading of a binary file held in memory. Every read names the file, the byte offset
 * and what was expected, so a truncated or corrupt file gives a {@link DataFormatException} instead of
 * a {@link java.nio.BufferUnderflowException} or an index error.
 */
final class BinaryCursor {

    private final String fileName;
    private final ByteBuffer buffer;

    BinaryCursor(String fileName, byte[] bytes, ByteOrder order) {
        this.fileName = fileName;
        this.buffer = ByteBuffer.wrap(bytes).order(order);
    }

    String fileName() {
        return fileName;
    }

    long size() {
        return buffer.capacity();
    }

    long position() {
        return buffer.position();
    }

    BinaryCursor order(ByteOrder order) {
        buffer.order(order);
        return this;
    }

    ByteOrder order() {
        return buffer.order();
    }

    /** Moves to {@code offset}; fails if it lies outside the file. */
    void seek(long offset, String what) throws DataFormatException {
        if (offset < 0 || offset > buffer.capacity()) {
            throw error(offset, what + " at byte " + offset + ", but the file has only " + buffer.capacity()
                    + " bytes (truncated or corrupt)");
        }
        buffer.position((int) offset);
    }

    void skip(long count, String what) throws DataFormatException {
        require(count, what);
        buffer.position((int) (buffer.position() + count));
    }

    /** Fails unless {@code count} more bytes are available. */
    void require(long count, String what) throws DataFormatException {
        if (count < 0 || count > buffer.remaining()) {
            throw error(buffer.position(), "expected " + what + " (" + count + " bytes), but only "
                    + buffer.remaining() + " bytes remain (file truncated or corrupt)");
        }
    }

    int u8(String what) throws DataFormatException {
        require(1, what);
        return buffer.get() & 0xff;
    }

    byte i8(String what) throws DataFormatException {
        require(1, what);
        return buffer.get();
    }

    short i16(String what) throws DataFormatException {
        require(2, what);
        return buffer.getShort();
    }

    int u16(String what) throws DataFormatException {
        return i16(what) & 0xffff;
    }

    int i32(String what) throws DataFormatException {
        require(4, what);
        return buffer.getInt();
    }

    long u32(String what) throws DataFormatException {
        return i32(what) & 0xffffffffL;
    }

    long i64(String what) throws DataFormatException {
        require(8, what);
        return buffer.getLong();
    }

    float f32(String what) throws DataFormatException {
        require(4, what);
        return buffer.getFloat();
    }

    double f64(String what) throws DataFormatException {
        require(8, what);
        return buffer.getDouble();
    }

    byte[] bytes(long count, String what) throws DataFormatException {
        require(count, what);
        byte[] out = new byte[(int) count];
        buffer.get(out);
        return out;
    }

    String text(long count, Charset charset, String what) throws DataFormatException {
        return new String(bytes(count, what), charset);
    }

    /** A non-negative count that must also fit in the rest of the file given {@code bytesEach}. */
    int count(long value, long bytesEach, String what) throws DataFormatException {
        if (value < 0 || value > Integer.MAX_VALUE || value * Math.max(1, bytesEach) > buffer.remaining()) {
            throw error(buffer.position(), "implausible " + what + " " + value + " (only " + buffer.remaining()
                    + " bytes remain; file truncated or corrupt)");
        }
        return (int) value;
    }

    /** Pixel values of {@code count} samples of {@code type} starting at the current position. */
    DecodedPixels pixels(PixelType type, int count, String what) throws DataFormatException {
        long bytes = (long) count * type.bytesPerPixel();
        require(bytes, what);
        DecodedPixels decoded = PixelDecoder.decode(buffer, buffer.position(), type, count);
        buffer.position((int) (buffer.position() + bytes));
        return decoded;
    }

    DataFormatException error(long offset, String problem) {
        return new DataFormatException(fileName + ", byte offset " + offset + ": " + problem);
    }
}
