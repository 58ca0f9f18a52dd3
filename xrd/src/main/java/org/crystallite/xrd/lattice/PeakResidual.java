package org.crystallite.xrd.lattice;

/**
 * One peak in a lattice refinement.
 *
 * @param reflection the reflection the peak was indexed as
 * @param twoThetaObsDeg observed 2θ
 * @param sigmaDeg its standard uncertainty (the weight is 1/σ²)
 * @param twoThetaCalcDeg refined 2θ (Bragg + shift)
 * @param residualDeg observed − calculated
 * @param dObsAngstrom d of the observed 2θ after removing the refined shift
 * @param dCalcAngstrom d of the refined cell
 * @param ambiguous another reflection lay within the indexing tolerance
 * @param outlier |residual| exceeded the outlier threshold (in units of σ·√χ²ν)
 * @param used whether the peak was in the final least squares
 */
public record PeakResidual(Reflection reflection, double twoThetaObsDeg, double sigmaDeg, double twoThetaCalcDeg,
                           double residualDeg, double dObsAngstrom, double dCalcAngstrom, boolean ambiguous,
                           boolean outlier, boolean used) {
}
