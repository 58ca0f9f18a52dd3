package org.crystallite.spectrum.shape;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.function.DoubleUnaryOperator;

import org.apache.commons.math3.analysis.integration.gauss.GaussIntegrator;
import org.apache.commons.math3.analysis.integration.gauss.GaussIntegratorFactory;

/** Numerical references used by the shape tests: quadrature, finite differences, measured FWHM. */
final class ShapeChecks {

    /** 20-point Gauss–Legendre rule on [-1, 1] (commons-math3). */
    private static final GaussIntegrator RULE = new GaussIntegratorFactory().legendre(20);

    private ShapeChecks() {
    }

    /** Composite Gauss–Legendre of f on [a, b] with the given number of panels. */
    static double integrate(DoubleUnaryOperator f, double a, double b, int panels) {
        double h = (b - a) / panels;
        double sum = 0;
        for (int j = 0; j < panels; j++) {
            double mid = a + (j + 0.5) * h;
            double s = 0;
            for (int i = 0; i < RULE.getNumberOfPoints(); i++) {
                s += RULE.getWeight(i) * f.applyAsDouble(mid + 0.5 * h * RULE.getPoint(i));
            }
            sum += 0.5 * h * s;
        }
        return sum;
    }

    /**
     * ∫ f over the whole real line via x = center + scale·tan θ, θ ∈ (−π/2, π/2): tails decaying like
     * 1/x² or faster give a bounded, smooth integrand, so no tail is cut off. θ = 0 is a panel edge.
     */
    static double integrateRealLine(DoubleUnaryOperator f, double center, double scale, int panels) {
        DoubleUnaryOperator g = theta -> {
            double c = Math.cos(theta);
            if (c <= 0) {
                return 0;
            }
            return f.applyAsDouble(center + scale * Math.tan(theta)) * scale / (c * c);
        };
        double half = Math.PI / 2;
        return integrate(g, -half, 0, panels / 2) + integrate(g, 0, half, panels / 2);
    }

    /** Richardson-extrapolated central difference of value with respect to parameter k. */
    static double finiteDifference(LineShape shape, double x, double[] p, int k, double h) {
        return (4 * centralDifference(shape, x, p, k, h / 2) - centralDifference(shape, x, p, k, h)) / 3;
    }

    private static double centralDifference(LineShape shape, double x, double[] p, int k, double h) {
        double[] q = p.clone();
        q[k] = p[k] + h;
        double up = shape.value(x, q);
        q[k] = p[k] - h;
        double down = shape.value(x, q);
        return (up - down) / (2 * h);
    }

    /**
     * Asserts the analytic gradient at x against finite differences, each component within
     * relTol of the largest scaled gradient component (|∂f/∂p_k|·step scale) at that x.
     */
    static void assertGradient(LineShape shape, double x, double[] p, double[] stepScale, double relTol) {
        double[] analytic = new double[p.length];
        shape.gradient(x, p, analytic);
        double[] numeric = new double[p.length];
        double scaleOfAll = Math.abs(shape.value(x, p));
        for (int k = 0; k < p.length; k++) {
            numeric[k] = finiteDifference(shape, x, p, k, 1e-4 * stepScale[k]);
            scaleOfAll = Math.max(scaleOfAll, Math.abs(numeric[k]) * stepScale[k]);
        }
        for (int k = 0; k < p.length; k++) {
            double allowed = relTol * (Math.abs(numeric[k]) + scaleOfAll / stepScale[k]);
            String parameter = shape.parameters().get(k).name();
            assertEquals(numeric[k], analytic[k], allowed, () -> shape.name() + " d/d" + parameter
                    + " at x=" + x + " p=" + java.util.Arrays.toString(p));
        }
    }

    /** Location of the maximum, refined by golden-section search around the best grid point. */
    static double argMax(DoubleUnaryOperator f, double lo, double hi) {
        int n = 4001;
        double best = lo;
        double bestValue = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < n; i++) {
            double x = lo + (hi - lo) * i / (n - 1);
            double v = f.applyAsDouble(x);
            if (v > bestValue) {
                bestValue = v;
                best = x;
            }
        }
        double step = (hi - lo) / (n - 1);
        double a = best - step;
        double b = best + step;
        double r = (Math.sqrt(5) - 1) / 2;
        for (int i = 0; i < 200 && b - a > 1e-15 * Math.max(1, Math.abs(best)); i++) {
            double c = b - r * (b - a);
            double d = a + r * (b - a);
            if (f.applyAsDouble(c) > f.applyAsDouble(d)) {
                b = d;
            } else {
                a = c;
            }
        }
        return 0.5 * (a + b);
    }

    /** Full width at half maximum of a single-peaked f with its maximum at xMax (bisection). */
    static double measuredFwhm(DoubleUnaryOperator f, double xMax, double searchWidth) {
        double half = f.applyAsDouble(xMax) / 2;
        double right = crossing(f, half, xMax, xMax + searchWidth);
        double left = crossing(f, half, xMax, xMax - searchWidth);
        return right - left;
    }

    private static double crossing(DoubleUnaryOperator f, double level, double inside, double outside) {
        assertTrue(f.applyAsDouble(outside) < level, "half maximum not reached within the search width");
        double a = inside;
        double b = outside;
        for (int i = 0; i < 200; i++) {
            double m = 0.5 * (a + b);
            if (m == a || m == b) {
                break;
            }
            if (f.applyAsDouble(m) >= level) {
                a = m;
            } else {
                b = m;
            }
        }
        return 0.5 * (a + b);
    }
}
