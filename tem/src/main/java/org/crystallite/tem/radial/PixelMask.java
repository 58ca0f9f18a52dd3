package org.crystallite.tem.radial;

import java.util.Arrays;

/**
 * Pixels left out of a radial profile and of the ring fits: the beam stop and its holder, dead or
 * saturated detector regions. Immutable; {@code true} means excluded. Layout row-major,
 * {@code index = y·width + x}.
 */
public final class PixelMask {

    private final int width;
    private final int height;
    private final boolean[] excluded;
    private final int excludedCount;

    private PixelMask(int width, int height, boolean[] excluded) {
        this.width = width;
        this.height = height;
        this.excluded = excluded;
        int n = 0;
        for (boolean e : excluded) {
            if (e) {
                n++;
            }
        }
        this.excludedCount = n;
    }

    /** Nothing excluded. */
    public static PixelMask none(int width, int height) {
        checkSize(width, height, (long) width * height);
        return new PixelMask(width, height, new boolean[width * height]);
    }

    /** A mask given pixel by pixel ({@code true} = excluded; copied). */
    public static PixelMask of(int width, int height, boolean[] excluded) {
        checkSize(width, height, excluded.length);
        return new PixelMask(width, height, excluded.clone());
    }

    /**
     * The pixels whose value is below {@code threshold} (a beam stop is the darkest part of a
     * pattern), grown by {@code growPx} pixels (Chebyshev distance) so that the blurred edge of the
     * stop is excluded too. NaN values are always excluded.
     */
    public static PixelMask below(float[] values, int width, int height, double threshold, int growPx) {
        checkSize(width, height, values.length);
        if (growPx < 0) {
            throw new IllegalArgumentException("mask growth must not be negative: " + growPx);
        }
        boolean[] e = new boolean[values.length];
        for (int i = 0; i < values.length; i++) {
            e[i] = !(values[i] >= threshold);
        }
        return new PixelMask(width, height, grow(e, width, height, growPx));
    }

    /**
     * The pixels whose value is not zero ({@code value != 0}, NaN included): the convention of mask
     * images in pyFAI and FIT2D, and what an ImageJ binary mask (255 = selected, 0 = not) means when
     * its selection is the part to leave out.
     */
    public static PixelMask nonZero(float[] values, int width, int height) {
        checkSize(width, height, values.length);
        boolean[] e = new boolean[values.length];
        for (int i = 0; i < values.length; i++) {
            e[i] = values[i] != 0;
        }
        return new PixelMask(width, height, e);
    }

    private static void checkSize(int width, int height, long length) {
        if (width <= 0 || height <= 0 || (long) width * height != length) {
            throw new IllegalArgumentException("mask of " + length + " pixels does not fit a " + width + " × "
                    + height + " image");
        }
    }

    /** Separable dilation by a (2r+1)² square. */
    private static boolean[] grow(boolean[] e, int w, int h, int r) {
        if (r == 0) {
            return e;
        }
        boolean[] rows = new boolean[e.length];
        for (int y = 0; y < h; y++) {
            int last = Integer.MIN_VALUE / 2;
            for (int x = 0; x < w; x++) {
                if (e[y * w + x]) {
                    last = x;
                }
                if (x - last <= r) {
                    rows[y * w + x] = true;
                }
            }
            last = Integer.MAX_VALUE / 2;
            for (int x = w - 1; x >= 0; x--) {
                if (e[y * w + x]) {
                    last = x;
                }
                if (last - x <= r) {
                    rows[y * w + x] = true;
                }
            }
        }
        boolean[] out = new boolean[e.length];
        for (int x = 0; x < w; x++) {
            int last = Integer.MIN_VALUE / 2;
            for (int y = 0; y < h; y++) {
                if (rows[y * w + x]) {
                    last = y;
                }
                if (y - last <= r) {
                    out[y * w + x] = true;
                }
            }
            last = Integer.MAX_VALUE / 2;
            for (int y = h - 1; y >= 0; y--) {
                if (rows[y * w + x]) {
                    last = y;
                }
                if (last - y <= r) {
                    out[y * w + x] = true;
                }
            }
        }
        return out;
    }

    /** Pixels excluded by either mask. */
    public PixelMask union(PixelMask other) {
        if (other.width != width || other.height != height) {
            throw new IllegalArgumentException("masks of different size: " + width + "×" + height + " and "
                    + other.width + "×" + other.height);
        }
        boolean[] e = excluded.clone();
        for (int i = 0; i < e.length; i++) {
            e[i] |= other.excluded[i];
        }
        return new PixelMask(width, height, e);
    }

    /** The same mask restricted to a rectangle (x0, y0, w, h) of the image. */
    public PixelMask crop(int x0, int y0, int w, int h) {
        if (x0 < 0 || y0 < 0 || x0 + w > width || y0 + h > height) {
            throw new IllegalArgumentException("crop " + x0 + "," + y0 + "," + w + "," + h + " outside the " + width
                    + "×" + height + " mask");
        }
        boolean[] e = new boolean[w * h];
        for (int y = 0; y < h; y++) {
            System.arraycopy(excluded, (y0 + y) * width + x0, e, y * w, w);
        }
        return new PixelMask(w, h, e);
    }

    public int width() {
        return width;
    }

    public int height() {
        return height;
    }

    /** True when pixel (x, y) is left out. */
    public boolean isExcluded(int x, int y) {
        return excluded[y * width + x];
    }

    /** True when the pixel with row-major index {@code i} is left out. */
    public boolean isExcluded(int i) {
        return excluded[i];
    }

    public int excludedCount() {
        return excludedCount;
    }

    /** A copy of the flags. */
    public boolean[] excluded() {
        return excluded.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PixelMask m && m.width == width && m.height == height && Arrays.equals(m.excluded, excluded);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * width + height) + Arrays.hashCode(excluded);
    }
}
