package org.crystallite.xrd.lattice;

import java.util.List;

/**
 * The result of a weighted least-squares cell refinement.
 *
 * <p>Uncertainties: σ = √(Cᵢᵢ·χ²ν) with C = (JᵀWJ)⁻¹ and W = 1/σ²(2θ) (the fitting engine's convention);
 * the volume σ is propagated through the full covariance. Parameters fixed by the crystal system (b = a in a
 * cubic cell, α = 90°, …) carry the σ of the parameter they follow, or 0.
 *
 * @param system the crystal system refined
 * @param cell the refined cell
 * @param cellSigma σ of a, b, c (Å) and α, β, γ (°)
 * @param volume cell volume (Å³) and {@code volumeSigma} its σ
 * @param wavelengthAngstrom the λ used
 * @param shift the shift model and {@code shiftValues}/{@code shiftSigma} in {@link ShiftModel#ordered()} order
 * @param parameterNames the refined parameters (cell first, then shift terms), the order of {@code correlation}
 * @param correlation correlation matrix of the refined parameters
 * @param chi2 Σ(residual/σ)² over the peaks used
 * @param reducedChi2 χ²/(peaks used − parameters); NaN without redundancy
 * @param peaks every indexed peak, used or not
 * @param unindexed peaks that no reflection matched
 * @param warnings correlations, outliers, missing redundancy
 */
public record LatticeFit(CrystalSystem system, UnitCell cell, double[] cellSigma, double volume, double volumeSigma,
                         double wavelengthAngstrom, ShiftModel shift, double[] shiftValues, double[] shiftSigma,
                         List<String> parameterNames, double[][] correlation, double chi2, double reducedChi2,
                         int peaksUsed, List<PeakResidual> peaks, List<ObservedReflection> unindexed,
                         List<String> warnings) {

    public LatticeFit {
        cellSigma = cellSigma.clone();
        shiftValues = shiftValues.clone();
        shiftSigma = shiftSigma.clone();
        parameterNames = List.copyOf(parameterNames);
        peaks = List.copyOf(peaks);
        unindexed = List.copyOf(unindexed);
        warnings = List.copyOf(warnings);
    }

    public int degreesOfFreedom() {
        return peaksUsed - parameterNames.size();
    }

    /** The refined value of a shift term, or 0 when it was not refined. */
    public double shiftValue(ShiftTerm term) {
        int i = shift.ordered().indexOf(term);
        return i < 0 ? 0 : shiftValues[i];
    }

    /** σ of a refined shift term, or 0 when it was not refined. */
    public double shiftSigma(ShiftTerm term) {
        int i = shift.ordered().indexOf(term);
        return i < 0 ? 0 : shiftSigma[i];
    }

    /** The peaks flagged as outliers. */
    public List<PeakResidual> outliers() {
        return peaks.stream().filter(PeakResidual::outlier).toList();
    }

    public double[] cellSigma() {
        return cellSigma.clone();
    }

    public double[] shiftValues() {
        return shiftValues.clone();
    }

    public double[] shiftSigma() {
        return shiftSigma.clone();
    }
}
