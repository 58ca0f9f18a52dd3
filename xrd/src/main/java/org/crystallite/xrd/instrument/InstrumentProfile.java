package org.crystallite.xrd.instrument;

import java.util.Objects;
import java.util.Optional;

import org.crystallite.spectrum.shape.ThompsonCoxHastings;
import org.crystallite.xrd.peaks.Measured;
import org.crystallite.xrd.radiation.Radiation;

/**
 * The instrumental line profile of a diffractometer as a function of angle, in the
 * Thompson–Cox–Hastings form used by GSAS and FullProf (P. Thompson, D. E. Cox &amp; J. B. Hastings,
 * J. Appl. Cryst. 20 (1987) 79): a Gaussian FWHM from the Caglioti relation
 * (G. Caglioti, A. Paoletti &amp; F. P. Ricci, Nucl. Instrum. 3 (1958) 223)
 * ΓG² = U tan²θ + V tanθ + W, and a Lorentzian FWHM ΓL = X tanθ + Y / cosθ.
 * Widths in degrees 2θ: U, V, W in deg², X, Y in deg.
 *
 * @param radiation the wavelength model of the standard's pattern
 * @param profile the line profile fitted to the standard's peaks ({@code tch})
 * @param standard the standard phase name, e.g. {@code LaB6}
 * @param standardAAngstrom its lattice parameter as used
 * @param date the date of the calibration (ISO-8601)
 * @param peakCount peaks of the standard used in the fit
 * @param minTwoThetaDeg lowest 2θ of a peak used: outside [min, max] the profile is extrapolated
 * @param maxTwoThetaDeg highest 2θ of a peak used
 * @param axialDivergence the instrument's Finger–Cox–Jephcoat S/L and H/L for the {@code fcj-pv} profile, where
 *     the calibration recorded them
 */
public record InstrumentProfile(Radiation radiation, String profile, Measured u, Measured v, Measured w, Measured x,
                                Measured y, String standard, double standardAAngstrom, String date, int peakCount,
                                double minTwoThetaDeg, double maxTwoThetaDeg,
                                Optional<InstrumentAxialDivergence> axialDivergence) {

    private static final double GAUSS_PEAK = Math.sqrt(4 * Math.log(2) / Math.PI);

    public InstrumentProfile {
        Objects.requireNonNull(radiation, "radiation");
        Objects.requireNonNull(profile, "profile");
        Objects.requireNonNull(standard, "standard");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(axialDivergence, "axialDivergence (Optional.empty() when there is none)");
        for (Measured m : new Measured[] {u, v, w, x, y}) {
            if (m == null || !Double.isFinite(m.value())) {
                throw new IllegalArgumentException("instrument profile needs finite U, V, W, X, Y");
            }
        }
    }

    /** A profile without axial divergence. */
    public InstrumentProfile(Radiation radiation, String profile, Measured u, Measured v, Measured w, Measured x,
                             Measured y, String standard, double standardAAngstrom, String date, int peakCount,
                             double minTwoThetaDeg, double maxTwoThetaDeg) {
        this(radiation, profile, u, v, w, x, y, standard, standardAAngstrom, date, peakCount, minTwoThetaDeg,
                maxTwoThetaDeg, Optional.empty());
    }

    /** This profile with the given axial divergence (replacing any it had). */
    public InstrumentProfile withAxialDivergence(InstrumentAxialDivergence axial) {
        return new InstrumentProfile(radiation, profile, u, v, w, x, y, standard, standardAAngstrom, date, peakCount,
                minTwoThetaDeg, maxTwoThetaDeg, Optional.of(axial));
    }

    /** Caglioti Gaussian FWHM (°) at 2θ; zero where U tan²θ + V tanθ + W is negative. */
    public double fwhmGaussianDeg(double twoThetaDeg) {
        double t = Math.tan(Math.toRadians(twoThetaDeg / 2));
        return Math.sqrt(Math.max(0, u.value() * t * t + v.value() * t + w.value()));
    }

    /** Lorentzian FWHM (°) at 2θ; zero where X tanθ + Y/cosθ is negative. */
    public double fwhmLorentzianDeg(double twoThetaDeg) {
        double theta = Math.toRadians(twoThetaDeg / 2);
        return Math.max(0, x.value() * Math.tan(theta) + y.value() / Math.cos(theta));
    }

    /** Total FWHM (°) of the TCH pseudo-Voigt at 2θ. */
    public double fwhmDeg(double twoThetaDeg) {
        return ThompsonCoxHastings.totalFwhm(fwhmGaussianDeg(twoThetaDeg), fwhmLorentzianDeg(twoThetaDeg));
    }

    /** Lorentzian fraction η of the TCH pseudo-Voigt at 2θ. */
    public double eta(double twoThetaDeg) {
        double g = fwhmGaussianDeg(twoThetaDeg);
        double l = fwhmLorentzianDeg(twoThetaDeg);
        return g + l > 0 ? ThompsonCoxHastings.eta(g, l) : 0;
    }

    /**
     * Integral breadth (°) of the TCH pseudo-Voigt: area / height = Γ / ((1 − η)√(4 ln2/π) + η·2/π).
     */
    public double integralBreadthDeg(double twoThetaDeg) {
        double fwhm = fwhmDeg(twoThetaDeg);
        double eta = eta(twoThetaDeg);
        return fwhm / ((1 - eta) * GAUSS_PEAK + eta * 2 / Math.PI);
    }
}
