package org.crystallite.spectrum.shape;

import java.util.List;

/**
 * Doniach–Šunjić line (J. Phys. C 3 (1970) 285) convolved with a Gaussian, the usual asymmetric
 * shape for metallic core levels. Parameters, in order: center, fwhm (the Lorentzian FWHM 2γ of
 * the DS part), area, alpha (asymmetry, 0–0.5; 0 gives the Voigt), fwhmG (Gaussian FWHM).
 *
 * <p><b>Tail direction.</b> The tail runs toward larger x, i.e. toward higher binding energy on a
 * binding-energy axis (lmfit's {@code doniach} tails toward −x; the two differ by a mirror).
 *
 * <p><b>Area convention.</b> For α &gt; 0 the DS tail decays like |x|^(α−1) and has no finite
 * integral, so, as CasaXPS does with its region, the area is defined over a finite window:
 * the integral of this curve over center ± W equals {@code area}, with W = 10·(fwhm + fwhmG).
 * The window scales with the widths, so two peaks with the same shape parameters (a spin–orbit
 * doublet) have areas in the same ratio as their in-window intensities. At α = 0 the curve is a
 * Voigt whose in-window fraction is below one (≈ 0.97 for a pure Lorentzian), so ds-g with α = 0
 * equals {@link Voigt} times area/(in-window fraction), not the Voigt itself.
 *
 * <p>The broadened profile and its derivatives are built once per (fwhm, alpha, fwhmG) by
 * {@link DoniachSunjicProfile} (≈ 0.1–5 ms) and then evaluated by interpolation (sub-µs); a small
 * per-instance cache of the last eight parameter sets serves a fit that alternates between a few
 * components and finite-difference neighbours. Gradient analytic in every parameter (the
 * normalisation's derivatives are Richardson differences of its closed form).
 */
public final class DoniachSunjicGauss implements LineShape {

    public static final String NAME = "ds-g";
    /** W = WINDOW_FACTOR·(fwhm + fwhmG). */
    public static final double WINDOW_FACTOR = 10;
    private static final int CACHE_SIZE = 8;
    private static final List<ParameterDefault> PARAMETERS = List.of(
            ParameterDefault.free("center", 0),
            ParameterDefault.positive("fwhm", 0.5),
            ParameterDefault.positive("area", 1),
            ParameterDefault.bounded("alpha", 0.05, 0, 0.5),
            ParameterDefault.positive("fwhmG", 0.5));

    /** Immutable snapshot of recently built profiles; replaced, never mutated. */
    private volatile DoniachSunjicProfile[] cache = new DoniachSunjicProfile[0];

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public List<ParameterDefault> parameters() {
        return PARAMETERS;
    }

    /** Half-width W of the area window for the given widths. */
    public static double windowHalfWidth(double fwhm, double fwhmG) {
        return WINDOW_FACTOR * (fwhm + fwhmG);
    }

    private DoniachSunjicProfile profile(double fwhm, double alpha, double fwhmG) {
        double gamma = 0.5 * fwhm;
        double sigma = fwhmG * ShapeMath.SIGMA_PER_FWHM;
        DoniachSunjicProfile[] snapshot = cache;
        for (DoniachSunjicProfile p : snapshot) {
            if (p.gamma == gamma && p.alpha == alpha && p.sigma == sigma) {
                return p;
            }
        }
        if (!(alpha <= 0.5 && fwhm > 0 && fwhmG >= 0)) {
            throw new IllegalArgumentException("ds-g needs fwhm > 0, fwhmG >= 0 and alpha in [0, 0.5], got fwhm="
                    + fwhm + " alpha=" + alpha + " fwhmG=" + fwhmG);
        }
        DoniachSunjicProfile built = new DoniachSunjicProfile(gamma, alpha, sigma, WINDOW_FACTOR);
        int keep = Math.min(snapshot.length, CACHE_SIZE - 1);
        DoniachSunjicProfile[] next = new DoniachSunjicProfile[keep + 1];
        next[0] = built;
        System.arraycopy(snapshot, 0, next, 1, keep);
        cache = next;
        return built;
    }

    @Override
    public double value(double x, double[] p) {
        ShapeMath.check(this, p, 5);
        DoniachSunjicProfile profile = profile(p[1], p[3], p[4]);
        return p[2] * profile.value(x - p[0]) / profile.windowIntegral;
    }

    @Override
    public void gradient(double x, double[] p, double[] out) {
        ShapeMath.check(this, p, 5);
        DoniachSunjicProfile profile = profile(p[1], p[3], p[4]);
        double area = p[2];
        profile.evaluate(x - p[0], out);
        double c = out[0];
        double cE = out[1];
        double cGamma = out[2];
        double cAlpha = out[3];
        double cSigma = out[4];
        double inverseNorm = 1 / profile.windowIntegral;
        double shape = c * inverseNorm;
        out[0] = -area * cE * inverseNorm;
        out[1] = 0.5 * area * inverseNorm * (cGamma - shape * profile.windowIntegralDGamma);
        out[2] = shape;
        out[3] = area * inverseNorm * (cAlpha - shape * profile.windowIntegralDAlpha);
        out[4] = ShapeMath.SIGMA_PER_FWHM * area * inverseNorm * (cSigma - shape * profile.windowIntegralDSigma);
    }

    /** Apparent FWHM of the broadened, asymmetric curve, measured on it (bisection on each side). */
    @Override
    public double fwhm(double[] p) {
        ShapeMath.check(this, p, 5);
        DoniachSunjicProfile profile = profile(p[1], p[3], p[4]);
        double scale = p[1] + p[4];
        double top = peakOffset(profile, scale);
        double half = profile.value(top) / 2;
        return halfCrossing(profile, top, top + 50 * scale, half) - halfCrossing(profile, top, top - 50 * scale, half);
    }

    /** Maximum of the curve (it lies slightly on the tail side of center for alpha &gt; 0). */
    @Override
    public double height(double[] p) {
        ShapeMath.check(this, p, 5);
        DoniachSunjicProfile profile = profile(p[1], p[3], p[4]);
        return p[2] * profile.value(peakOffset(profile, p[1] + p[4])) / profile.windowIntegral;
    }

    /** Offset of the maximum from center: golden-section search on [−scale, scale]. */
    private static double peakOffset(DoniachSunjicProfile profile, double scale) {
        double a = -scale;
        double b = scale;
        double r = (Math.sqrt(5) - 1) / 2;
        for (int i = 0; i < 200 && b - a > 1e-14 * scale; i++) {
            double c1 = b - r * (b - a);
            double c2 = a + r * (b - a);
            if (profile.value(c1) > profile.value(c2)) {
                b = c2;
            } else {
                a = c1;
            }
        }
        return 0.5 * (a + b);
    }

    private static double halfCrossing(DoniachSunjicProfile profile, double inside, double outside, double level) {
        double a = inside;
        double b = outside;
        for (int i = 0; i < 200; i++) {
            double m = 0.5 * (a + b);
            if (m == a || m == b) {
                break;
            }
            if (profile.value(m) >= level) {
                a = m;
            } else {
                b = m;
            }
        }
        return 0.5 * (a + b);
    }
}
