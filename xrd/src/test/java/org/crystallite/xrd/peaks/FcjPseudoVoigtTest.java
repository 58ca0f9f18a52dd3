package org.crystallite.xrd.peaks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.function.DoubleUnaryOperator;

import org.crystallite.spectrum.shape.PseudoVoigt;
import org.junit.jupiter.api.Test;

/** The FCJ axial-divergence pseudo-Voigt against direct quadrature of FCJ's own form and the known limits. */
class FcjPseudoVoigtTest {

    private final FcjPseudoVoigt shape = new FcjPseudoVoigt();

    /** center, fwhm, area, eta, S/L, H/L. */
    private static double[] params(double center, double fwhm, double sOverL, double hOverL) {
        return new double[] {center, fwhm, 250, 0.4, sOverL, hOverL};
    }

    /** Composite 16-point Gauss–Legendre (a rule independent of the shape's own ladder: many panels). */
    private static double integrate(DoubleUnaryOperator f, double a, double b, int panels) {
        double[] x = new double[16];
        double[] w = new double[16];
        for (int i = 0; i < 16; i++) {
            double z = Math.cos(Math.PI * (i + 0.75) / 16.5);
            double dp = 1;
            for (int it = 0; it < 50; it++) {
                double p0 = 1;
                double p1 = z;
                for (int k = 2; k <= 16; k++) {
                    double p2 = ((2 * k - 1) * z * p1 - (k - 1) * p0) / k;
                    p0 = p1;
                    p1 = p2;
                }
                dp = 16 * (z * p1 - p0) / (z * z - 1);
                z -= p1 / dp;
            }
            x[i] = z;
            w[i] = 2 / ((1 - z * z) * dp * dp);
        }
        double h = (b - a) / panels;
        double sum = 0;
        for (int j = 0; j < panels; j++) {
            double mid = a + (j + 0.5) * h;
            for (int i = 0; i < 16; i++) {
                sum += 0.5 * h * w[i] * f.applyAsDouble(mid + 0.5 * h * x[i]);
            }
        }
        return sum;
    }

    /** ∫ f dx over the real line through x = c + s·tan u (Lorentzian tails included). */
    private static double integrateAll(DoubleUnaryOperator f, double c, double s) {
        DoubleUnaryOperator g = u -> {
            double cos = Math.cos(u);
            return cos <= 0 ? 0 : f.applyAsDouble(c + s * Math.tan(u)) * s / (cos * cos);
        };
        return integrate(g, -Math.PI / 2, 0, 400) + integrate(g, 0, Math.PI / 2, 400);
    }

    /**
     * FCJ eqs. 4–8 evaluated in 2φ directly: weight W(2φ)/(h(2φ)·|cos 2φ|) with h = L√(cos²2φ/cos²2θ − 1),
     * W = H + S − h beyond the inflection point and 2·min(H, S) inside it, integrated over 2φ_min…2θ with
     * 2φ = 2θ ∓ s² (which removes FCJ's 1/√ end singularity) by many panels.
     */
    private static double fcjReference(double x, double[] p) {
        double c = p[0];
        double a = p[4];
        double b = p[5];
        double cos2t = Math.cos(Math.toRadians(c));
        double phiMin = Math.toDegrees(Math.acos(cos2t * Math.sqrt(1 + (a + b) * (a + b))));
        double span = Math.abs(c - phiMin);
        double sign = c < 90 ? -1 : 1;
        PseudoVoigt pv = new PseudoVoigt();
        double[] num = new double[1];
        DoubleUnaryOperator weight = s -> {
            double phi = c + sign * s * s;
            double cp = Math.cos(Math.toRadians(phi));
            double hOverL = Math.sqrt(Math.max(cp * cp / (cos2t * cos2t) - 1, 0));
            double overlap = hOverL <= Math.abs(a - b) ? 2 * Math.min(a, b) : a + b - hOverL;
            return hOverL == 0 ? 0 : Math.max(overlap, 0) / (hOverL * Math.abs(cp)) * 2 * s;
        };
        DoubleUnaryOperator top = s -> weight.applyAsDouble(s)
                * pv.value(x, new double[] {c + sign * s * s, p[1], p[2], p[3]});
        double root = Math.sqrt(span);
        num[0] = integrate(top, 0, root, 100);
        return num[0] / integrate(weight, 0, root, 100);
    }

    @Test
    void matchesFcjFormIn2Phi() {
        for (double[] p : new double[][] {params(8, 0.02, 0.004, 0.002), params(30, 0.05, 0.01, 0.01),
                params(140, 0.1, 0.02, 0.005), params(6, 0.006, 0.0011, 0.0011)}) {
            double top = shape.value(shape.maximumDeg(p), p);
            for (double dx = -6; dx <= 4; dx += 0.25) {
                double x = p[0] + dx * p[1];
                assertEquals(fcjReference(x, p), shape.value(x, p), 2e-5 * top, "2θ=" + p[0] + " x=" + x);
            }
        }
    }

    @Test
    void areaIsTheAreaParameter() {
        for (double[] p : new double[][] {params(5, 0.03, 0.01, 0.01), params(25, 0.05, 0.02, 0.005),
                params(120, 0.08, 0.01, 0.03), params(60, 0.04, 0.01, 0)}) {
            double area = integrateAll(x -> shape.value(x, p), p[0], p[1]);
            assertEquals(p[2], area, 1e-6 * p[2], "2θ=" + p[0]);
        }
    }

    @Test
    void gradientMatchesFiniteDifferences() {
        for (double[] p : new double[][] {params(12, 0.03, 0.006, 0.003), params(130, 0.06, 0.01, 0.012),
                params(40, 0.05, 0, 0.01)}) {
            double[] g = new double[6];
            for (double dx = -5; dx <= 3; dx += 0.5) {
                double x = p[0] + dx * p[1];
                shape.gradient(x, p, g);
                double scale = shape.height(p);
                for (int k = 0; k < 6; k++) {
                    double h = k == 0 ? 1e-5 : 1e-6 * Math.max(Math.abs(p[k]), 1e-3);
                    double[] up = p.clone();
                    double[] down = p.clone();
                    up[k] += h;
                    down[k] -= k >= 4 ? Math.min(h, p[k]) : h;
                    double fd = (shape.value(x, up) - shape.value(x, down)) / (up[k] - down[k]);
                    double unit = k == 2 ? scale / p[2] : k >= 4 ? scale / 0.01 : k == 3 ? scale : scale / p[1];
                    assertEquals(fd, g[k], 2e-4 * unit, "parameter " + k + " at x=" + x + ", 2θ=" + p[0]);
                }
            }
        }
    }

    @Test
    void vanishingSlitsGiveThePseudoVoigt() {
        PseudoVoigt pv = new PseudoVoigt();
        double[] q = {20, 0.05, 250, 0.4};
        for (double dx = -0.3; dx <= 0.3; dx += 0.01) {
            double x = 20 + dx;
            assertEquals(pv.value(x, q), shape.value(x, params(20, 0.05, 0, 0)), 0);
            assertEquals(pv.value(x, q), shape.value(x, params(20, 0.05, 1e-6, 1e-6)), 1e-6 * pv.value(20, q));
        }
        assertEquals(0.05, shape.fwhm(params(20, 0.05, 0, 0)), 0);
    }

    /**
     * Below 90° the tail and the maximum lie below the Bragg angle, above 90° above it; the centroid moves by
     * −⟨t²⟩/(2 tan 2θ) with ⟨t²⟩ = (S² + H²)/(3L²) for uniform sample and slit heights (FCJ §2; the weight's
     * slow 1/sin 2φ factor changes it by well under 1 %).
     */
    @Test
    void asymmetryPointsToLowAngleBelow90AndFlipsAbove() {
        for (double c : new double[] {10, 30, 60, 120, 160}) {
            double[] p = params(c, 0.05, 0.012, 0.008);
            double max = shape.maximumDeg(p);
            double centroid = integrateAll(x -> x * shape.value(x, p), c, 0.05) / p[2];
            double expected = -Math.toDegrees((0.012 * 0.012 + 0.008 * 0.008) / 3
                    / (2 * Math.tan(Math.toRadians(c))));
            assertEquals(expected, centroid - c, 0.01 * Math.abs(expected), "centroid shift at " + c);
            assertTrue(c < 90 ? max < c : max > c, "maximum " + max + " for Bragg angle " + c);
            assertTrue(Math.signum(max - c) == Math.signum(expected));
            assertTrue(shape.fwhm(p) > 0.05, "asymmetry broadens the peak");
            assertEquals(scannedFwhm(p), shape.fwhm(p), 1e-4 * 0.05);
        }
    }

    /** FWHM from a dense scan: the outermost grid crossings of half the scanned maximum, linearly interpolated. */
    private double scannedFwhm(double[] p) {
        double step = 1e-5;
        int n = 40000;
        double[] x = new double[n];
        double[] y = new double[n];
        double top = 0;
        for (int i = 0; i < n; i++) {
            x[i] = p[0] - 0.2 + i * step;
            y[i] = shape.value(x[i], p);
            top = Math.max(top, y[i]);
        }
        double half = top / 2;
        double left = Double.NaN;
        double right = Double.NaN;
        for (int i = 1; i < n; i++) {
            if (y[i - 1] < half && y[i] >= half && Double.isNaN(left)) {
                left = x[i - 1] + step * (half - y[i - 1]) / (y[i] - y[i - 1]);
            }
            if (y[i - 1] >= half && y[i] < half) {
                right = x[i - 1] + step * (y[i - 1] - half) / (y[i - 1] - y[i]);
            }
        }
        return right - left;
    }

    /** At 90° every ray lands at 90°; near 0° and 180° the truncated weight still integrates to the area. */
    @Test
    void extremeAnglesStayFiniteAndNormalised() {
        PseudoVoigt pv = new PseudoVoigt();
        for (double dx = -0.2; dx <= 0.2; dx += 0.02) {
            assertEquals(pv.value(90 + dx, new double[] {90, 0.05, 250, 0.4}),
                    shape.value(90 + dx, params(90, 0.05, 0.01, 0.01)), 1e-9);
        }
        for (double c : new double[] {0.5, 179.5}) {
            double[] p = params(c, 0.1, 0.01, 0.01);
            double area = integrateAll(x -> shape.value(x, p), c, p[1]);
            assertEquals(p[2], area, 1e-6 * p[2], "2θ=" + c);
            assertTrue(c < 90 ? shape.maximumDeg(p) < c : shape.maximumDeg(p) > c);
        }
        assertEquals(pv.value(-1, new double[] {-1, 0.05, 250, 0.4}), shape.value(-1, params(-1, 0.05, 0.01, 0.01)));
    }

    @Test
    void badParametersAreRejected() {
        assertThrows(IllegalArgumentException.class, () -> shape.value(1, new double[] {1, 2, 3, 0.5}));
        assertThrows(IllegalArgumentException.class, () -> AxialDivergence.parse("0.001"));
        assertThrows(IllegalArgumentException.class, () -> AxialDivergence.parse("a,b"));
        assertThrows(IllegalArgumentException.class, () -> new AxialDivergence(-0.001, 0));
        assertEquals(new AxialDivergence(0.0011, 0.002), AxialDivergence.parse(" 0.0011, 0.002 "));
    }
}
