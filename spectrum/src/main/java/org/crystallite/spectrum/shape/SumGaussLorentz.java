package org.crystallite.spectrum.shape;

import java.util.List;

/**
 * CasaXPS SGL(m), the sum form: (1 − m')·exp(−4 ln2 u²) + m'/(1 + 4u²), u = (x − center)/fwhm,
 * m' = m/100 (m = 0 Gaussian, m = 100 Lorentzian; CasaXPS manual "Line Shapes and Backgrounds").
 * Both terms are ½ at u = ±½, so fwhm is the true FWHM. Normalised analytically:
 * ∫ = fwhm·[(1 − m')√(π/(4 ln 2)) + m'·π/2]. Parameters center, fwhm, area, m. Gradient analytic.
 */
public final class SumGaussLorentz implements LineShape {

    public static final String NAME = "sgl";
    private static final List<ParameterDefault> PARAMETERS = List.of(
            ParameterDefault.free("center", 0),
            ParameterDefault.positive("fwhm", 1),
            ParameterDefault.positive("area", 1),
            ParameterDefault.bounded("m", 30, 0, 100));

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public List<ParameterDefault> parameters() {
        return PARAMETERS;
    }

    /** The CasaXPS unit-height SGL(m) curve at u = (x − E)/F. */
    public static double unitHeight(double u, double mPercent) {
        double m = mPercent / 100;
        return (1 - m) * Math.exp(-ShapeMath.FOUR_LN2 * u * u) + m / (1 + 4 * u * u);
    }

    @Override
    public double value(double x, double[] p) {
        ShapeMath.check(this, p, 4);
        double fwhm = p[1];
        double m = p[3] / 100;
        double u = (x - p[0]) / fwhm;
        double k = (1 - m) * ShapeMath.GAUSS_UNIT_HEIGHT_AREA + m * ShapeMath.LORENTZ_UNIT_HEIGHT_AREA;
        double h = (1 - m) * Math.exp(-ShapeMath.FOUR_LN2 * u * u) + m / (1 + 4 * u * u);
        return p[2] * h / (fwhm * k);
    }

    @Override
    public void gradient(double x, double[] p, double[] out) {
        ShapeMath.check(this, p, 4);
        double fwhm = p[1];
        double area = p[2];
        double m = p[3] / 100;
        double u = (x - p[0]) / fwhm;
        double k = (1 - m) * ShapeMath.GAUSS_UNIT_HEIGHT_AREA + m * ShapeMath.LORENTZ_UNIT_HEIGHT_AREA;
        double g = Math.exp(-ShapeMath.FOUR_LN2 * u * u);
        double r = 1 / (1 + 4 * u * u);
        double h = (1 - m) * g + m * r;
        double dhDu = (1 - m) * g * (-2 * ShapeMath.FOUR_LN2 * u) + m * (-8 * u * r * r);
        double norm = 1 / (fwhm * k);
        double v = area * h * norm;
        out[0] = -area * norm * dhDu / fwhm;
        out[1] = area * norm * dhDu * (-u / fwhm) - v / fwhm;
        out[2] = h * norm;
        double dkDm = ShapeMath.LORENTZ_UNIT_HEIGHT_AREA - ShapeMath.GAUSS_UNIT_HEIGHT_AREA;
        out[3] = (area * norm * (r - g) - v * dkDm / k) / 100;
    }
}
