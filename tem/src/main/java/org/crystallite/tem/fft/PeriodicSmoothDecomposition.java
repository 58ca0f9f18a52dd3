package org.crystallite.tem.fft;

import org.jtransforms.fft.FloatFFT_2D;

/**
 * Moisan's periodic-plus-smooth decomposition u = p + s (L. Moisan, "Periodic plus smooth image
 * decomposition", J. Math. Imaging Vis. 39 (2011) 161–179). The smooth part s carries the jumps
 * between opposite image edges that a DFT sees as a bright cross through the centre of the
 * spectrum; the periodic part p has the lattice spots without that cross and without the blurring
 * of a window.
 *
 * <p>s is the zero-mean solution of the periodic Poisson equation Δs = v, where v, the boundary image,
 * holds the differences between opposite edges and is zero inside. In Fourier space this is a
 * division: ŝ(q,r) = v̂(q,r) / (2cos(2πq/W) + 2cos(2πr/H) − 4), ŝ(0,0) = 0 (Moisan, Theorem 1).
 */
public final class PeriodicSmoothDecomposition {

    private PeriodicSmoothDecomposition() {
    }

    /**
     * The periodic component of a {@code width × height} row-major image; the input is not changed.
     * It has the same mean as the input.
     */
    public static float[] periodic(float[] image, int width, int height) {
        float[] smooth = smooth(image, width, height);
        float[] p = new float[image.length];
        for (int i = 0; i < p.length; i++) {
            p[i] = image[i] - smooth[i];
        }
        return p;
    }

    /** The smooth component s (zero mean); {@code periodic = image − smooth}. */
    public static float[] smooth(float[] image, int width, int height) {
        if ((long) width * height != image.length) {
            throw new IllegalArgumentException(image.length + " values do not make a " + width + "×" + height + " image");
        }
        int rowStride = 2 * width;
        float[] v = new float[2 * width * height];
        // Boundary image (Moisan eq. 9): v1 along the top and bottom rows, v2 along the left and right columns.
        for (int x = 0; x < width; x++) {
            float d = image[(height - 1) * width + x] - image[x];
            v[2 * x] += d;
            v[(height - 1) * rowStride + 2 * x] -= d;
        }
        for (int y = 0; y < height; y++) {
            float d = image[y * width + width - 1] - image[y * width];
            v[y * rowStride] += d;
            v[y * rowStride + 2 * (width - 1)] -= d;
        }
        FloatFFT_2D fft = new FloatFFT_2D(height, width);
        fft.complexForward(v);
        double[] cosX = new double[width];
        for (int q = 0; q < width; q++) {
            cosX[q] = 2 * Math.cos(2 * Math.PI * q / width);
        }
        for (int r = 0; r < height; r++) {
            double cy = 2 * Math.cos(2 * Math.PI * r / height);
            for (int q = 0; q < width; q++) {
                int i = r * rowStride + 2 * q;
                double denominator = cosX[q] + cy - 4;
                if (r == 0 && q == 0) {
                    v[i] = 0;
                    v[i + 1] = 0;
                } else {
                    v[i] = (float) (v[i] / denominator);
                    v[i + 1] = (float) (v[i + 1] / denominator);
                }
            }
        }
        fft.complexInverse(v, true);
        float[] s = new float[width * height];
        for (int i = 0; i < s.length; i++) {
            s[i] = v[2 * i];
        }
        return s;
    }
}
