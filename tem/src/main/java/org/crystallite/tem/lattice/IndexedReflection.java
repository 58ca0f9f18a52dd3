package org.crystallite.tem.lattice;

/**
 * A measured reflection (one per Friedel pair, g averaged with −g of its mate) and its indices on the
 * fitted basis: g ≈ h·g1 + k·g2.
 *
 * @param h         index along g1
 * @param k         index along g2
 * @param gx        measured gx, 1/nm
 * @param gy        measured gy, 1/nm
 * @param snr       SNR of the stronger spot of the pair
 * @param residual  |g − (h·g1 + k·g2)| with the fitted basis, 1/nm
 */
public record IndexedReflection(int h, int k, double gx, double gy, double snr, double residual) {

    /** d = 1/|g| in nm. */
    public double dNm() {
        return 1.0 / Math.hypot(gx, gy);
    }
}
