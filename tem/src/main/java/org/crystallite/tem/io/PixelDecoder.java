package org.crystallite.tem.io;

import java.nio.ByteBuffer;

/** Converts raw samples of any {@link PixelType} to float, in the byte order of the buffer given. */
final class PixelDecoder {

    private PixelDecoder() {
    }

    /**
     * Decodes {@code count} pixels starting at absolute byte {@code offset}. The caller has checked
     * that {@code count · type.bytesPerPixel()} bytes are available.
     */
    static DecodedPixels decode(ByteBuffer source, int offset, PixelType type, int count) {
        ByteBuffer b = source.duplicate().order(source.order());
        b.position(offset);
        float[] re = new float[count];
        float[] im = type.isComplex() ? new float[count] : null;
        switch (type) {
            case INT8 -> { for (int i = 0; i < count; i++) re[i] = b.get(); }
            case UINT8 -> { for (int i = 0; i < count; i++) re[i] = b.get() & 0xff; }
            case INT16 -> { for (int i = 0; i < count; i++) re[i] = b.getShort(); }
            case UINT16 -> { for (int i = 0; i < count; i++) re[i] = b.getShort() & 0xffff; }
            case INT32 -> { for (int i = 0; i < count; i++) re[i] = b.getInt(); }
            case UINT32 -> { for (int i = 0; i < count; i++) re[i] = b.getInt() & 0xffffffffL; }
            case INT64 -> { for (int i = 0; i < count; i++) re[i] = b.getLong(); }
            case UINT64 -> { for (int i = 0; i < count; i++) re[i] = unsigned64(b.getLong()); }
            case FLOAT16 -> { for (int i = 0; i < count; i++) re[i] = halfToFloat(b.getShort()); }
            case FLOAT32 -> { for (int i = 0; i < count; i++) re[i] = b.getFloat(); }
            case FLOAT64 -> { for (int i = 0; i < count; i++) re[i] = (float) b.getDouble(); }
            case COMPLEX64 -> {
                for (int i = 0; i < count; i++) {
                    re[i] = b.getFloat();
                    im[i] = b.getFloat();
                }
            }
            case COMPLEX128 -> {
                for (int i = 0; i < count; i++) {
                    re[i] = (float) b.getDouble();
                    im[i] = (float) b.getDouble();
                }
            }
            case RGB24 -> {
                for (int i = 0; i < count; i++) {
                    int r = b.get() & 0xff;
                    int g = b.get() & 0xff;
                    int bl = b.get() & 0xff;
                    re[i] = (r + g + bl) / 3f;
                }
            }
            default -> throw new IllegalArgumentException("no decoder for " + type);
        }
        return new DecodedPixels(re, im);
    }

    private static float unsigned64(long v) {
        return v >= 0 ? v : (float) ((v >>> 1) * 2.0 + (v & 1));
    }

    /** IEEE 754 binary16 to float (1 sign, 5 exponent bits with bias 15, 10 fraction bits). */
    static float halfToFloat(short half) {
        int h = half & 0xffff;
        int sign = (h >>> 15) != 0 ? -1 : 1;
        int exponent = (h >>> 10) & 0x1f;
        int fraction = h & 0x3ff;
        if (exponent == 0) {
            return sign * (float) Math.scalb((double) fraction, -24); // subnormal: f · 2^-24
        }
        if (exponent == 31) {
            return fraction == 0 ? sign * Float.POSITIVE_INFINITY : Float.NaN;
        }
        return sign * (float) Math.scalb(1024.0 + fraction, exponent - 25); // (1 + f/1024) · 2^(e-15)
    }
}
