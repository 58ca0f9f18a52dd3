package org.crystallite.spectrum.shape;

import java.util.List;

/**
 * Error-function step rising with x: the cumulative of a Gaussian of FWHM {@code width} times
 * height, height·½·erfc(−2√ln2 (x − center)/width). Parameters center, width, height (height is the
 * step amplitude, not an area). erfc is evaluated as exp(−t²)·erfcx(t) through {@link Faddeeva}.
 */
public final class ErfStep implements LineShape {

    public static final String NAME = "erf-step";
    private static final double SCALE = 2 * Math.sqrt(ShapeMath.LN2);
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

    /** ½·erfc(−t) for any real t, accurate in both tails. */
    static double unitStep(double t) {
        if (t <= 0) {
            return 0.5 * Math.exp(-t * t) * Faddeeva.erfcx(-t);
        }
        return 1 - 0.5 * Math.exp(-t * t) * Faddeeva.erfcx(t);
    }

    @Override
    public double value(double x, double[] p) {
        ShapeMath.check(this, p, 3);
        return p[2] * unitStep(SCALE * (x - p[0]) / p[1]);
    }

    @Override
    public void gradient(double x, double[] p, double[] out) {
        ShapeMath.check(this, p, 3);
        double d = x - p[0];
        double width = p[1];
        double slope = ShapeMath.gauss(d, width); // d/dx of the unit step
        out[0] = -p[2] * slope;
        out[1] = -p[2] * slope * d / width;
        out[2] = unitStep(SCALE * d / width);
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
