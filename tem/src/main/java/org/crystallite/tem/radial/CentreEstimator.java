package org.crystallite.tem.radial;

import java.util.Arrays;
import java.util.Optional;

/**
 * First guess of a pattern's centre: the intensity-weighted centroid of its brightest region, i.e. of
 * the pixels of the smoothed (σ = 2 px) pattern above their 99.5th percentile, weighted by the excess
 * over it. That region is the direct beam when it is not blocked, else the strongest ring, whose
 * centroid is the centre as well. It is only a start for {@link EllipseRefiner}.
 */
public final class CentreEstimator {

    private static final double PERCENTILE = 0.995;

    private CentreEstimator() {
    }

    /** The centroid (x, y) in pixels, or empty when the unmasked pattern is flat. */
    public static Optional<double[]> brightestRegion(float[] values, int width, int height, PixelMask mask) {
        float[] smooth = MaskedSmoothing.gaussian(values, width, height, mask, 2);
        float[] finite = new float[smooth.length];
        int n = 0;
        for (float v : smooth) {
            if (Float.isFinite(v)) {
                finite[n++] = v;
            }
        }
        if (n == 0) {
            return Optional.empty();
        }
        float[] sorted = Arrays.copyOf(finite, n);
        Arrays.sort(sorted);
        double threshold = sorted[(int) Math.floor(PERCENTILE * (n - 1))];
        double sw = 0;
        double sx = 0;
        double sy = 0;
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                float v = smooth[y * width + x];
                if (v > threshold) {
                    double wgt = v - threshold;
                    sw += wgt;
                    sx += wgt * x;
                    sy += wgt * y;
                }
            }
        }
        return sw > 0 ? Optional.of(new double[] {sx / sw, sy / sw}) : Optional.empty();
    }
}
