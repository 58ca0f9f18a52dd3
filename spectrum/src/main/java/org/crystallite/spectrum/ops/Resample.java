package org.crystallite.spectrum.ops;

import org.apache.commons.math3.analysis.interpolation.SplineInterpolator;
import org.apache.commons.math3.analysis.polynomials.PolynomialSplineFunction;
import org.crystallite.spectrum.ProcessingStep;
import org.crystallite.spectrum.Spectrum;

/**
 * Interpolates a spectrum onto new x values. The source must have strictly increasing x
 * ({@link Sorting#sortAndMergeDuplicates}); extrapolation is refused, since values outside the
 * measured range would be invented.
 */
public final class Resample {

    private Resample() {
    }

    /**
     * Linear interpolation onto {@code newX} (any order, every value inside the data range).
     * Sigma: y = (1−t)·y₀ + t·y₁ gives σ² = (1−t)²σ₀² + t²σ₁² for independent inputs; neighbouring
     * output points that share inputs become correlated, which this per-point sigma does not express.
     */
    public static Spectrum linear(Spectrum spectrum, double[] newX) {
        double[] x = checkedSource(spectrum, newX);
        double[] y = spectrum.y();
        double[] sigma = spectrum.sigma().orElse(null);
        int m = newX.length;
        double[] outY = new double[m];
        double[] outS = sigma == null ? null : new double[m];
        for (int k = 0; k < m; k++) {
            int i = lowerIndex(x, newX[k]);
            double t = (newX[k] - x[i]) / (x[i + 1] - x[i]);
            outY[k] = (1 - t) * y[i] + t * y[i + 1];
            if (outS != null) {
                double a = (1 - t) * sigma[i];
                double b = t * sigma[i + 1];
                outS[k] = Math.sqrt(a * a + b * b);
            }
        }
        return spectrum.derive(newX, outY, outS, ProcessingStep.of("resample-linear", "points", m,
                "xFirst", newX[0], "xLast", newX[m - 1]));
    }

    /**
     * Linear interpolation onto the uniform grid x₀, x₀+step, … ≤ x_last (x₀ = first data point).
     */
    public static Spectrum uniform(Spectrum spectrum, double step) {
        double[] grid = uniformGrid(spectrum, step);
        Spectrum out = linear(spectrum, grid);
        return spectrum.derive(out.x(), out.y(), out.sigma().orElse(null),
                ProcessingStep.of("resample-uniform", "step", step, "points", grid.length, "xFirst", grid[0],
                        "method", "linear"));
    }

    /**
     * Natural cubic-spline interpolation (commons-math3 {@link SplineInterpolator}) onto
     * {@code newX}. Sigma is not propagated: each spline value depends on every input point
     * through the global tridiagonal system, so the result carries no sigma (recorded in the step).
     * Needs at least 3 points.
     */
    public static Spectrum cubicSpline(Spectrum spectrum, double[] newX) {
        double[] x = checkedSource(spectrum, newX);
        if (x.length < 3) {
            throw new IllegalArgumentException("cubic spline needs at least 3 points, the spectrum has " + x.length);
        }
        PolynomialSplineFunction spline = new SplineInterpolator().interpolate(x, spectrum.y());
        double[] outY = new double[newX.length];
        for (int k = 0; k < newX.length; k++) {
            outY[k] = spline.value(newX[k]);
        }
        return spectrum.derive(newX, outY, null, ProcessingStep.of("resample-cubic-spline", "points", newX.length,
                "xFirst", newX[0], "xLast", newX[newX.length - 1], "sigma", "not propagated"));
    }

    /** Cubic-spline interpolation onto the uniform grid of {@link #uniform(Spectrum, double)}. */
    public static Spectrum uniformCubicSpline(Spectrum spectrum, double step) {
        double[] grid = uniformGrid(spectrum, step);
        Spectrum out = cubicSpline(spectrum, grid);
        return spectrum.derive(out.x(), out.y(), null, ProcessingStep.of("resample-uniform", "step", step,
                "points", grid.length, "xFirst", grid[0], "method", "natural cubic spline", "sigma", "not propagated"));
    }

    private static double[] uniformGrid(Spectrum spectrum, double step) {
        if (!(step > 0) || Double.isInfinite(step)) {
            throw new IllegalArgumentException("resampling step must be finite and > 0, got " + step);
        }
        if (spectrum.size() < 2) {
            throw new IllegalArgumentException("resampling needs at least 2 points, the spectrum has " + spectrum.size());
        }
        double first = spectrum.x(0);
        double last = spectrum.x(spectrum.size() - 1);
        double span = last - first;
        // A relative slack of 1e-9 keeps the last grid point when span/step is an integer up to rounding.
        long count = (long) Math.floor(span / step * (1 + 1e-9)) + 1;
        if (count > Integer.MAX_VALUE - 8 || count < 1) {
            throw new IllegalArgumentException("step " + step + " gives " + count + " points over [" + first + ", " + last + "]");
        }
        double[] grid = new double[(int) count];
        for (int k = 0; k < grid.length; k++) {
            grid[k] = Math.min(first + k * step, last);
        }
        return grid;
    }

    private static double[] checkedSource(Spectrum spectrum, double[] newX) {
        if (spectrum.size() < 2) {
            throw new IllegalArgumentException("interpolation needs at least 2 points, the spectrum has " + spectrum.size());
        }
        if (newX.length == 0) {
            throw new IllegalArgumentException("no new x values given");
        }
        UniformGrid.requireIncreasing(spectrum, "resampling");
        double[] x = spectrum.x();
        double lo = x[0];
        double hi = x[x.length - 1];
        for (int k = 0; k < newX.length; k++) {
            if (!(newX[k] >= lo && newX[k] <= hi)) {
                throw new IllegalArgumentException("extrapolation refused: new x[" + k + "] = " + newX[k]
                        + " lies outside the data range [" + lo + ", " + hi + "]");
            }
        }
        return x;
    }

    /** Index i with x[i] <= v <= x[i+1], i in [0, n-2]. */
    private static int lowerIndex(double[] x, double v) {
        int lo = 0;
        int hi = x.length - 1;
        while (hi - lo > 1) {
            int mid = (lo + hi) >>> 1;
            if (x[mid] <= v) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
