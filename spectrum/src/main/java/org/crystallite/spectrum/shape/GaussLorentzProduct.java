package org.crystallite.spectrum.shape;

import java.util.List;

/**
 * CasaXPS GL(m), the product form (CasaXPS manual "Line Shapes and Backgrounds"):
 * GL(u) = exp(−4 ln2 (1 − m') u²) / (1 + 4 m' u²), u = (x − E)/F, m' = m/100
 * (m = 0 Gaussian, m = 100 Lorentzian).
 *
 * <p>For 0 &lt; m &lt; 100 the half-maximum of this formula is not at u = ±½, so F is not the FWHM.
 * Here the {@code fwhm} parameter is the true FWHM of the curve: F = fwhm/(2 s), where s solves
 * 4 ln2 (1 − m') s² + ln(1 + 4 m' s²) = ln 2 (Newton, per m). {@link #casaWidth} converts to
 * CasaXPS's F.
 *
 * <p>Normalisation is analytic, not numerical: ∫exp(−a u²)/(1 + b u²) du = (π/√b)·erfcx(√(a/b))
 * (the Voigt function at its centre), so ∫GL dx = F·π/(2√m')·erfcx(√(ln2 (1 − m')/m')); for
 * m' → 0 it tends to F·√(π/(4 ln 2)). The m-dependent terms (s, the integral and their
 * m-derivatives) are memoised for the last m. Parameters center, fwhm, area, m. Gradient analytic;
 * ∂/∂m diverges like (1 − m')^(−½) at m = 100 and is evaluated at m = 100 − 1e−7 there.
 */
public final class GaussLorentzProduct implements LineShape {

    public static final String NAME = "gl";
    private static final double SERIES_BELOW = 1e-6;
    private static final double M_DERIVATIVE_MAX = 1 - 1e-9;
    private static final List<ParameterDefault> PARAMETERS = List.of(
            ParameterDefault.free("center", 0),
            ParameterDefault.positive("fwhm", 1),
            ParameterDefault.positive("area", 1),
            ParameterDefault.bounded("m", 30, 0, 100));

    /** Terms depending on m only: 2s (FWHM of GL(u) in u), integral of GL(u), and d/dm' of both. */
    private record MixTerms(double mPercent, double fullWidth, double dFullWidth, double integral,
            double dIntegral) {

        static MixTerms of(double mPercent) {
            if (!(mPercent >= 0 && mPercent <= 100)) {
                throw new IllegalArgumentException("gl needs m in [0, 100], got " + mPercent);
            }
            double m = mPercent / 100;
            double a = ShapeMath.FOUR_LN2 * (1 - m);
            double b = 4 * m;
            double t = halfWidthSquared(m);
            double dPhiDt = a + b / (1 + b * t);
            double dPhiDm = -ShapeMath.FOUR_LN2 * t + 4 * t / (1 + b * t);
            double dtDm = -dPhiDm / dPhiDt;
            double s = Math.sqrt(t);
            double fullWidth = 2 * s;
            double dFullWidth = dtDm / s;
            return new MixTerms(mPercent, fullWidth, dFullWidth, unitIntegral(m),
                    unitIntegralDm(Math.min(m, M_DERIVATIVE_MAX)));
        }
    }

    private volatile MixTerms lastTerms = MixTerms.of(30);

    private MixTerms terms(double mPercent) {
        MixTerms t = lastTerms;
        if (t.mPercent() != mPercent) {
            t = MixTerms.of(mPercent);
            lastTerms = t;
        }
        return t;
    }

    /** Root t = s² of 4 ln2 (1 − m') t + ln(1 + 4 m' t) = ln 2 (concave, increasing: Newton converges). */
    static double halfWidthSquared(double m) {
        double a = ShapeMath.FOUR_LN2 * (1 - m);
        double b = 4 * m;
        double t = 0.25;
        for (int i = 0; i < 100; i++) {
            double phi = a * t + Math.log1p(b * t) - ShapeMath.LN2;
            double step = phi / (a + b / (1 + b * t));
            t -= step;
            if (Math.abs(step) <= 1e-16 * t) {
                break;
            }
        }
        return t;
    }

    /** ∫ exp(−4ln2 (1−m) u²)/(1 + 4 m u²) du for m = m' in [0, 1]. */
    static double unitIntegral(double m) {
        if (m < SERIES_BELOW) {
            double a = ShapeMath.FOUR_LN2 * (1 - m);
            double q = m / (ShapeMath.LN2 * (1 - m));
            return Math.sqrt(Math.PI / a) * (1 - q / 2 + 0.75 * q * q);
        }
        double z = Math.sqrt(ShapeMath.LN2 * (1 - m) / m);
        return Math.PI / (2 * Math.sqrt(m)) * Faddeeva.erfcx(z);
    }

    /** d/dm' of {@link #unitIntegral}, m' &lt; 1. */
    static double unitIntegralDm(double m) {
        if (m < SERIES_BELOW) {
            double a = ShapeMath.FOUR_LN2 * (1 - m);
            double q = m / (ShapeMath.LN2 * (1 - m));
            double dq = 1 / (ShapeMath.LN2 * (1 - m) * (1 - m));
            double poly = 1 - q / 2 + 0.75 * q * q;
            return ShapeMath.SQRT_PI * (-0.5 * Math.pow(a, -1.5) * (-ShapeMath.FOUR_LN2) * poly
                    + Math.pow(a, -0.5) * (-0.5 + 1.5 * q) * dq);
        }
        double z = Math.sqrt(ShapeMath.LN2 * (1 - m) / m);
        double erfcx = Faddeeva.erfcx(z);
        double prefactor = Math.PI / (2 * Math.sqrt(m));
        double dErfcx = 2 * z * erfcx - 2 / ShapeMath.SQRT_PI;
        double dz = -ShapeMath.LN2 / (2 * z * m * m);
        return -prefactor * erfcx / (2 * m) + prefactor * dErfcx * dz;
    }

    /** CasaXPS's width F for a GL(m) curve of the given true FWHM. */
    public static double casaWidth(double fwhm, double mPercent) {
        return fwhm / (2 * Math.sqrt(halfWidthSquared(mPercent / 100)));
    }

    /** The CasaXPS unit-height GL(m) formula at u = (x − E)/F. */
    public static double unitHeight(double u, double mPercent) {
        double m = mPercent / 100;
        return Math.exp(-ShapeMath.FOUR_LN2 * (1 - m) * u * u) / (1 + 4 * m * u * u);
    }

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
        MixTerms t = terms(p[3]);
        double m = p[3] / 100;
        double r = t.fullWidth() / p[1];
        double u = r * (x - p[0]);
        double u2 = u * u;
        return p[2] * r / t.integral() * Math.exp(-ShapeMath.FOUR_LN2 * (1 - m) * u2) / (1 + 4 * m * u2);
    }

    @Override
    public void gradient(double x, double[] p, double[] out) {
        ShapeMath.check(this, p, 4);
        MixTerms t = terms(p[3]);
        double fwhm = p[1];
        double area = p[2];
        double m = p[3] / 100;
        double a = ShapeMath.FOUR_LN2 * (1 - m);
        double b = 4 * m;
        double r = t.fullWidth() / fwhm;
        double u = r * (x - p[0]);
        double u2 = u * u;
        double lorentzFactor = 1 / (1 + b * u2);
        double f = Math.exp(-a * u2) * lorentzFactor;
        double fu = f * (-2 * a * u - 2 * b * u * lorentzFactor);
        double inverseIntegral = 1 / t.integral();
        double v = area * r * inverseIntegral * f;
        double dVDr = area * inverseIntegral * (f + u * fu);
        out[0] = -area * r * inverseIntegral * fu * r;
        out[1] = -dVDr * r / fwhm;
        out[2] = r * inverseIntegral * f;
        double dfDm = -u2 * f * (-ShapeMath.FOUR_LN2) - u2 * f * lorentzFactor * 4;
        double dVDm = dVDr * t.dFullWidth() / fwhm + area * r * inverseIntegral * dfDm
                - v * t.dIntegral() * inverseIntegral;
        out[3] = dVDm / 100;
    }
}
