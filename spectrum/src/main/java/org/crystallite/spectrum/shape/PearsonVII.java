package org.crystallite.spectrum.shape;

import java.util.List;
import org.apache.commons.math3.special.Gamma;

/**
 * Area-normalised Pearson VII: area · N · (1 + k·d²)^(−m), k = 4(2^(1/m) − 1)/fwhm², so that fwhm
 * is the true FWHM; N = √(k/π) Γ(m)/Γ(m − ½) from ∫(1 + k d²)^(−m) dd = √(π/k) Γ(m − ½)/Γ(m)
 * (m &gt; ½). m = 1 is the Lorentzian, m → ∞ the Gaussian. Parameters center, fwhm, area, m.
 * Gradient analytic (digamma for ∂/∂m). The Gamma-function terms depend on m only and are
 * memoised for the last m seen, so a fit with fixed or slowly changing m pays for them rarely.
 */
public final class PearsonVII implements LineShape {

    public static final String NAME = "pearson7";
    private static final double HALF_LN_PI = 0.5 * Math.log(Math.PI);
    private static final List<ParameterDefault> PARAMETERS = List.of(
            ParameterDefault.free("center", 0),
            ParameterDefault.positive("fwhm", 1),
            ParameterDefault.positive("area", 1),
            ParameterDefault.bounded("m", 2, 0.5, Double.POSITIVE_INFINITY));

    /** Terms that depend on the exponent m only. */
    private record ExponentTerms(double m, double twoPowInvM, double lnGammaRatio, double digammaDiff) {
        static ExponentTerms of(double m) {
            if (!(m > 0.5)) {
                throw new IllegalArgumentException("pearson7 needs m > 0.5 for a finite area, got " + m);
            }
            return new ExponentTerms(m, Math.pow(2, 1 / m), Gamma.logGamma(m) - Gamma.logGamma(m - 0.5),
                    Gamma.digamma(m) - Gamma.digamma(m - 0.5));
        }
    }

    /** Last-used m terms: immutable snapshot, racy publication is benign (recomputed if stale). */
    private volatile ExponentTerms lastTerms = ExponentTerms.of(2);

    private ExponentTerms terms(double m) {
        ExponentTerms t = lastTerms;
        if (t.m() != m) {
            t = ExponentTerms.of(m);
            lastTerms = t;
        }
        return t;
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
        double d = x - p[0];
        double fwhm = p[1];
        double m = p[3];
        ExponentTerms t = terms(m);
        double k = 4 * (t.twoPowInvM() - 1) / (fwhm * fwhm);
        double lnNorm = 0.5 * Math.log(k) - HALF_LN_PI + t.lnGammaRatio();
        return p[2] * Math.exp(lnNorm - m * Math.log1p(k * d * d));
    }

    @Override
    public void gradient(double x, double[] p, double[] out) {
        ShapeMath.check(this, p, 4);
        double d = x - p[0];
        double fwhm = p[1];
        double area = p[2];
        double m = p[3];
        ExponentTerms t = terms(m);
        double k = 4 * (t.twoPowInvM() - 1) / (fwhm * fwhm);
        double kd2 = k * d * d;
        double lnNorm = 0.5 * Math.log(k) - HALF_LN_PI + t.lnGammaRatio();
        double shape = Math.exp(lnNorm - m * Math.log1p(kd2));
        double v = area * shape;
        // ln v = ln area + ½ ln k + lnΓ(m) − lnΓ(m−½) − m ln(1 + k d²) (+ const)
        double dLnVDk = 0.5 / k - m * d * d / (1 + kd2);
        double dkDfwhm = -2 * k / fwhm;
        double dkDm = -4 * t.twoPowInvM() * ShapeMath.LN2 / (m * m * fwhm * fwhm);
        out[0] = v * 2 * m * k * d / (1 + kd2);
        out[1] = v * dLnVDk * dkDfwhm;
        out[2] = shape;
        out[3] = v * (dLnVDk * dkDm + t.digammaDiff() - Math.log1p(kd2));
    }
}
