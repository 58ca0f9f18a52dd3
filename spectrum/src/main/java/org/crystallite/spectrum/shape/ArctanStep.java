package org.crystallite.spectrum.shape;

import java.util.List;

/**
 * Arctangent step rising with x: height·(½ + atan(2(x − center)/width)/π). Its derivative is a
 * Lorentzian of FWHM {@code width} and area {@code height}; the step goes from ¼ to ¾ of its height
 * over one width. Parameters center, width, height (height is the step amplitude, not an area).
 */
public final class ArctanStep implements LineShape {

    public static final String NAME = "arctan-step";
    private static final List<ParameterDefault> PARAMETERS = List.of(
            ParameterDefault.free("center", 0),
            ParameterDefault.positive("width", 1),
            ParameterDefault.free("height", 1));

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
        return p[2] * (0.5 + Math.atan(2 * (x - p[0]) / p[1]) / Math.PI);
    }

    @Override
    public void gradient(double x, double[] p, double[] out) {
        ShapeMath.check(this, p, 3);
        double d = x - p[0];
        double width = p[1];
        double slope = ShapeMath.lorentz(d, width); // d/dx of the unit step
        out[0] = -p[2] * slope;
        out[1] = -p[2] * slope * d / width;
        out[2] = 0.5 + Math.atan(2 * d / width) / Math.PI;
    }

    @Override
    public double height(double[] p) {
        ShapeMath.check(this, p, 3);
        return p[2];
    }

    /** For a step the width parameter plays the role of the FWHM (of its derivative). */
    @Override
    public double fwhm(double[] p) {
        ShapeMath.check(this, p, 3);
        return p[1];
    }
}
