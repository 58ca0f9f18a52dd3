package org.crystallite.spectrum.ops;

import java.util.Arrays;

import org.crystallite.spectrum.ProcessingStep;
import org.crystallite.spectrum.Spectrum;

/**
 * Reduces a long spectrum for plotting without losing its extremes: the x range is cut into
 * pixel columns and each column keeps only its lowest and highest point, in x order. Drawn as a
 * line this is indistinguishable from the full data at that width (the "min–max" decimation
 * used by plotting libraries), while a 10⁵-point pattern shrinks to at most 2 × columns points.
 */
public final class Decimate {

    private Decimate() {
    }

    /**
     * At most {@code 2 × columns} points: per column of equal x width, the points with minimum
     * and maximum y (one point if they coincide), kept with their sigma in increasing x order.
     * A spectrum that already has no more than {@code 2 × columns} points is returned unchanged
     * in content (with the step appended).
     */
    public static Spectrum minMax(Spectrum spectrum, int columns) {
        if (columns < 1) {
            throw new IllegalArgumentException("decimation needs at least 1 column, got " + columns);
        }
        UniformGrid.requireIncreasing(spectrum, "min–max decimation");
        int n = spectrum.size();
        double[] x = spectrum.x();
        double[] y = spectrum.y();
        double[] sigma = spectrum.sigma().orElse(null);
        if (n <= 2L * columns) {
            return spectrum.derive(x, y, sigma, ProcessingStep.of("decimate-min-max", "columns", columns,
                    "pointsIn", n, "pointsOut", n));
        }
        double first = x[0];
        double width = (x[n - 1] - first) / columns;
        int[] keep = new int[2 * columns];
        int kept = 0;
        int i = 0;
        for (int column = 0; column < columns && i < n; column++) {
            double end = column == columns - 1 ? Double.POSITIVE_INFINITY : first + (column + 1) * width;
            if (x[i] >= end) {
                continue;
            }
            int minIndex = i;
            int maxIndex = i;
            while (i < n && x[i] < end) {
                if (y[i] < y[minIndex]) {
                    minIndex = i;
                }
                if (y[i] > y[maxIndex]) {
                    maxIndex = i;
                }
                i++;
            }
            keep[kept++] = Math.min(minIndex, maxIndex);
            if (minIndex != maxIndex) {
                keep[kept++] = Math.max(minIndex, maxIndex);
            }
        }
        double[] outX = new double[kept];
        double[] outY = new double[kept];
        double[] outS = sigma == null ? null : new double[kept];
        for (int k = 0; k < kept; k++) {
            outX[k] = x[keep[k]];
            outY[k] = y[keep[k]];
            if (outS != null) {
                outS[k] = sigma[keep[k]];
            }
        }
        return spectrum.derive(Arrays.copyOf(outX, kept), outY, outS, ProcessingStep.of("decimate-min-max",
                "columns", columns, "pointsIn", n, "pointsOut", kept));
    }
}
