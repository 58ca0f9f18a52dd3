package org.crystallite.xrd.peaks;

import java.util.Arrays;

import org.crystallite.spectrum.ProcessingStep;
import org.crystallite.spectrum.Spectrum;

/**
 * The measured points of a pattern between two 2θ values, found by bisection so that a fit or a
 * start estimate on a few hundred points of a long pattern costs no work on the rest of it.
 * The pattern's 2θ must increase strictly ({@link #requireIncreasing}).
 */
final class PatternSpan {

    private PatternSpan() {
    }

    /** Throws an {@link IllegalArgumentException} naming the pattern unless 2θ increases strictly. */
    static void requireIncreasing(Spectrum pattern) {
        if (pattern.size() < 3) {
            throw new IllegalArgumentException(where(pattern) + "a pattern needs at least 3 points, it has "
                    + pattern.size());
        }
        for (int i = 1; i < pattern.size(); i++) {
            if (!(pattern.x(i) > pattern.x(i - 1))) {
                throw new IllegalArgumentException(where(pattern) + "2θ must increase through the pattern, but point "
                        + i + " (" + pattern.x(i) + "°) follows " + pattern.x(i - 1) + "°");
            }
        }
    }

    /** Index of the first point with 2θ ≥ {@code minDeg} (the size when there is none). */
    static int firstAtOrAbove(Spectrum pattern, double minDeg) {
        int lo = 0;
        int hi = pattern.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (pattern.x(mid) >= minDeg) {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        return lo;
    }

    /** Index of the last point with 2θ ≤ {@code maxDeg} (−1 when there is none). */
    static int lastAtOrBelow(Spectrum pattern, double maxDeg) {
        int lo = -1;
        int hi = pattern.size() - 1;
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (pattern.x(mid) <= maxDeg) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        return lo;
    }

    /** Points {@code first}…{@code last} (inclusive, at least one) with their σ, recorded as a crop. */
    static Spectrum points(Spectrum pattern, int first, int last) {
        if (first == 0 && last == pattern.size() - 1) {
            return pattern;
        }
        int n = last - first + 1;
        double[] x = new double[n];
        double[] y = new double[n];
        double[] sigma = pattern.hasSigma() ? new double[n] : null;
        for (int k = 0; k < n; k++) {
            x[k] = pattern.x(first + k);
            y[k] = pattern.y(first + k);
            if (sigma != null) {
                sigma[k] = pattern.sigma(first + k);
            }
        }
        return pattern.derive(x, y, sigma, ProcessingStep.of("crop", "xMin", x[0], "xMax", x[n - 1],
                "pointsKept", n, "pointsRemoved", pattern.size() - n));
    }

    /** The median spacing of points {@code first}…{@code last} (at least two). */
    static double medianStep(Spectrum pattern, int first, int last) {
        double[] steps = new double[last - first];
        for (int k = 0; k < steps.length; k++) {
            steps[k] = pattern.x(first + k + 1) - pattern.x(first + k);
        }
        Arrays.sort(steps);
        return steps[steps.length / 2];
    }

    private static String where(Spectrum pattern) {
        return pattern.source().map(s -> s + ": ").orElse("");
    }
}
