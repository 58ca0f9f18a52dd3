package org.crystallite.spectrum.ops;

import org.crystallite.spectrum.Spectrum;

/**
 * Checks that x is an increasing, uniformly spaced grid, as Savitzky–Golay coefficients for a
 * fixed window assume. Files round x to a few decimals, so spacing is compared with a relative
 * tolerance of the mean step.
 */
public final class UniformGrid {

    /** Default relative tolerance on each step: 1 % of the mean step (covers x rounded in files). */
    public static final double DEFAULT_RELATIVE_TOLERANCE = 0.01;

    private UniformGrid() {
    }

    /**
     * The mean step of x when every step lies within {@code relativeTolerance} × mean step of the
     * mean; otherwise an {@link IllegalArgumentException} naming the first offending index and
     * suggesting {@link Resample#uniform(Spectrum, double)}.
     */
    public static double step(Spectrum spectrum, double relativeTolerance) {
        if (!(relativeTolerance >= 0) || Double.isInfinite(relativeTolerance)) {
            throw new IllegalArgumentException("relative tolerance must be finite and >= 0, got " + relativeTolerance);
        }
        int n = spectrum.size();
        if (n < 2) {
            throw new IllegalArgumentException("a grid needs at least 2 points, the spectrum has " + n);
        }
        double mean = (spectrum.x(n - 1) - spectrum.x(0)) / (n - 1);
        if (!(mean > 0)) {
            throw new IllegalArgumentException("x must increase (first " + spectrum.x(0) + ", last "
                    + spectrum.x(n - 1) + "); sort the spectrum first");
        }
        double limit = relativeTolerance * mean;
        for (int i = 1; i < n; i++) {
            double step = spectrum.x(i) - spectrum.x(i - 1);
            if (!(Math.abs(step - mean) <= limit)) {
                throw new IllegalArgumentException(String.format(
                        "x is not uniformly spaced: step %g between index %d and %d (x = %g) differs from the mean step %g "
                                + "by more than %g %%; resample with Resample.uniform first",
                        step, i - 1, i, spectrum.x(i), mean, relativeTolerance * 100));
            }
        }
        return mean;
    }

    /** {@link #step(Spectrum, double)} with {@link #DEFAULT_RELATIVE_TOLERANCE}. */
    public static double step(Spectrum spectrum) {
        return step(spectrum, DEFAULT_RELATIVE_TOLERANCE);
    }

    /** Throws unless x is strictly increasing; {@code operation} names the caller in the message. */
    static void requireIncreasing(Spectrum spectrum, String operation) {
        for (int i = 1; i < spectrum.size(); i++) {
            if (!(spectrum.x(i) > spectrum.x(i - 1))) {
                throw new IllegalArgumentException(operation + " needs strictly increasing x, but x[" + i + "] = "
                        + spectrum.x(i) + " follows x[" + (i - 1) + "] = " + spectrum.x(i - 1)
                        + "; use Sorting.sortAndMergeDuplicates first");
            }
        }
    }

    static void requireFinite(double value, String name) {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException(name + " must be finite, got " + value);
        }
    }
}
