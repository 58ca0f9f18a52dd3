package org.crystallite.spectrum.fit;

/**
 * Settings of a least-squares fit.
 *
 * @param weighting how σᵢ is chosen
 * @param maxEvaluations upper limit on model evaluations (the fit reports non-convergence beyond it)
 * @param relativeTolerance relative change of χ² and of the parameters below which the
 *     Levenberg–Marquardt iteration stops
 */
public record FitOptions(Weighting weighting, int maxEvaluations, double relativeTolerance) {

    public FitOptions {
        if (maxEvaluations < 1) {
            throw new IllegalArgumentException("maxEvaluations must be positive");
        }
        if (!(relativeTolerance > 0)) {
            throw new IllegalArgumentException("relativeTolerance must be positive");
        }
    }

    /** Poisson weights, 5000 evaluations, tolerance 1e-10. */
    public static FitOptions defaults() {
        return new FitOptions(Weighting.POISSON, 5000, 1e-10);
    }

    public FitOptions withWeighting(Weighting w) {
        return new FitOptions(w, maxEvaluations, relativeTolerance);
    }
}
