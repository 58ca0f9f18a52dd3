package org.crystallite.spectrum.fit;

import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.ArrayRealVector;
import org.apache.commons.math3.linear.CholeskyDecomposition;
import org.apache.commons.math3.linear.NonPositiveDefiniteMatrixException;
import org.apache.commons.math3.linear.RealMatrix;

/**
 * Levenberg–Marquardt minimisation of Σ rᵢ² with box constraints, on the normal equations
 * (JᵀJ + λ·diag(JᵀJ)) δ = Jᵀr with Marquardt's diagonal scaling (Marquardt 1963, as fityk and
 * Numerical Recipes §15.5 do). λ follows the gain ratio ρ of actual to predicted decrease
 * (Nielsen's update: λ·max(1/3, 1 − (2ρ − 1)³) after a success, λ·ν with ν doubling after a
 * failure; Madsen, Nielsen &amp; Tingleff 2004, §3.2), which needs far fewer rejected steps than
 * multiplying λ by 10. Steps leaving the bounds are clamped onto them, and a parameter resting
 * on a bound that the descent direction pushes outwards is held for that iteration. The
 * Jacobian is evaluated only at accepted points.
 *
 * <p>Why not commons-math3's optimiser: it QR-factorises the full n × m Jacobian at every
 * iteration through row-major arrays walked by columns, which on a 6845-point, 43-parameter
 * pattern is about 20 times slower than accumulating JᵀJ row by row. commons-math3 still does
 * the linear algebra (Cholesky) here.
 */
final class LevenbergMarquardt {

    /** The function being fitted, with weights already applied. */
    interface Problem {
        /** Weighted residuals (yᵢ − fᵢ)/σᵢ at p. */
        double[] residuals(double[] p);

        /** JᵀJ and Jᵀr at p for the weighted Jacobian J = ∂(fᵢ/σᵢ)/∂pⱼ and the residuals r at p. */
        NormalMatrix normalEquations(double[] p, double[] residuals);
    }

    /** Where the minimisation ended. */
    record Outcome(double[] point, double cost, int iterations, int evaluations, boolean converged) {
    }

    private static final double LAMBDA_START = 1e-3;
    private static final double LAMBDA_MIN = 1e-12;
    private static final double LAMBDA_MAX = 1e16;
    /**
     * Converged when the Gauss–Newton step can lower χ² by less than this many χ²ν. Δχ² = χ²ν is
     * the 1σ contour of the scaled errors, so the parameters are then within about 0.001 σ of the
     * minimum; a purely relative test on χ² keeps iterating on a well-determined, large-χ² fit.
     */
    private static final double SIGMA_TOLERANCE = 1e-6;

    private final int maxEvaluations;
    private final double relativeTolerance;

    LevenbergMarquardt(int maxEvaluations, double relativeTolerance) {
        this.maxEvaluations = maxEvaluations;
        this.relativeTolerance = relativeTolerance;
    }

    Outcome minimise(Problem problem, double[] start, double[] lower, double[] upper) {
        int m = start.length;
        double[] p = start.clone();
        double[] r = problem.residuals(p);
        double cost = sumOfSquares(r);
        int evaluations = 1;
        int iterations = 0;
        double lambda = LAMBDA_START;
        double nu = 2;
        NormalMatrix normal = problem.normalEquations(p, r);
        while (true) {
            double[][] a = normal.jtj();
            double[] g = normal.jtr();
            double maxDiagonal = 0;
            for (int j = 0; j < m; j++) {
                maxDiagonal = Math.max(maxDiagonal, a[j][j]);
            }
            // A parameter the data do not depend on gets a tiny diagonal so the system stays solvable.
            double floor = maxDiagonal > 0 ? 1e-15 * maxDiagonal : 1e-15;
            // Parameters sitting on a bound that the descent direction pushes outwards are held
            // for this iteration (an active set), so they do not distort the other parameters' step.
            for (int j = 0; j < m; j++) {
                boolean pushedOut = (p[j] <= lower[j] && g[j] < 0) || (p[j] >= upper[j] && g[j] > 0);
                if (pushedOut) {
                    for (int k = 0; k < m; k++) {
                        a[j][k] = 0;
                        a[k][j] = 0;
                    }
                    a[j][j] = 1;
                    g[j] = 0;
                }
            }
            // Near the minimum the undamped Gauss–Newton step predicts how much χ² can still fall
            // (the Newton decrement gᵀA⁻¹g). When that is below SIGMA_TOLERANCE·χ²ν the fit has
            // converged; the Gauss–Newton step itself is taken as a last polish when it helps
            // (on a linear problem it lands exactly on the minimum).
            double[] newton = solve(a, g, 0, floor);
            if (newton != null && dot(newton, g) <= SIGMA_TOLERANCE * cost / (r.length - m)
                    && evaluations < maxEvaluations) {
                double[] polished = clampedStep(p, newton, lower, upper);
                double[] polishedResiduals = problem.residuals(polished);
                evaluations++;
                double polishedCost = sumOfSquares(polishedResiduals);
                if (polishedCost < cost) {
                    return new Outcome(polished, polishedCost, iterations + 1, evaluations, true);
                }
                return new Outcome(p, cost, iterations, evaluations, true);
            }
            boolean accepted = false;
            while (!accepted) {
                if (evaluations >= maxEvaluations) {
                    return new Outcome(p, cost, iterations, evaluations, false);
                }
                double[] step = solve(a, g, lambda, floor);
                if (step == null) {
                    lambda *= nu;
                    nu *= 2;
                    if (lambda > LAMBDA_MAX) {
                        return new Outcome(p, cost, iterations, evaluations, true);
                    }
                    continue;
                }
                double[] trial = clampedStep(p, step, lower, upper);
                if (java.util.Arrays.equals(trial, p)) {
                    return new Outcome(p, cost, iterations, evaluations, true);
                }
                double[] trialResiduals = problem.residuals(trial);
                double trialCost = sumOfSquares(trialResiduals);
                evaluations++;
                if (trialCost < cost) {
                    accepted = true;
                    iterations++;
                    double decrease = cost - trialCost;
                    double rho = decrease / predictedDecrease(p, trial, a, g, lambda, floor);
                    boolean smallStep = isSmallStep(p, trial);
                    p = trial;
                    r = trialResiduals;
                    cost = trialCost;
                    double t = 2 * rho - 1;
                    lambda = Math.max(lambda * Math.max(1.0 / 3, 1 - t * t * t), LAMBDA_MIN);
                    nu = 2;
                    if (decrease <= relativeTolerance * cost || smallStep) {
                        return new Outcome(p, cost, iterations, evaluations, true);
                    }
                    normal = problem.normalEquations(p, r);
                } else {
                    lambda *= nu;
                    nu *= 2;
                    if (lambda > LAMBDA_MAX) {
                        // No direction lowers χ² any more: p is a minimum to working precision.
                        return new Outcome(p, cost, iterations, evaluations, true);
                    }
                }
            }
        }
    }

    /**
     * Decrease of Σr² predicted by the damped linear model for the step actually taken
     * (after clamping): 2δᵀg − δᵀAδ.
     */
    private static double predictedDecrease(double[] from, double[] to, double[][] a, double[] g, double lambda,
                                            double floor) {
        int m = g.length;
        double[] d = new double[m];
        for (int j = 0; j < m; j++) {
            d[j] = to[j] - from[j];
        }
        double linear = 0;
        double quadratic = 0;
        for (int i = 0; i < m; i++) {
            linear += d[i] * g[i];
            double row = 0;
            for (int j = 0; j < m; j++) {
                row += a[i][j] * d[j];
            }
            quadratic += d[i] * row;
        }
        double predicted = 2 * linear - quadratic;
        return predicted > 0 ? predicted : Double.MIN_NORMAL;
    }

    private boolean isSmallStep(double[] from, double[] to) {
        for (int j = 0; j < from.length; j++) {
            if (Math.abs(to[j] - from[j]) > relativeTolerance * (Math.abs(from[j]) + relativeTolerance)) {
                return false;
            }
        }
        return true;
    }

    /** Solves (A + λ·diag(A)) δ = g by Cholesky; null when the damped matrix is not positive definite. */
    private static double[] solve(double[][] a, double[] g, double lambda, double floor) {
        int m = g.length;
        RealMatrix damped = new Array2DRowRealMatrix(m, m);
        for (int i = 0; i < m; i++) {
            for (int j = 0; j < m; j++) {
                damped.setEntry(i, j, a[i][j]);
            }
            double d = Math.max(a[i][i], floor);
            damped.setEntry(i, i, d * (1 + lambda));
        }
        try {
            return new CholeskyDecomposition(damped, 1e-10, 0).getSolver()
                    .solve(new ArrayRealVector(g, false)).toArray();
        } catch (NonPositiveDefiniteMatrixException e) {
            return null;
        }
    }

    /** p + step, clamped into the bounds. */
    private static double[] clampedStep(double[] p, double[] step, double[] lower, double[] upper) {
        double[] trial = new double[p.length];
        for (int j = 0; j < p.length; j++) {
            trial[j] = Math.max(lower[j], Math.min(upper[j], p[j] + step[j]));
        }
        return trial;
    }

    private static double dot(double[] a, double[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            s += a[i] * b[i];
        }
        return s;
    }

    private static double sumOfSquares(double[] r) {
        double s = 0;
        for (double v : r) {
            s += v * v;
        }
        return s;
    }
}
