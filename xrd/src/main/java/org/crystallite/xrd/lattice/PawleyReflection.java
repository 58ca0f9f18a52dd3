package org.crystallite.xrd.lattice;

/**
 * One reflection of a Pawley refinement, with its refined intensity and line profile.
 *
 * @param reflection the reflection (all hkl with one d for every cell of the system share one intensity)
 * @param twoThetaDeg refined Kα1 2θ (Bragg angle of the refined cell plus the refined shift)
 * @param dAngstrom d-spacing in the refined cell
 * @param area integrated intensity of the Kα1 line (counts·°) and {@code areaSigma} its σ
 * @param fwhmDeg FWHM of the line
 * @param eta Lorentzian fraction of the pseudo-Voigt
 * @param localReducedChi2 Σ((y − f)/σ)² / n over the n points within ±1 FWHM of the line: how well the pattern is
 *        described there (≈ 1 for a good fit; the per-reflection residual)
 */
public record PawleyReflection(Reflection reflection, double twoThetaDeg, double dAngstrom, double area,
                               double areaSigma, double fwhmDeg, double eta, double localReducedChi2) {
}
