package org.crystallite.tem.fft;

import java.util.List;

/**
 * A rectangular region of interest in image pixels: top-left corner ({@code x}, {@code y}), y down,
 * and its size {@code width × height}.
 */
public record Roi(int x, int y, int width, int height) {

    /** The smallest region worth a Fourier transform: a lattice needs a few periods to show spots. */
    public static final int MIN_SIDE_PX = 8;

    public Roi {
        if (x < 0 || y < 0) {
            throw new IllegalArgumentException("region corner must not be negative: " + x + "," + y);
        }
        if (width < MIN_SIDE_PX || height < MIN_SIDE_PX) {
            throw new IllegalArgumentException("region " + width + "×" + height + " is smaller than "
                    + MIN_SIDE_PX + "×" + MIN_SIDE_PX + " pixels");
        }
    }

    /** The whole of a {@code width × height} image. */
    public static Roi whole(int width, int height) {
        return new Roi(0, 0, width, height);
    }

    /**
     * Parses {@code "x,y,w,h"} (pixels).
     *
     * @throws IllegalArgumentException naming the text when it is not four integers or not a valid region
     */
    public static Roi parse(String text) {
        String[] parts = text.trim().split("\\s*,\\s*");
        if (parts.length != 4) {
            throw new IllegalArgumentException("region '" + text + "': expected x,y,w,h (four integers)");
        }
        int[] v = new int[4];
        for (int i = 0; i < 4; i++) {
            try {
                v[i] = Integer.parseInt(parts[i]);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("region '" + text + "': '" + parts[i] + "' is not an integer", e);
            }
        }
        return new Roi(v[0], v[1], v[2], v[3]);
    }

    /** Throws when this region does not lie inside a {@code width × height} image. */
    public void checkInside(int imageWidth, int imageHeight, String imageName) {
        if ((long) x + width > imageWidth || (long) y + height > imageHeight) {
            throw new IllegalArgumentException(imageName + ": region " + this.describe() + " extends beyond the "
                    + imageWidth + "×" + imageHeight + " image");
        }
    }

    /** [x, y, width, height], as reports list a region. */
    public List<Integer> toList() {
        return List.of(x, y, width, height);
    }

    /** {@code x,y,w,h}, the form {@link #parse} reads. */
    public String describe() {
        return x + "," + y + "," + width + "," + height;
    }
}
