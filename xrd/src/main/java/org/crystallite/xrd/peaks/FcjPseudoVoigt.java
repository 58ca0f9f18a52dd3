package org.crystallite.xrd.peaks;

import java.util.List;

import org.crystallite.spectrum.shape.LineShape;
import org.crystallite.spectrum.shape.ParameterDefault;
import org.crystallite.spectrum.shape.PseudoVoigt;

/**
 * Pseudo-Voigt with the axial-divergence asymmetry of Finger, Cox &amp; Jephcoat (J. Appl. Cryst. 27 (1994)
 * 892–900), the profile of GSAS type 3 and GSAS-II. x is 2θ in degrees; {@code center} is the Bragg 2θ (not
 * the maximum of the asymmetric peak). Parameters center, fwhm, area, eta (as {@link PseudoVoigt}) and the
 * instrument constants sOverL = S/L, hOverL = H/L (sample and detector-slit half-heights over the
 * diffractometer radius).
 *
 * <p>A ray whose axial offset between sample and receiving-slit point is h reaches the detector at
 * 2φ with cos 2φ = cos 2θ·√(1 + t²), t = h/L (FCJ eq. 3), i.e. below 2θ for 2θ &lt; 90° and above it for
 * 2θ &gt; 90°. The profile is the pseudo-Voigt centred at 2φ averaged over the FCJ weight W(2φ)/(h·cos 2φ)
 * (FCJ eqs. 7–8). Written in t instead of 2φ that weight becomes smooth: W(t)/((1 + t²)·sin 2φ(t)), with the
 * slit-overlap length W(t) = 2·min(S,H)/L for t ≤ |S − H|/L and (S + H)/L − t up to (S + H)/L (the integrable
 * 1/√ singularity of FCJ's form at 2φ = 2θ is gone). The average is taken by Gauss–Legendre quadrature on
 * each linear piece of W, with more nodes the wider the asymmetric tail is relative to the FWHM; the weights
 * are normalised by their own sum, so the area equals {@code area} exactly. When S or H is zero W is
 * constant (the normalised limit); when both are zero, or the centre lies outside 0–180°, this is the
 * pseudo-Voigt.
 *
 * <p>Gradient: analytic for center, fwhm, area and eta (the nodes in t do not move with 2θ); central
 * differences for sOverL and hOverL. {@link #height} and {@link #fwhm} are those of the asymmetric profile,
 * found numerically.
 */
public final class FcjPseudoVoigt implements LineShape {

    public static final String NAME = "fcj-pv";
    private static final int CENTER = 0;
    private static final int FWHM = 1;
    private static final int AREA = 2;
    private static final int ETA = 3;
    private static final int S_OVER_L = 4;
    private static final int H_OVER_L = 5;
    private static final int COUNT = 6;
    /** Upper bound of S/L and H/L: beyond a few per cent the FCJ small-slit geometry is no longer a peak shape. */
    static final double MAX_RATIO = 0.2;
    private static final List<ParameterDefault> PARAMETERS = List.of(
            ParameterDefault.free("center", 0),
            ParameterDefault.positive("fwhm", 1),
            ParameterDefault.positive("area", 1),
            ParameterDefault.bounded("eta", 0.5, 0, 1),
            ParameterDefault.bounded("sOverL", 0, 0, MAX_RATIO),
            ParameterDefault.bounded("hOverL", 0, 0, MAX_RATIO));

    private final PseudoVoigt symmetric = new PseudoVoigt();
    /** The quadrature of the last two parameter sets seen (a Kα doublet alternates between two centres). */
    private volatile Nodes last = Nodes.NONE;
    private volatile Nodes previous = Nodes.NONE;

    /**
     * The quadrature of one peak: for node i the pseudo-Voigt centre 2φ_i (degrees), its derivative with
     * respect to the Bragg 2θ, the normalised weight u_i (Σu = 1) and du_i/d2θ; {@code rules} are the
     * Gauss–Legendre rules used for the constant and the linear piece of W.
     */
    private record Nodes(double center, double fwhm, double sOverL, double hOverL, int[] rules, double[] phi,
                         double[] dPhi, double[] u, double[] du) {
        static final Nodes NONE = new Nodes(Double.NaN, Double.NaN, Double.NaN, Double.NaN, new int[0],
                new double[0], new double[0], new double[0], new double[0]);

        boolean matches(double c, double w, double s, double h) {
            return center == c && fwhm == w && sOverL == s && hOverL == h;
        }
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public List<ParameterDefault> parameters() {
        return PARAMETERS;
    }

    private void check(double[] p) {
        if (p.length != COUNT) {
            throw new IllegalArgumentException(NAME + " expects " + COUNT + " parameters "
                    + PARAMETERS.stream().map(ParameterDefault::name).toList() + ", got " + p.length);
        }
    }

    /** No asymmetry without slits, and none outside 0–180° 2θ (where the FCJ geometry has no meaning). */
    private static boolean symmetric(double[] p) {
        return !(p[S_OVER_L] > 0) && !(p[H_OVER_L] > 0) || !(p[CENTER] > 0 && p[CENTER] < 180);
    }

    private Nodes nodes(double[] p) {
        Nodes n = last;
        if (n.matches(p[CENTER], p[FWHM], p[S_OVER_L], p[H_OVER_L])) {
            return n;
        }
        Nodes older = previous;
        if (older.matches(p[CENTER], p[FWHM], p[S_OVER_L], p[H_OVER_L])) {
            previous = n;
            last = older;
            return older;
        }
        Nodes built = build(p[CENTER], p[FWHM], p[S_OVER_L], p[H_OVER_L], null);
        previous = n;
        last = built;
        return built;
    }

    /**
     * The FCJ quadrature for Bragg angle {@code centerDeg}; {@code rules} fixes the Gauss–Legendre rules
     * (for finite differences in S/L, H/L) or is null to choose them from the tail width.
     */
    private static Nodes build(double centerDeg, double fwhm, double sOverL, double hOverL, int[] rules) {
        double twoTheta = Math.toRadians(centerDeg);
        double cos2t = Math.cos(twoTheta);
        double sin2t = Math.sin(twoTheta);
        double small = Math.min(sOverL, hOverL);
        double large = Math.max(sOverL, hOverL);
        boolean flat = !(small > 0);
        double tEnd = flat ? large : sOverL + hOverL;
        double tKink = flat ? large : large - small;
        // Rays with √(1 + t²)·|cos 2θ| > 1 miss the detector circle (only within ~t of 0° or 180° 2θ).
        if (Math.abs(cos2t) > 0) {
            double tLimit = 0.999 * Math.abs(sin2t / cos2t);
            tEnd = Math.min(tEnd, tLimit);
            tKink = Math.min(tKink, tEnd);
        }
        double[][] ends = {{0, tKink}, {tKink, tEnd}};
        int[] chosen = rules != null ? rules : new int[2];
        int total = 0;
        for (int k = 0; k < 2; k++) {
            if (rules == null) {
                double spread = Math.abs(phiDeg(cos2t, ends[k][1]) - phiDeg(cos2t, ends[k][0]));
                chosen[k] = GaussLegendre.ruleFor(4 + (int) Math.ceil(6 * spread / fwhm));
            }
            if (ends[k][1] > ends[k][0]) {
                total += GaussLegendre.order(chosen[k]);
            }
        }
        double[] phi = new double[total];
        double[] dPhi = new double[total];
        double[] w = new double[total];
        double[] dw = new double[total];
        double sum = 0;
        double dSum = 0;
        int j = 0;
        for (int k = 0; k < 2; k++) {
            double a = ends[k][0];
            double b = ends[k][1];
            if (!(b > a)) {
                continue;
            }
            double mid = 0.5 * (a + b);
            double half = 0.5 * (b - a);
            int rule = chosen[k];
            for (int i = 0; i < GaussLegendre.order(rule); i++) {
                double t = mid + half * GaussLegendre.node(rule, i);
                double overlap = flat ? 1 : k == 0 ? 2 * small : sOverL + hOverL - t;
                double root = Math.sqrt(1 + t * t);
                double cosPhi = cos2t * root;
                double sinPhi = Math.sqrt(Math.max(1 - cosPhi * cosPhi, 1e-300));
                double weight = GaussLegendre.weight(rule, i) * half * overlap / ((1 + t * t) * sinPhi);
                double phiPerTheta = sin2t * root / sinPhi;
                phi[j] = Math.toDegrees(Math.acos(cosPhi));
                dPhi[j] = phiPerTheta;
                w[j] = weight;
                dw[j] = -weight * cosPhi / sinPhi * phiPerTheta * Math.PI / 180;
                sum += weight;
                dSum += dw[j];
                j++;
            }
        }
        double[] u = new double[total];
        double[] du = new double[total];
        for (int i = 0; i < total; i++) {
            u[i] = w[i] / sum;
            du[i] = dw[i] / sum - u[i] * dSum / sum;
        }
        return new Nodes(centerDeg, fwhm, sOverL, hOverL, chosen.clone(), phi, dPhi, u, du);
    }

    /** 2φ (degrees) reached at axial offset t for cos 2θ = {@code cos2t}. */
    private static double phiDeg(double cos2t, double t) {
        double c = cos2t * Math.sqrt(1 + t * t);
        return Math.toDegrees(Math.acos(Math.max(-1, Math.min(1, c))));
    }

    @Override
    public double value(double x, double[] p) {
        check(p);
        double[] q = {p[CENTER], p[FWHM], p[AREA], p[ETA]};
        if (symmetric(p)) {
            return symmetric.value(x, q);
        }
        return average(x, q, nodes(p));
    }

    private double average(double x, double[] q, Nodes n) {
        double v = 0;
        for (int i = 0; i < n.phi().length; i++) {
            q[0] = n.phi()[i];
            v += n.u()[i] * symmetric.value(x, q);
        }
        return v;
    }

    @Override
    public void gradient(double x, double[] p, double[] out) {
        check(p);
        double[] q = {p[CENTER], p[FWHM], p[AREA], p[ETA]};
        double[] g = new double[4];
        if (symmetric(p)) {
            symmetric.gradient(x, q, g);
            System.arraycopy(g, 0, out, 0, 4);
        } else {
            Nodes n = nodes(p);
            double dCenter = 0;
            double dFwhm = 0;
            double dArea = 0;
            double dEta = 0;
            for (int i = 0; i < n.phi().length; i++) {
                q[0] = n.phi()[i];
                symmetric.gradient(x, q, g);
                double u = n.u()[i];
                // g[2] = ∂/∂area is the unit-area pseudo-Voigt itself.
                dCenter += n.du()[i] * p[AREA] * g[2] + u * g[0] * n.dPhi()[i];
                dFwhm += u * g[1];
                dArea += u * g[2];
                dEta += u * g[3];
            }
            out[CENTER] = dCenter;
            out[FWHM] = dFwhm;
            out[AREA] = dArea;
            out[ETA] = dEta;
        }
        out[S_OVER_L] = ratioDerivative(x, p, S_OVER_L);
        out[H_OVER_L] = ratioDerivative(x, p, H_OVER_L);
    }

    /**
     * The quadratures one step up and down in S/L and in H/L around one parameter set, with the base point's
     * Gauss–Legendre rules (null entries: the symmetric pseudo-Voigt). They depend on the parameters only, so a
     * fit builds them once per parameter set, not once per point.
     */
    private record Perturbed(double center, double fwhm, double sOverL, double hOverL, Nodes[] nodes, double[] steps) {
        static final Perturbed NONE = new Perturbed(Double.NaN, Double.NaN, Double.NaN, Double.NaN, new Nodes[4],
                new double[2]);

        boolean matches(double c, double w, double s, double h) {
            return center == c && fwhm == w && sOverL == s && hOverL == h;
        }
    }

    private volatile Perturbed lastPerturbed = Perturbed.NONE;

    private Perturbed perturbed(double[] p) {
        Perturbed memo = lastPerturbed;
        if (memo.matches(p[CENTER], p[FWHM], p[S_OVER_L], p[H_OVER_L])) {
            return memo;
        }
        int[] rules = symmetric(p) ? null : nodes(p).rules();
        double h = 1e-6 + 1e-4 * (p[S_OVER_L] + p[H_OVER_L]);
        Nodes[] n = new Nodes[4];
        double[] steps = new double[2];
        for (int j = 0; j < 2; j++) {
            int k = j == 0 ? S_OVER_L : H_OVER_L;
            double[] up = p.clone();
            up[k] = p[k] + h;
            double[] down = p.clone();
            down[k] = Math.max(0, p[k] - h);
            steps[j] = up[k] - down[k];
            n[2 * j] = symmetric(up) ? null : build(up[CENTER], up[FWHM], up[S_OVER_L], up[H_OVER_L], rules);
            n[2 * j + 1] = symmetric(down) ? null
                    : build(down[CENTER], down[FWHM], down[S_OVER_L], down[H_OVER_L], rules);
        }
        memo = new Perturbed(p[CENTER], p[FWHM], p[S_OVER_L], p[H_OVER_L], n, steps);
        lastPerturbed = memo;
        return memo;
    }

    /** Central difference in S/L or H/L (forward at 0) with the quadrature rules of the base point held fixed. */
    private double ratioDerivative(double x, double[] p, int k) {
        Perturbed memo = perturbed(p);
        int j = k == S_OVER_L ? 0 : 1;
        return (valueWith(x, p, memo.nodes()[2 * j]) - valueWith(x, p, memo.nodes()[2 * j + 1])) / memo.steps()[j];
    }

    private double valueWith(double x, double[] p, Nodes n) {
        double[] q = {p[CENTER], p[FWHM], p[AREA], p[ETA]};
        return n == null ? symmetric.value(x, q) : average(x, q, n);
    }

    /** 2θ (degrees) of the maximum, by golden-section search over the peak and its asymmetric tail. */
    public double maximumDeg(double[] p) {
        check(p);
        if (symmetric(p)) {
            return p[CENTER];
        }
        Nodes n = nodes(p);
        double lo = p[CENTER];
        double hi = p[CENTER];
        for (double phi : n.phi()) {
            lo = Math.min(lo, phi);
            hi = Math.max(hi, phi);
        }
        lo -= 0.5 * p[FWHM];
        hi += 0.5 * p[FWHM];
        double ratio = (Math.sqrt(5) - 1) / 2;
        double a = lo;
        double b = hi;
        double c = b - ratio * (b - a);
        double d = a + ratio * (b - a);
        double fc = value(c, p);
        double fd = value(d, p);
        for (int it = 0; it < 80 && b - a > 1e-12 * Math.max(1, Math.abs(p[CENTER])); it++) {
            if (fc >= fd) {
                b = d;
                d = c;
                fd = fc;
                c = b - ratio * (b - a);
                fc = value(c, p);
            } else {
                a = c;
                c = d;
                fc = fd;
                d = a + ratio * (b - a);
                fd = value(d, p);
            }
        }
        return 0.5 * (a + b);
    }

    /** Maximum of the asymmetric profile. */
    @Override
    public double height(double[] p) {
        return value(maximumDeg(p), p);
    }

    /** Full width at half maximum of the asymmetric profile (the pseudo-Voigt's fwhm when S/L = H/L = 0). */
    @Override
    public double fwhm(double[] p) {
        check(p);
        if (symmetric(p)) {
            return p[FWHM];
        }
        double top = maximumDeg(p);
        double half = 0.5 * value(top, p);
        return halfCrossing(p, top, half, +1) - halfCrossing(p, top, half, -1);
    }

    /** Where the profile falls to {@code half} on one side of the maximum: march out, then bisect. */
    private double halfCrossing(double[] p, double top, double half, int side) {
        double stepDeg = 0.25 * p[FWHM];
        double inside = top;
        double outside = top + side * stepDeg;
        for (int k = 0; k < 400 && value(outside, p) > half; k++) {
            inside = outside;
            outside += side * stepDeg;
        }
        for (int it = 0; it < 100 && Math.abs(outside - inside) > 1e-13 * Math.max(1, Math.abs(top)); it++) {
            double mid = 0.5 * (inside + outside);
            if (value(mid, p) > half) {
                inside = mid;
            } else {
                outside = mid;
            }
        }
        return 0.5 * (inside + outside);
    }
}
