package org.crystallite.spectrum.shape;

import java.util.List;

/**
 * Exact area-normalised Voigt profile (Lorentzian ⊗ Gaussian) through the Faddeeva function:
 * V(x) = area · Re w(z) / (σ√(2π)), z = (x − center + iγ)/(σ√2), γ = fwhmL/2,
 * σ = fwhmG/(2√(2 ln 2)). Parameters center, fwhmL, fwhmG, area. With fwhmG = 0 it is the
 * Lorentzian, with fwhmL = 0 the Gaussian. {@link #fwhm} is the Olivero–Longbothum estimate of
 * the total width (J. Quant. Spectrosc. Radiat. Transfer 17 (1977) 233, accuracy ≈ 0.02 %).
 * Gradient analytic, using w'(z) = −2z·w(z) + 2i/√π.
 */
public final class Voigt implements LineShape {

    public static final String NAME = "voigt";
    private static final double TWO_OVER_SQRT_PI = 2 / ShapeMath.SQRT_PI;
    /** ds/dfwhmG with s = σ√2 = fwhmG/(2√ln2). */
    private static final double S_PER_FWHM_G = 1 / (2 * Math.sqrt(ShapeMath.LN2));
    private static final List<ParameterDefault> PARAMETERS = List.of(
            ParameterDefault.free("center", 0),
            ParameterDefault.positive("fwhmL", 0.5),
            ParameterDefault.positive("fwhmG", 0.5),
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
        ShapeMath.check(this, p, 4);
        double d = x - p[0];
        double fwhmL = p[1];
        double fwhmG = p[2];
        double area = p[3];
        if (fwhmG <= 0) {
            return area * ShapeMath.lorentz(d, fwhmL);
        }
        double s = fwhmG * S_PER_FWHM_G;
        double re = reW(d / s, 0.5 * fwhmL / s);
        return area * re / (s * ShapeMath.SQRT_PI);
    }

    private static double reW(double zx, double zy) {
        if (zy == 0) {
            return Math.exp(-zx * zx);
        }
        return Faddeeva.re(zx, zy);
    }

    @Override
    public void gradient(double x, double[] p, double[] out) {
        ShapeMath.check(this, p, 4);
        double d = x - p[0];
        double fwhmL = p[1];
        double fwhmG = p[2];
        double area = p[3];
        if (fwhmG <= 0) {
            // Lorentzian limit; ∂/∂fwhmG of the Voigt is 0 at fwhmG = 0 (even in fwhmG).
            double l = ShapeMath.lorentz(d, fwhmL);
            out[0] = -area * ShapeMath.lorentzDd(l, d, fwhmL);
            out[1] = area * ShapeMath.lorentzDw(l, d, fwhmL);
            out[2] = 0;
            out[3] = l;
            return;
        }
        double s = fwhmG * S_PER_FWHM_G;
        double zx = d / s;
        double zy = 0.5 * fwhmL / s;
        Faddeeva.w(zx, zy, out, 0); // out[0..1] serve as scratch before the results are written
        double wr = out[0];
        double wi = out[1];
        // w' = -2 z w + 2i/√π
        double dwr = -2 * (zx * wr - zy * wi);
        double dwi = -2 * (zx * wi + zy * wr) + TWO_OVER_SQRT_PI;
        double k = area / (s * ShapeMath.SQRT_PI);
        out[0] = -k * dwr / s;                       // ∂/∂center = −∂/∂d; ∂Re w/∂zx = Re w'
        out[1] = k * (-dwi) / s * 0.5;               // ∂Re w/∂zy = −Im w'; ∂zy/∂fwhmL = 1/(2s)
        out[2] = k / s * (-wr - zx * dwr + zy * dwi) * S_PER_FWHM_G;
        out[3] = wr / (s * ShapeMath.SQRT_PI);
    }

    /** Olivero–Longbothum total FWHM: 0.5346 fL + √(0.2166 fL² + fG²). */
    @Override
    public double fwhm(double[] p) {
        ShapeMath.check(this, p, 4);
        return totalFwhm(p[1], p[2]);
    }

    static double totalFwhm(double fwhmL, double fwhmG) {
        return 0.5346 * fwhmL + Math.sqrt(0.2166 * fwhmL * fwhmL + fwhmG * fwhmG);
    }
}
