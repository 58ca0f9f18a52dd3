package org.crystallite.spectrum.shape;

import static org.crystallite.spectrum.shape.ShapeMath.gauss;
import static org.crystallite.spectrum.shape.ShapeMath.gaussDd;
import static org.crystallite.spectrum.shape.ShapeMath.gaussDw;
import static org.crystallite.spectrum.shape.ShapeMath.lorentz;
import static org.crystallite.spectrum.shape.ShapeMath.lorentzDd;
import static org.crystallite.spectrum.shape.ShapeMath.lorentzDw;

import java.util.List;

/**
 * Pseudo-Voigt: area · [(1 − eta)·G + eta·L] with unit-area Gaussian and Lorentzian of the same
 * FWHM; eta is the Lorentzian area fraction. Parameters center, fwhm, area, eta.
 */
public final class PseudoVoigt implements LineShape {

    public static final String NAME = "pseudo-voigt";
    private static final List<ParameterDefault> PARAMETERS = List.of(
            ParameterDefault.free("center", 0),
            ParameterDefault.positive("fwhm", 1),
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
        ShapeMath.check(this, p, 4);
        return value(x - p[0], p[1], p[2], p[3]);
    }

    static double value(double d, double fwhm, double area, double eta) {
        return area * ((1 - eta) * gauss(d, fwhm) + eta * lorentz(d, fwhm));
    }

    @Override
    public void gradient(double x, double[] p, double[] out) {
        ShapeMath.check(this, p, 4);
        double d = x - p[0];
        double fwhm = p[1];
        double area = p[2];
        double eta = p[3];
        // The same derivatives as ShapeMath's gaussD*/lorentzD*, written with two divisions
        // instead of seven: this is the innermost loop of every powder-pattern fit.
        double invFwhm = 1 / fwhm;
        double u = d * invFwhm;
        double g = ShapeMath.GAUSS_PEAK * invFwhm * Math.exp(-ShapeMath.FOUR_LN2 * u * u);
        double hw = 0.5 * fwhm;
        double s = d * d + hw * hw;
        double invS = 1 / s;
        double l = hw * invS / Math.PI;
        double gDd = -g * 2 * ShapeMath.FOUR_LN2 * d * invFwhm * invFwhm;
        double gDw = g * (2 * ShapeMath.FOUR_LN2 * u * u - 1) * invFwhm;
        double lDd = -2 * d * l * invS;
        double lDw = l * (d * d - hw * hw) * invFwhm * invS;
        out[0] = -area * ((1 - eta) * gDd + eta * lDd);
        out[1] = area * ((1 - eta) * gDw + eta * lDw);
        out[2] = (1 - eta) * g + eta * l;
        out[3] = area * (l - g);
    }
}
