package org.crystallite.tem.lattice;

import java.util.ArrayList;
import java.util.List;

/**
 * "Calibrate from a known lattice": finds the affine pixel-grid correction
 * ({@link LatticeCalibration}) that turns a measured lattice basis into the known one.
 *
 * <p>The corrected basis is C·g with C = A⁻ᵀ, so the known reciprocal metric
 * G_known = [[1/d1², cos γ/(d1 d2)], [cos γ/(d1 d2), 1/d2²]] equals Bᵀ(CᵀC)B for the measured basis
 * B = [g1 g2]. That is linear in M = CᵀC: M = B⁻ᵀ·G_known·B⁻¹. Writing C lower-triangular
 * (the Cholesky-like factor that keeps the image x axis fixed) gives
 * C = [[p, 0], [q, r]] with r = √M_yy, q = M_xy/r, p = √(M_xx − q²), hence scaleX = 1/p,
 * scaleY = 1/r, shear = −q·scaleX·scaleY. Without a known angle only the two spacings are known, the
 * shear is taken as 0 and M is diagonal: g1x²·Mxx + g1y²·Myy = 1/d1², same for g2.
 *
 * <p>Standard errors propagate the lattice fit's basis covariance through these formulas.
 */
public final class LatticeCalibrator {

    /**
     * @param fit           the measured lattice (with the nominal calibration, no correction applied)
     * @param knownDNm      one spacing (both basis vectors have it, as (100)/(010) of a cubic [001]
     *                      image) or two (in any order: the larger goes with the shorter g)
     * @param knownAngleDeg the angle between the two lattice-plane normals, or NaN when unknown
     * @throws IllegalArgumentException when the inputs are not positive, when the known metric is
     *         impossible for the measurement, or when without an angle the two g vectors cannot tell x
     *         and y scales apart
     */
    public LatticeCalibration calibrate(LatticeFit fit, List<Double> knownDNm, double knownAngleDeg, String sourceImage,
            double nominalPixelSizeNmX, double nominalPixelSizeNmY) {
        if (knownDNm.isEmpty() || knownDNm.size() > 2) {
            throw new IllegalArgumentException("give one or two known d-spacings, got " + knownDNm.size());
        }
        for (double d : knownDNm) {
            if (!(d > 0) || Double.isInfinite(d)) {
                throw new IllegalArgumentException("known d-spacings must be positive and finite: " + knownDNm);
            }
        }
        if (!Double.isNaN(knownAngleDeg) && !(knownAngleDeg > 0 && knownAngleDeg < 180)) {
            throw new IllegalArgumentException("known angle must lie between 0 and 180 degrees: " + knownAngleDeg);
        }
        double dLarge = knownDNm.stream().mapToDouble(Double::doubleValue).max().orElseThrow();
        double dSmall = knownDNm.stream().mapToDouble(Double::doubleValue).min().orElseThrow();
        // The fitted basis has |g1| ≤ |g2| (d1 ≥ d2) and g1·g2 ≥ 0, so its angle is at most 90°.
        double[] known = {dLarge, dSmall, Double.isNaN(knownAngleDeg) ? Double.NaN
                : Math.min(knownAngleDeg, 180 - knownAngleDeg)};
        double[] p = {fit.g1x(), fit.g2x(), fit.g1y(), fit.g2y()};
        double[] values = solve(p, known);
        double[][] cov = fit.basisCovariance();
        double[] sigma = new double[3];
        for (int i = 0; i < 3; i++) {
            double[] jac = new double[4];
            for (int j = 0; j < 4; j++) {
                double step = 1e-7 * Math.max(Math.abs(p[j]), 1e-3);
                double[] plus = p.clone();
                double[] minus = p.clone();
                plus[j] += step;
                minus[j] -= step;
                jac[j] = (solve(plus, known)[i] - solve(minus, known)[i]) / (2 * step);
            }
            double v = 0;
            for (int a = 0; a < 4; a++) {
                for (int b = 0; b < 4; b++) {
                    v += jac[a] * cov[a][b] * jac[b];
                }
            }
            sigma[i] = Math.sqrt(v);
        }
        return new LatticeCalibration(values[0], values[1], values[2], sigma[0], sigma[1], sigma[2],
                new ArrayList<>(knownDNm), knownAngleDeg, sourceImage, nominalPixelSizeNmX, nominalPixelSizeNmY);
    }

    /** (scaleX, scaleY, shear) from basis components (g1x, g2x, g1y, g2y) and known (d1, d2, γ). */
    private static double[] solve(double[] p, double[] known) {
        double g1x = p[0];
        double g2x = p[1];
        double g1y = p[2];
        double g2y = p[3];
        double k11 = 1 / (known[0] * known[0]);
        double k22 = 1 / (known[1] * known[1]);
        double mxx;
        double mxy;
        double myy;
        if (Double.isNaN(known[2])) {
            double det = g1x * g1x * g2y * g2y - g1y * g1y * g2x * g2x;
            double scale = (g1x * g1x + g1y * g1y) * (g2x * g2x + g2y * g2y);
            if (Math.abs(det) < 0.05 * scale) {
                throw new IllegalArgumentException("the measured lattice vectors lie near ±45° to the image axes, so "
                        + "x and y scales cannot be separated from spacings alone; give the known angle too");
            }
            mxx = (k11 * g2y * g2y - k22 * g1y * g1y) / det;
            myy = (k22 * g1x * g1x - k11 * g2x * g2x) / det;
            mxy = 0;
        } else {
            double k12 = Math.cos(Math.toRadians(known[2])) / (known[0] * known[1]);
            // M = B⁻ᵀ K B⁻¹ with B = [[g1x, g2x], [g1y, g2y]].
            double det = g1x * g2y - g2x * g1y;
            double[][] inv = {{g2y / det, -g2x / det}, {-g1y / det, g1x / det}};
            double[][] k = {{k11, k12}, {k12, k22}};
            double[][] km = multiply(k, inv);
            double[][] m = multiply(transpose(inv), km);
            mxx = m[0][0];
            mxy = 0.5 * (m[0][1] + m[1][0]);
            myy = m[1][1];
        }
        if (!(myy > 0)) {
            throw new IllegalArgumentException("the known lattice cannot be reached from the measured one by a scale "
                    + "and shear correction (negative metric); check the known spacings and angle");
        }
        double r = Math.sqrt(myy);
        double q = mxy / r;
        double pp = mxx - q * q;
        if (!(pp > 0)) {
            throw new IllegalArgumentException("the known lattice cannot be reached from the measured one by a scale "
                    + "and shear correction (negative metric); check the known spacings and angle");
        }
        double scaleX = 1 / Math.sqrt(pp);
        double scaleY = 1 / r;
        return new double[] {scaleX, scaleY, -q * scaleX * scaleY + 0.0}; // + 0.0 turns −0 into 0
    }

    private static double[][] multiply(double[][] a, double[][] b) {
        return new double[][] {
            {a[0][0] * b[0][0] + a[0][1] * b[1][0], a[0][0] * b[0][1] + a[0][1] * b[1][1]},
            {a[1][0] * b[0][0] + a[1][1] * b[1][0], a[1][0] * b[0][1] + a[1][1] * b[1][1]}};
    }

    private static double[][] transpose(double[][] a) {
        return new double[][] {{a[0][0], a[1][0]}, {a[0][1], a[1][1]}};
    }
}
