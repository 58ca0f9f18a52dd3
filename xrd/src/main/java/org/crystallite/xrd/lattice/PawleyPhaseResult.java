package org.crystallite.xrd.lattice;

import java.util.List;

/**
 * The refined cell of one phase of a Pawley refinement.
 *
 * <p>σ convention as {@link LatticeFit}: σ = √(Cᵢᵢ·χ²ν) from the covariance of the whole-pattern fit; parameters
 * fixed by the crystal system carry the σ of the parameter they follow, or 0; the volume σ is propagated through
 * the covariance of the phase's cell parameters.
 *
 * @param phase the phase as given
 * @param cell the refined cell
 * @param cellSigma σ of a, b, c (Å) and α, β, γ (°)
 * @param volume cell volume (Å³) and {@code volumeSigma} its σ
 * @param profileParameters the phase's width and shape parameters ({@link PawleyWidths#PHASE}: U, V, W in deg²,
 *        etaLow, etaHigh: η at the low and high end of the range), empty for per-reflection widths
 * @param profileSigma their σ, in the same order
 * @param reflections the reflections refined, by increasing 2θ
 * @param dropped reflections left out because their intensity was not significant
 */
public record PawleyPhaseResult(PawleyPhase phase, UnitCell cell, double[] cellSigma, double volume,
                                double volumeSigma, double[] profileParameters, double[] profileSigma,
                                List<PawleyReflection> reflections, List<Reflection> dropped) {

    public PawleyPhaseResult {
        cellSigma = cellSigma.clone();
        profileParameters = profileParameters.clone();
        profileSigma = profileSigma.clone();
        reflections = List.copyOf(reflections);
        dropped = List.copyOf(dropped);
    }

    public double[] cellSigma() {
        return cellSigma.clone();
    }

    public double[] profileParameters() {
        return profileParameters.clone();
    }

    public double[] profileSigma() {
        return profileSigma.clone();
    }
}
