package org.crystallite.spectrum.shape;

import static org.crystallite.spectrum.shape.ShapeMath.gauss;
import static org.crystallite.spectrum.shape.ShapeMath.gaussDd;
import static org.crystallite.spectrum.shape.ShapeMath.gaussDw;
import static org.crystallite.spectrum.shape.ShapeMath.lorentz;
import static org.crystallite.spectrum.shape.ShapeMath.lorentzDd;
import static org.crystallite.spectrum.shape.ShapeMath.lorentzDw;

import java.util.List;

/**
 * Thompson–Cox–Hastings pseudo-Voigt (J. Appl. Cryst. 20 (1987) 79): a pseudo-Voigt whose total
 * FWHM Γ and Lorentzian fraction η follow from the Gaussian and Lorentzian widths ΓG, ΓL of the
 * Voigt it approximates:
 * Γ⁵ = ΓG⁵ + 2.69269 ΓG⁴ΓL + 2.42843 ΓG³ΓL² + 4.47163 ΓG²ΓL³ + 0.07842 ΓG ΓL⁴ + ΓL⁵,
 * η = 1.36603 q − 0.47719 q² + 0.11116 q³ with q = ΓL/Γ.
 * Parameters center, fwhmG, fwhmL, area. Gradient analytic (chain rule through Γ and η).
 */
public final class ThompsonCoxHastings implements LineShape {

    public static final String NAME = "tch";
    private static final double A1 = 2.69269;
    private static final double A2 = 2.42843;
    private static final double A3 = 4.47163;
    private static final double A4 = 0.07842;
    private static final double E1 = 1.36603;
    private static final double E2 = -0.47719;
    private static final double E3 = 0.11116;
    private static final List<ParameterDefault> PARAMETERS = List.of(
            ParameterDefault.free("center", 0),
            ParameterDefault.positive("fwhmG", 0.5),
            ParameterDefault.positive("fwhmL", 0.5),
            ParameterDefault.positive("area", 1));

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public List<ParameterDefault> parameters() {
        return PARAMETERS;
    }

    /** Total FWHM Γ(ΓG, ΓL) of the TCH polynomial. */
    public static double totalFwhm(double fwhmG, double fwhmL) {
        return Math.pow(fifthPower(fwhmG, fwhmL), 0.2);
    }

    /** Lorentzian fraction η(ΓG, ΓL) of the TCH polynomial. */
    public static double eta(double fwhmG, double fwhmL) {
        double q = fwhmL / totalFwhm(fwhmG, fwhmL);
        return q * (E1 + q * (E2 + q * E3));
    }

    private static double fifthPower(double g, double l) {
        double g2 = g * g;
        double l2 = l * l;
        return g2 * g2 * g + A1 * g2 * g2 * l + A2 * g2 * g * l2 + A3 * g2 * l2 * l + A4 * g * l2 * l2
                + l2 * l2 * l;
    }

    @Override
    public double value(double x, double[] p) {
        ShapeMath.check(this, p, 4);
        double total = totalFwhm(p[1], p[2]);
        double q = p[2] / total;
        double eta = q * (E1 + q * (E2 + q * E3));
        return PseudoVoigt.value(x - p[0], total, p[3], eta);
    }

    @Override
    public void gradient(double x, double[] p, double[] out) {
        ShapeMath.check(this, p, 4);
        double d = x - p[0];
        double fg = p[1];
        double fl = p[2];
        double area = p[3];
        double g2 = fg * fg;
        double l2 = fl * fl;
        double total = totalFwhm(fg, fl);
        double t4 = total * total * total * total;
        // ∂Γ/∂ΓX = (∂Γ⁵/∂ΓX) / (5 Γ⁴)
        double dTotalDg = (5 * g2 * g2 + 4 * A1 * g2 * fg * fl + 3 * A2 * g2 * l2 + 2 * A3 * fg * l2 * fl
                + A4 * l2 * l2) / (5 * t4);
        double dTotalDl = (A1 * g2 * g2 + 2 * A2 * g2 * fg * fl + 3 * A3 * g2 * l2 + 4 * A4 * fg * l2 * fl
                + 5 * l2 * l2) / (5 * t4);
        double q = fl / total;
        double eta = q * (E1 + q * (E2 + q * E3));
        double dEtaDq = E1 + q * (2 * E2 + 3 * E3 * q);
        double dqDg = -q / total * dTotalDg;
        double dqDl = 1 / total - q / total * dTotalDl;

        double g = gauss(d, total);
        double l = lorentz(d, total);
        double dValueDTotal = area * ((1 - eta) * gaussDw(g, d, total) + eta * lorentzDw(l, d, total));
        double dValueDEta = area * (l - g);
        out[0] = -area * ((1 - eta) * gaussDd(g, d, total) + eta * lorentzDd(l, d, total));
        out[1] = dValueDTotal * dTotalDg + dValueDEta * dEtaDq * dqDg;
        out[2] = dValueDTotal * dTotalDl + dValueDEta * dEtaDq * dqDl;
        out[3] = (1 - eta) * g + eta * l;
    }

    @Override
    public double fwhm(double[] p) {
        ShapeMath.check(this, p, 4);
        return totalFwhm(p[1], p[2]);
    }
}
