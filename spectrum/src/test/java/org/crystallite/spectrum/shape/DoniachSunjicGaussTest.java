package org.crystallite.spectrum.shape;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.commons.math3.special.Gamma;
import org.junit.jupiter.api.Test;

class DoniachSunjicGaussTest {

    private final DoniachSunjicGauss dsg = new DoniachSunjicGauss();

    /** Textbook DS (Doniach & Šunjić 1970) in E, tail toward −E; ds-g mirrors it to tail toward +x. */
    private static double textbookDs(double e, double gamma, double alpha) {
        return Gamma.gamma(1 - alpha) * Math.cos(Math.PI * alpha / 2 + (1 - alpha) * Math.atan(e / gamma))
                / Math.pow(e * e + gamma * gamma, (1 - alpha) / 2);
    }

    private static double windowIntegral(java.util.function.DoubleUnaryOperator f, double center, double w) {
        return ShapeChecks.integrate(f, center - w, center + w, 4000);
    }

    @Test
    void windowIntegralEqualsArea() {
        double[][] sets = {{71.1, 0.54, 500, 0.06, 1.48}, {0, 1, 1, 0.3, 0.2}, {10, 0.2, 3, 0.15, 1.2},
            {5, 0.8, 40, 0.0, 0.8}, {2, 0.3, 7, 0.45, 0.02}, {2, 0.3, 7, 0.1, 0}};
        for (double[] p : sets) {
            double w = DoniachSunjicGauss.windowHalfWidth(p[1], p[4]);
            double integral = windowIntegral(x -> dsg.value(x, p), p[0], w);
            assertEquals(p[2], integral, 1e-8 * p[2], java.util.Arrays.toString(p));
        }
    }

    @Test
    void withoutGaussianItIsTheMirroredTextbookDsNormalisedOnTheWindow() {
        double gamma = 0.25;
        double alpha = 0.12;
        double[] p = {3, 2 * gamma, 10, alpha, 0};
        double w = DoniachSunjicGauss.windowHalfWidth(p[1], 0);
        double norm = windowIntegral(x -> textbookDs(3 - x, gamma, alpha), 3, w);
        for (double x = -20; x <= 30; x += 0.0731) {
            double expected = 10 * textbookDs(3 - x, gamma, alpha) / norm;
            assertEquals(expected, dsg.value(x, p), 1e-9 * expected, "x=" + x);
        }
    }

    @Test
    void atZeroAsymmetryItIsTheVoigtRescaledToTheWindow() {
        Voigt voigt = new Voigt();
        double[] v = {1, 0.6, 0.9, 1};
        double w = DoniachSunjicGauss.windowHalfWidth(0.6, 0.9);
        double fraction = windowIntegral(x -> voigt.value(x, v), 1, w);
        double[] p = {1, 0.6, 4, 0, 0.9};
        for (double x = -40; x <= 40; x += 0.0917) {
            double expected = 4 * voigt.value(x, v) / fraction;
            assertEquals(expected, dsg.value(x, p), 1e-7 * expected, "x=" + x);
        }
    }

    @Test
    void matchesDirectNumericalConvolution() {
        double[][] widths = {{0.54, 0.06, 1.48}, {0.3, 0.3, 0.4}, {1.0, 0.2, 0.3}, {0.1, 0.1, 1.2}};
        for (double[] wv : widths) {
            double gamma = wv[0] / 2;
            double alpha = wv[1];
            double sigma = wv[2] * ShapeMath.SIGMA_PER_FWHM;
            double[] p = {0, wv[0], 1, alpha, wv[2]};
            // reference: ∫ DS(x − s) G(s) ds by Gauss–Legendre, split at the DS peak for accuracy
            java.util.function.DoubleUnaryOperator conv = x -> ShapeChecks.integrate(
                    s -> textbookDs(s - x, gamma, alpha) * Math.exp(-0.5 * s * s / (sigma * sigma))
                            / (sigma * Math.sqrt(2 * Math.PI)), -9 * sigma, x, 2000)
                    + ShapeChecks.integrate(s -> textbookDs(s - x, gamma, alpha)
                            * Math.exp(-0.5 * s * s / (sigma * sigma)) / (sigma * Math.sqrt(2 * Math.PI)),
                            x, 9 * sigma, 2000);
            // the normalisation is checked in windowIntegralEqualsArea: compare shapes relative to x = 0
            double reference0 = conv.applyAsDouble(0);
            double value0 = dsg.value(0, p);
            for (double x : new double[] {-2, -0.7, -0.2, 0.15, 0.4, 1, 2.5, 6, 14}) {
                double expected = conv.applyAsDouble(x) / reference0;
                assertEquals(expected, dsg.value(x, p) / value0, 2e-7 * expected, "x=" + x + " widths="
                        + java.util.Arrays.toString(wv));
            }
        }
    }

    @Test
    void gradientMatchesFiniteDifferences() {
        double[][] sets = {{71.1, 0.54, 500, 0.06, 1.48}, {0, 0.6, 3, 0.3, 0.5}, {0, 0.5, 2, 0.1, 0.02}};
        for (double[] p : sets) {
            double scale = p[1] + p[4];
            for (double t = -8; t <= 12; t += 0.61) {
                ShapeChecks.assertGradient(dsg, p[0] + t * scale, p, new double[] {scale, p[1], p[2], 0.01, p[4]},
                        1e-6);
            }
        }
    }

    @Test
    void tailRunsTowardLargerXAndPeakIsOnThatSide() {
        double[] p = {0, 0.5, 1, 0.2, 0.5};
        for (double d = 1; d <= 10; d += 1) {
            assertTrue(dsg.value(d, p) > dsg.value(-d, p), "d=" + d);
        }
        double height = dsg.height(p);
        assertTrue(height > dsg.value(0, p));
        double measured = ShapeChecks.measuredFwhm(x -> dsg.value(x, p),
                ShapeChecks.argMax(x -> dsg.value(x, p), -1, 1), 20);
        assertEquals(measured, dsg.fwhm(p), 1e-9 * measured);
    }
}
