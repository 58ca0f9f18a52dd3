package org.crystallite.xrd.peaks;

/**
 * One fitted diffraction peak: the Kα1 line of a doublet (or the single line for monochromatic
 * radiation). Widths describe that one line, not the blended doublet. Angles in degrees 2θ,
 * d in Å, areas in counts·° (y units × degrees), height in y units.
 *
 * @param twoThetaDeg 2θ of the Kα1 line (for fcj-pv the Bragg angle, not the maximum of the asymmetric peak)
 * @param dAngstrom Bragg spacing λ1 / (2 sin θ)
 * @param fwhmDeg full width at half maximum (for TCH the total Γ of the TCH polynomial; for fcj-pv that of the
 *        asymmetric peak)
 * @param integralBreadthDeg area / height
 * @param area integrated intensity of the Kα1 line (the Kα2 line holds area × ratio more)
 * @param height maximum of the Kα1 line
 * @param shapeParameterName {@code eta} (pseudo-voigt, split-pv, fcj-pv, tch: derived) or {@code m} (pearson7)
 * @param shapeParameter the value of that parameter
 * @param fwhmGaussianDeg Gaussian FWHM (TCH profile only, NaN otherwise)
 * @param fwhmLorentzianDeg Lorentzian FWHM (TCH profile only, NaN otherwise)
 * @param profile the profile fitted
 * @param window index of the fit window (see {@link PeakWindow}) that holds this peak
 * @param windowReducedChi2 χ²ν of that window's fit
 */
public record XrdPeak(Measured twoThetaDeg, Measured dAngstrom, Measured fwhmDeg, Measured integralBreadthDeg,
                      Measured area, Measured height, String shapeParameterName, Measured shapeParameter,
                      Measured fwhmGaussianDeg, Measured fwhmLorentzianDeg, PeakProfile profile, int window,
                      double windowReducedChi2) {

    /** Bragg's law d = λ / (2 sin θ) with its σ from σ(2θ): σ_d = d · cot θ · σ_θ (θ in radians). */
    public static Measured braggSpacing(Measured twoThetaDeg, double wavelengthAngstrom) {
        double theta = Math.toRadians(twoThetaDeg.value() / 2);
        double d = wavelengthAngstrom / (2 * Math.sin(theta));
        double sigmaTheta = Math.toRadians(twoThetaDeg.sigma() / 2);
        return new Measured(d, Math.abs(d / Math.tan(theta)) * sigmaTheta);
    }
}
