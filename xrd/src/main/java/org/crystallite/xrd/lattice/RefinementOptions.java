package org.crystallite.xrd.lattice;

/**
 * Settings of a cell refinement.
 *
 * @param toleranceDeg 2θ window for indexing a peak (degrees)
 * @param outlierThreshold a peak with |residual| &gt; threshold·σ·max(1, √χ²ν) is flagged
 * @param dropOutliers refit once without the flagged peaks
 * @param useAmbiguous include peaks with more than one candidate reflection
 * @param correlationLimit |correlation| above which a warning says the parameters cannot be separated
 */
public record RefinementOptions(double toleranceDeg, double outlierThreshold, boolean dropOutliers,
                                boolean useAmbiguous, double correlationLimit) {

    public RefinementOptions {
        if (!(toleranceDeg > 0) || !(outlierThreshold > 0) || !(correlationLimit > 0 && correlationLimit <= 1)) {
            throw new IllegalArgumentException("refinement options need a positive tolerance and outlier threshold"
                    + " and a correlation limit in (0, 1]");
        }
    }

    /** Tolerance 0.1°, outliers beyond 4σ flagged but kept, ambiguous peaks left out, correlation limit 0.95. */
    public static RefinementOptions defaults() {
        return new RefinementOptions(0.1, 4.0, false, false, 0.95);
    }

    public RefinementOptions withTolerance(double deg) {
        return new RefinementOptions(deg, outlierThreshold, dropOutliers, useAmbiguous, correlationLimit);
    }

    public RefinementOptions withDropOutliers(boolean drop) {
        return new RefinementOptions(toleranceDeg, outlierThreshold, drop, useAmbiguous, correlationLimit);
    }

    public RefinementOptions withUseAmbiguous(boolean use) {
        return new RefinementOptions(toleranceDeg, outlierThreshold, dropOutliers, use, correlationLimit);
    }

    public RefinementOptions withOutlierThreshold(double threshold) {
        return new RefinementOptions(toleranceDeg, threshold, dropOutliers, useAmbiguous, correlationLimit);
    }
}
