package org.crystallite.spectrum.shape;

import static org.crystallite.spectrum.shape.ShapeMath.gauss;
import static org.crystallite.spectrum.shape.ShapeMath.gaussDd;
import static org.crystallite.spectrum.shape.ShapeMath.gaussDw;

import java.util.List;

/** Area-normalised Gaussian: parameters center, fwhm, area. */
public final class Gaussian implements LineShape {

    public static final String NAME = "gaussian";
    private static final List<ParameterDefault> PARAMETERS = List.of(
            ParameterDefault.free("center", 0),
            ParameterDefault.positive("fwhm", 1),
            ParameterDefault.positive("area", 1));

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
        ShapeMath.check(this, p, 3);
        return p[2] * gauss(x - p[0], p[1]);
    }

    @Override
    public void gradient(double x, double[] p, double[] out) {
        ShapeMath.check(this, p, 3);
        double d = x - p[0];
        double g = gauss(d, p[1]);
        out[0] = -p[2] * gaussDd(g, d, p[1]);
        out[1] = p[2] * gaussDw(g, d, p[1]);
        out[2] = g;
    }
}
