package org.crystallite.spectrum.shape;

import java.util.List;

/**
 * Split pseudo-Voigt: the two halves of a pseudo-Voigt with Lorentzian area fraction eta, the
 * left (x &lt; center) with FWHM fwhmLeft and the right with fwhmRight, scaled to meet at one
 * height: f = 2·area/(wL + wR) · h(d/w), where h(u) = (1 − η)√(4ln2/π)e^(−4ln2·u²) + η(2/π)/(1 + 4u²)
 * is the unit-area, unit-FWHM pseudo-Voigt. Each half of h holds area ½, so the total is area; the
 * true FWHM is (wL + wR)/2 and with wL = wR this is {@link PseudoVoigt}.
 * Parameters center, fwhmLeft, fwhmRight, area, eta. Gradient analytic.
 */
public final class SplitPseudoVoigt implements LineShape {

    public static final String NAME = "split-pv";
    private static final double TWO_OVER_PI = 2 / Math.PI;
    private static final List<ParameterDefault> PARAMETERS = List.of(
            ParameterDefault.free("center", 0),
            ParameterDefault.positive("fwhmLeft", 1),
            ParameterDefault.positive("fwhmRight", 1),
            ParameterDefault.positive("area", 1),
            ParameterDefault.bounded("eta", 0.5, 0, 1));

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public List<ParameterDefault> parameters() {
        return PARAMETERS;
    }

    @Override
    public double value(double x, double[] p) {
        ShapeMath.check(this, p, 5);
        double d = x - p[0];
        double w = d < 0 ? p[1] : p[2];
        double u = d / w;
        double eta = p[4];
        double h = (1 - eta) * ShapeMath.GAUSS_PEAK * Math.exp(-ShapeMath.FOUR_LN2 * u * u)
                + eta * TWO_OVER_PI / (1 + 4 * u * u);
        return 2 * p[3] / (p[1] + p[2]) * h;
    }

    @Override
    public void gradient(double x, double[] p, double[] out) {
        ShapeMath.check(this, p, 5);
        double d = x - p[0];
        boolean left = d < 0;
        double w = left ? p[1] : p[2];
        double sum = p[1] + p[2];
        double area = p[3];
        double eta = p[4];
        double u = d / w;
        double hg = ShapeMath.GAUSS_PEAK * Math.exp(-ShapeMath.FOUR_LN2 * u * u);
        double r = 1 / (1 + 4 * u * u);
        double hl = TWO_OVER_PI * r;
        double h = (1 - eta) * hg + eta * hl;
        double dh = (1 - eta) * hg * (-2 * ShapeMath.FOUR_LN2 * u) + eta * hl * (-8 * u * r);
        double scale = 2 / sum;
        double v = area * scale * h;
        out[0] = -area * scale * dh / w;
        double dOwnWidth = area * scale * dh * (-u / w) - v / sum;
        double dOtherWidth = -v / sum;
        out[1] = left ? dOwnWidth : dOtherWidth;
        out[2] = left ? dOtherWidth : dOwnWidth;
        out[3] = scale * h;
        out[4] = area * scale * (hl - hg);
    }

    /** True FWHM: each half reaches half height at half its own width. */
    @Override
    public double fwhm(double[] p) {
        ShapeMath.check(this, p, 5);
        return 0.5 * (p[1] + p[2]);
    }
}
