package org.crystallite.spectrum.background;

import java.util.Arrays;
import org.crystallite.spectrum.ProcessingStep;

/**
 * Iterative Shirley background (D. A. Shirley, Phys. Rev. B 5 (1972) 4709; iteration of
 * A. Proctor &amp; P. M. A. Sherwood, Anal. Chem. 54 (1982) 13): the background at a point rises
 * from the level at the low-binding-energy end in proportion to the peak area (data minus
 * background) lying on the low-binding-energy side of that point, reaching the level at the
 * high-binding-energy end.
 *
 * <p><b>Axis convention.</b> With x strictly increasing, let L and R be the averaged levels at
 * the first and last {@code averagePoints} channels and Q(i) the trapezoid integral of
 * (y − B) from x[0] to x[i]. Each iteration sets B(i) = L + (R − L)·Q(i)/Q(n−1). Written from the
 * other end, B(i) = R + (L − R)·(Q(n−1) − Q(i))/Q(n−1), which is algebraically the same
 * expression, so the result is identical whether x is binding energy (high-BE end last) or
 * kinetic energy (high-BE end first): no axis flag is needed, and the background always ends at
 * the averaged data level at both ends.
 *
 * <p>Each iteration is O(n) (one cumulative sum). Iteration stops when no point moves by more
 * than {@code tolerance}·|R − L| (or when L = R, where the background is the constant L).
 */
public record ShirleyBackground(int averagePoints, double tolerance, int maxIterations) implements StaticBackground {

    /** CasaXPS-like default: a few channels averaged at each end to suppress noise. */
    public static final int DEFAULT_AVERAGE_POINTS = 5;
    public static final double DEFAULT_TOLERANCE = 1e-6;
    public static final int DEFAULT_MAX_ITERATIONS = 50;

    /** The background and how the iteration ended. */
    public record Solution(double[] background, int iterations, boolean converged) {
    }

    /** Default parameters: 5 points averaged at each end, tolerance 1e-6 of the step, 50 iterations. */
    public ShirleyBackground() {
        this(DEFAULT_AVERAGE_POINTS, DEFAULT_TOLERANCE, DEFAULT_MAX_ITERATIONS);
    }

    /** Default tolerance and iteration limit with the given end-point averaging. */
    public ShirleyBackground(int averagePoints) {
        this(averagePoints, DEFAULT_TOLERANCE, DEFAULT_MAX_ITERATIONS);
    }

    /**
     * @param averagePoints channels averaged at each end for the end levels (≥ 1)
     * @param tolerance convergence threshold relative to the step |R − L| (&gt; 0)
     * @param maxIterations iteration limit (≥ 1)
     */
    public ShirleyBackground {
        BackgroundInput.requirePositive("shirley averagePoints", averagePoints);
        BackgroundInput.requirePositive("shirley maxIterations", maxIterations);
        if (!(tolerance > 0) || !Double.isFinite(tolerance)) {
            throw new IllegalArgumentException("shirley tolerance must be a positive number, got " + tolerance);
        }
    }

    @Override
    public String name() {
        return "shirley";
    }

    /** The background after convergence, or the last iterate (see {@link #solve} to tell which). */
    @Override
    public double[] compute(double[] x, double[] y) {
        return solve(x, y).background();
    }

    /**
     * Runs the iteration and reports whether it converged. When the integrated signal above the
     * background is exactly zero (no peak), the straight line between the end levels is returned
     * as not converged.
     */
    public Solution solve(double[] x, double[] y) {
        BackgroundInput.validate(name(), x, y);
        int n = x.length;
        BackgroundInput.checkAveragePoints(name(), averagePoints, n);
        double left = BackgroundInput.meanOfFirst(y, averagePoints);
        double right = BackgroundInput.meanOfLast(y, averagePoints);
        double step = right - left;
        double[] background = new double[n];
        if (step == 0) {
            Arrays.fill(background, left);
            return new Solution(background, 0, true);
        }
        double span = x[n - 1] - x[0];
        for (int i = 0; i < n; i++) {
            background[i] = left + step * (x[i] - x[0]) / span;
        }
        double[] cumulative = new double[n];
        double threshold = tolerance * Math.abs(step);
        for (int iteration = 1; iteration <= maxIterations; iteration++) {
            cumulative[0] = 0;
            double previous = y[0] - background[0];
            for (int i = 1; i < n; i++) {
                double current = y[i] - background[i];
                cumulative[i] = cumulative[i - 1] + 0.5 * (previous + current) * (x[i] - x[i - 1]);
                previous = current;
            }
            double total = cumulative[n - 1];
            if (total == 0 || !Double.isFinite(total)) {
                return new Solution(background, iteration, false);
            }
            double scale = step / total;
            double largestChange = 0;
            for (int i = 0; i < n; i++) {
                double updated = left + scale * cumulative[i];
                largestChange = Math.max(largestChange, Math.abs(updated - background[i]));
                background[i] = updated;
            }
            if (largestChange <= threshold) {
                return new Solution(background, iteration, true);
            }
        }
        return new Solution(background, maxIterations, false);
    }

    @Override
    public ProcessingStep asStep() {
        return ProcessingStep.of("background", "type", name(), "average", averagePoints, "tolerance", tolerance,
                "maxIterations", maxIterations);
    }
}
