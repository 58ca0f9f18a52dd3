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
        // The percentile from an evenly strided sample of at most 2^18 finite values: exact enough for a start.
        int stride = Math.max(1, smooth.length / (1 << 18));
        float[] sample = new float[(smooth.length + stride - 1) / stride];
        int n = 0;
        for (int i = 0; i < smooth.length; i += stride) {
            if (Float.isFinite(smooth[i])) {
                sample[n++] = smooth[i];
            }
        }
        if (n == 0) {
            return Optional.empty();
        }
        float[] sorted = Arrays.copyOf(sample, n);
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
