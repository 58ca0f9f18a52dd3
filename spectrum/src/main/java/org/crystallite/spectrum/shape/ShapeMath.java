package org.crystallite.spectrum.shape;

/** Constants and unit-area kernels shared by the peak shapes (all widths are FWHM). */
final class ShapeMath {

    static final double LN2 = Math.log(2);
    static final double FOUR_LN2 = 4 * LN2;
    static final double SQRT_PI = Math.sqrt(Math.PI);
    /** Integral of exp(-4 ln2 u²) over all u: √(π / (4 ln 2)). */
    static final double GAUSS_UNIT_HEIGHT_AREA = Math.sqrt(Math.PI / FOUR_LN2);
    /** Integral of 1/(1 + 4u²) over all u: π/2. */
    static final double LORENTZ_UNIT_HEIGHT_AREA = Math.PI / 2;
    /** Peak height of a unit-area Gaussian of FWHM 1: √(4 ln 2 / π). */
    static final double GAUSS_PEAK = 1 / GAUSS_UNIT_HEIGHT_AREA;
    /** σ = FWHM · SIGMA_PER_FWHM for a Gaussian. */
    static final double SIGMA_PER_FWHM = 1 / (2 * Math.sqrt(2 * LN2));

    private ShapeMath() {
    }

    /** Unit-area Gaussian of the given FWHM at offset d from its centre. */
    static double gauss(double d, double fwhm) {
        double u = d / fwhm;
        return GAUSS_PEAK / fwhm * Math.exp(-FOUR_LN2 * u * u);
    }

    /** Unit-area Lorentzian of the given FWHM at offset d from its centre. */
    static double lorentz(double d, double fwhm) {
        double hw = 0.5 * fwhm;
        return hw / (Math.PI * (d * d + hw * hw));
    }

    /** ∂/∂d of the unit-area Gaussian, given its value g. */
    static double gaussDd(double g, double d, double fwhm) {
        return -g * 2 * FOUR_LN2 * d / (fwhm * fwhm);
    }

    /** ∂/∂fwhm of the unit-area Gaussian, given its value g. */
    static double gaussDw(double g, double d, double fwhm) {
        double u = d / fwhm;
        return g * (2 * FOUR_LN2 * u * u - 1) / fwhm;
    }

    /** ∂/∂d of the unit-area Lorentzian, given its value l. */
    static double lorentzDd(double l, double d, double fwhm) {
        double hw = 0.5 * fwhm;
        return -2 * d * l / (d * d + hw * hw);
    }

    /** ∂/∂fwhm of the unit-area Lorentzian, given its value l. */
    static double lorentzDw(double l, double d, double fwhm) {
        double hw = 0.5 * fwhm;
        double s = d * d + hw * hw;
        return l * (d * d - hw * hw) / (fwhm * s);
    }

    /** Cheap guard for the hot path: a wrong-length parameter array is a clear error, not AIOOBE. */
    static void check(LineShape shape, double[] p, int count) {
        if (p.length != count) {
            throw new IllegalArgumentException(shape.name() + " expects " + count + " parameters "
                    + shape.parameters().stream().map(ParameterDefault::name).toList() + ", got " + p.length);
        }
    }
}
