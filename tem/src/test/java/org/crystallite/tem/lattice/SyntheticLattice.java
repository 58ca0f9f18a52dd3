package org.crystallite.tem.lattice;

import java.util.Random;
import java.util.function.DoubleUnaryOperator;

import org.crystallite.tem.io.CalibratedImage;
import org.crystallite.tem.io.PixelType;

/** Seeded synthetic lattice images: sums of cosines with given g vectors (1/nm) plus Gaussian noise. */
final class SyntheticLattice {

    private SyntheticLattice() {
    }

    /**
     * A {@code width × height} image with pixel size {@code pixelNm}: 100 + Σ aₖ·cos(2π(gₖ·r) + φₖ)
     * plus noise of σ {@code noise}, with g given as {gx, gy, amplitude} rows.
     */
    static CalibratedImage image(int width, int height, double pixelNm, double[][] waves, double noise, long seed) {
        return image(width, height, pixelNm, row -> row * pixelNm, waves, noise, seed);
    }

    /**
     * As {@link #image(int, int, double, double[][], double, long)}, but row y samples the specimen at
     * {@code rowPositionNm(y)} instead of y·pixelNm: a non-uniform slow scan or drift along y.
     */
    static CalibratedImage image(int width, int height, double pixelNm, DoubleUnaryOperator rowPositionNm,
            double[][] waves, double noise, long seed) {
        Random rnd = new Random(seed);
        double[] phases = new double[waves.length];
        for (int k = 0; k < waves.length; k++) {
            phases[k] = 2 * Math.PI * rnd.nextDouble();
        }
        double[] sum = new double[width * height];
        java.util.Arrays.fill(sum, 100);
        for (int k = 0; k < waves.length; k++) {
            // cos(a + b) = cos a cos b − sin a sin b with a along x and b (incl. the phase) along y.
            double[] cx = new double[width];
            double[] sx = new double[width];
            for (int x = 0; x < width; x++) {
                double a = 2 * Math.PI * waves[k][0] * x * pixelNm;
                cx[x] = Math.cos(a);
                sx[x] = Math.sin(a);
            }
            for (int y = 0; y < height; y++) {
                double b = 2 * Math.PI * waves[k][1] * rowPositionNm.applyAsDouble(y) + phases[k];
                double cb = waves[k][2] * Math.cos(b);
                double sb = waves[k][2] * Math.sin(b);
                int row = y * width;
                for (int x = 0; x < width; x++) {
                    sum[row + x] += cx[x] * cb - sx[x] * sb;
                }
            }
        }
        float[] px = new float[width * height];
        for (int i = 0; i < px.length; i++) {
            px[i] = (float) (sum[i] + noise * rnd.nextGaussian());
        }
        return CalibratedImage.builder("synthetic", width, height, px, PixelType.FLOAT32)
                .pixelSize(pixelNm, pixelNm, "nm", "nm").build();
    }

    /** Waves of a 2D lattice with basis g1, g2 (1/nm): reflections (h,k) for |h|,|k| ≤ order, amplitude 1/(h²+k²). */
    static double[][] lattice(double[] g1, double[] g2, int order) {
        java.util.List<double[]> w = new java.util.ArrayList<>();
        for (int h = 0; h <= order; h++) {
            for (int k = -order; k <= order; k++) {
                if (h == 0 && k <= 0) {
                    continue;
                }
                w.add(new double[] {h * g1[0] + k * g2[0], h * g1[1] + k * g2[1], 10.0 / (h * h + k * k)});
            }
        }
        return w.toArray(new double[0][]);
    }
}
