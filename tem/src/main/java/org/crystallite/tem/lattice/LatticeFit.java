package org.crystallite.tem.lattice;

import java.util.List;

/**
 * A two-dimensional reciprocal lattice fitted to the spots: basis g1 (the shortest reflection) and g2
 * (the shortest one not parallel to it, with g1·g2 ≥ 0), spacings d1 = 1/|g1|, d2 = 1/|g2| and the
 * angle γ between g1 and g2 (between the lattice-plane normals), each with its standard error.
 *
 * <p>Standard errors come from the scatter of the indexed reflections about the lattice: with SNR
 * weights wᵢ, σ² = Σwᵢ|residualᵢ|² / (2n − 4) times (XᵀWX)⁻¹ for the basis components, propagated
 * linearly to d and γ. They are NaN when fewer than three reflections are indexed (no degrees of
 * freedom). They are statistical only: the pixel-size calibration is not included.
 *
 * @param rmsResidual     SNR-weighted rms distance of the reflections from their lattice points, 1/nm
 * @param unindexed       reflections (Friedel pairs) off the lattice
 * @param basisCovariance 4 × 4 covariance of (g1x, g2x, g1y, g2y) in (1/nm)²
 */
public record LatticeFit(double g1x, double g1y, double g2x, double g2y, double d1Nm, double d1SigmaNm, double d2Nm,
        double d2SigmaNm, double gammaDeg, double gammaSigmaDeg, double rmsResidual,
        List<IndexedReflection> reflections, int unindexed, double[][] basisCovariance) {

    public LatticeFit {
        reflections = List.copyOf(reflections);
        basisCovariance = copy(basisCovariance);
    }

    @Override
    public double[][] basisCovariance() {
        return copy(basisCovariance);
    }

    private static double[][] copy(double[][] m) {
        double[][] c = new double[m.length][];
        for (int i = 0; i < m.length; i++) {
            c[i] = m[i].clone();
        }
        return c;
    }
}
