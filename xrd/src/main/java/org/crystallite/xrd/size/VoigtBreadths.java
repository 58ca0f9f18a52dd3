package org.crystallite.xrd.size;

import org.apache.commons.math3.special.Erf;

/**
 * Integral breadths of the Gaussian (βG) and Cauchy/Lorentzian (βC) parts of a Voigt line, and
 * the Voigt's total integral breadth. Widths in any one angle unit.
 *
 * <p>From a line's FWHM 2ω and integral breadth β alone the split follows the single-line
 * approximation of T. H. de Keijser, J. I. Langford, E. J. Mittemeijer &amp; A. B. P. Vogels,
 * J. Appl. Cryst. 15 (1982) 308, with φ = 2ω/β:
 * βC/β = 2.0207 − 0.4803 φ − 1.7756 φ², βG/β = 0.6420 + 1.4187 (φ − 2/π)^½ − 2.2043 φ + 1.8706 φ²
 * (2/π ≤ φ ≤ 2√(ln2/π); outside that range the line is taken as purely Lorentzian or Gaussian).
 *
 * @param gaussian βG
 * @param cauchy βC
 */
public record VoigtBreadths(double gaussian, double cauchy) {

    /** φ of a pure Lorentzian (2/π) and of a pure Gaussian (2√(ln 2/π)). */
    static final double PHI_LORENTZ = 2 / Math.PI;
    static final double PHI_GAUSS = 2 * Math.sqrt(Math.log(2) / Math.PI);
    /** Integral breadth / FWHM of a Gaussian: ½√(π/ln 2). */
    static final double GAUSS_BREADTH_PER_FWHM = 0.5 * Math.sqrt(Math.PI / Math.log(2));
    /** Integral breadth / FWHM of a Lorentzian: π/2. */
    static final double LORENTZ_BREADTH_PER_FWHM = Math.PI / 2;

    public VoigtBreadths {
        if (!(gaussian >= 0) || !(cauchy >= 0)) {
            throw new IllegalArgumentException("Voigt breadths must be ≥ 0, got βG = " + gaussian + ", βC = " + cauchy);
        }
    }

    /** From the Gaussian and Lorentzian FWHM of a Voigt (or of a TCH pseudo-Voigt). */
    public static VoigtBreadths fromFwhms(double fwhmGaussian, double fwhmLorentzian) {
        return new VoigtBreadths(Math.max(0, fwhmGaussian) * GAUSS_BREADTH_PER_FWHM,
                Math.max(0, fwhmLorentzian) * LORENTZ_BREADTH_PER_FWHM);
    }

    /** From a line's FWHM and integral breadth (de Keijser et al. 1982). */
    public static VoigtBreadths fromFwhmAndBreadth(double fwhm, double breadth) {
        if (!(fwhm > 0) || !(breadth > 0)) {
            throw new IllegalArgumentException("FWHM and integral breadth must be > 0, got " + fwhm + ", " + breadth);
        }
        double phi = fwhm / breadth;
        if (phi <= PHI_LORENTZ) {
            return new VoigtBreadths(0, breadth);
        }
        if (phi >= PHI_GAUSS) {
            return new VoigtBreadths(breadth, 0);
        }
        double cauchy = breadth * (2.0207 - 0.4803 * phi - 1.7756 * phi * phi);
        double gaussian = breadth * (0.6420 + 1.4187 * Math.sqrt(phi - PHI_LORENTZ) - 2.2043 * phi + 1.8706 * phi * phi);
        return new VoigtBreadths(Math.max(0, gaussian), Math.max(0, cauchy));
    }

    /**
     * Total integral breadth of the Voigt: β = βG · exp(−k²) / erfc(k), k = βC / (√π βG)
     * (Langford, J. Appl. Cryst. 11 (1978) 10). For large k the asymptotic series of erfc is used.
     */
    public double total() {
        if (gaussian == 0) {
            return cauchy;
        }
        double k = cauchy / (Math.sqrt(Math.PI) * gaussian);
        double scaledErfc; // exp(k²) erfc(k)
        if (k < 5) {
            scaledErfc = Math.exp(k * k) * Erf.erfc(k);
        } else {
            double inv2 = 1 / (2 * k * k);
            scaledErfc = (1 - inv2 + 3 * inv2 * inv2 - 15 * inv2 * inv2 * inv2) / (k * Math.sqrt(Math.PI));
        }
        return gaussian / scaledErfc;
    }
}
