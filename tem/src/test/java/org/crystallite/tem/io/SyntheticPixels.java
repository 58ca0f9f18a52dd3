package org.crystallite.tem.io;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Random;

/**
 * Seeded pixel values that fit a {@link PixelType}, with their expected float values and their raw
 * encoding in a chosen byte order, for writing synthetic files in tests.
 */
final class SyntheticPixels {

    final PixelType type;
    /** Expected real parts (exactly representable as the stored type, then cast to float). */
    final float[] real;
    /** Expected imaginary parts for complex types, else null. */
    final float[] imaginary;
    private final double[] re;
    private final double[] im;

    SyntheticPixels(PixelType type, int count, long seed) {
        this.type = type;
        Random random = new Random(seed);
        re = new double[count];
        im = type.isComplex() ? new double[count] : null;
        for (int i = 0; i < count; i++) {
            re[i] = sample(type, random);
            if (im != null) {
                im[i] = sample(type, random);
            }
        }
        real = toFloat(re);
        imaginary = im == null ? null : toFloat(im);
    }

    private static float[] toFloat(double[] v) {
        float[] f = new float[v.length];
        for (int i = 0; i < v.length; i++) {
            f[i] = (float) v[i];
        }
        return f;
    }

    private static double sample(PixelType type, Random r) {
        return switch (type) {
            case INT8 -> r.nextInt(256) - 128;
            case UINT8 -> r.nextInt(256);
            case INT16 -> r.nextInt(65536) - 32768;
            case UINT16 -> r.nextInt(65536);
            case INT32 -> r.nextInt(2_000_001) - 1_000_000;
            case UINT32 -> 3_000_000_000L + r.nextInt(1_000_000);
            case FLOAT16 -> Math.round(r.nextGaussian() * 100) / 4.0; // quarter steps below 2048 are exact in binary16
            case FLOAT32, COMPLEX64 -> (float) (r.nextGaussian() * 1000);
            case FLOAT64, COMPLEX128 -> r.nextGaussian() * 1e6;
            default -> throw new IllegalArgumentException(type.toString());
        };
    }

    /** The raw samples in {@code order}. */
    byte[] encode(ByteOrder order) {
        ByteBuffer b = ByteBuffer.allocate(re.length * type.bytesPerPixel()).order(order);
        for (int i = 0; i < re.length; i++) {
            put(b, re[i]);
            if (im != null) {
                put(b, im[i]);
            }
        }
        return b.array();
    }

    /** binary16 of a value that is exactly representable (normal range or zero). */
    static short toHalf(double v) {
        if (v == 0) {
            return 0;
        }
        int sign = v < 0 ? 0x8000 : 0;
        double a = Math.abs(v);
        int exponent = Math.getExponent(a);
        int fraction = (int) Math.round((a / Math.scalb(1.0, exponent) - 1) * 1024);
        return (short) (sign | ((exponent + 15) << 10) | fraction);
    }

    private void put(ByteBuffer b, double v) {
        switch (type) {
            case INT8, UINT8 -> b.put((byte) (long) v);
            case INT16, UINT16 -> b.putShort((short) (long) v);
            case INT32, UINT32 -> b.putInt((int) (long) v);
            case FLOAT16 -> b.putShort(toHalf(v));
            case FLOAT32, COMPLEX64 -> b.putFloat((float) v);
            case FLOAT64, COMPLEX128 -> b.putDouble(v);
            default -> throw new IllegalArgumentException(type.toString());
        }
    }
}
