package org.crystallite.spectrum.ops;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;

import org.crystallite.spectrum.AxisQuantity;
import org.crystallite.spectrum.Spectrum;
import org.junit.jupiter.api.Test;

class SavitzkyGolayTest {

    @Test
    void centralCoefficientsMatchTheTablesOfSavitzkyAndGolay() {
        // Savitzky & Golay (1964) tables, 5 points: quadratic smoothing, first and second derivative.
        assertArrayEquals(new double[] {-3 / 35.0, 12 / 35.0, 17 / 35.0, 12 / 35.0, -3 / 35.0},
                SavitzkyGolay.coefficients(5, 2, 0, 2), 1e-12);
        assertArrayEquals(new double[] {-0.2, -0.1, 0, 0.1, 0.2}, SavitzkyGolay.coefficients(5, 2, 1, 2), 1e-12);
        assertArrayEquals(new double[] {2 / 7.0, -1 / 7.0, -2 / 7.0, -1 / 7.0, 2 / 7.0},
                SavitzkyGolay.coefficients(5, 2, 2, 2), 1e-12);
        // 7-point quartic smoothing: (5, -30, 75, 131, 75, -30, 5)/231.
        assertArrayEquals(new double[] {5 / 231.0, -30 / 231.0, 75 / 231.0, 131 / 231.0, 75 / 231.0, -30 / 231.0,
                5 / 231.0}, SavitzkyGolay.coefficients(7, 4, 0, 3), 1e-12);
    }

    @Test
    void endWindowCoefficientsFitThePolynomialOffCentre() {
        // Gorry (1990) end-point weights for 5 points, quadratic, value at the first point: (31, 9, -3, -5, 3)/35.
        assertArrayEquals(new double[] {31 / 35.0, 9 / 35.0, -3 / 35.0, -5 / 35.0, 3 / 35.0},
                SavitzkyGolay.coefficients(5, 2, 0, 0), 1e-12);
    }

    @Test
    void reproducesACubicAndItsDerivativesAtEveryPointIncludingTheEnds() {
        int n = 40;
        double step = 0.25;
        double[] x = new double[n];
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = 3 + i * step;
            y[i] = cubic(x[i]);
        }
        Spectrum s = Spectrum.of(x, y, AxisQuantity.TWO_THETA, AxisQuantity.INTENSITY);
        Spectrum smooth = SavitzkyGolay.smooth(s, 9, 3);
        Spectrum first = SavitzkyGolay.derivative(s, 9, 3, 1);
        Spectrum second = SavitzkyGolay.derivative(s, 11, 4, 2);
        for (int i = 0; i < n; i++) {
            assertEquals(y[i], smooth.y(i), 1e-9 * Math.abs(y[i]) + 1e-9, "value at " + i);
            assertEquals(3 * 0.5 * x[i] * x[i] - 4 * x[i] + 2, first.y(i), 1e-7, "first derivative at " + i);
            assertEquals(6 * 0.5 * x[i] - 4, second.y(i), 1e-6, "second derivative at " + i);
        }
        assertEquals(AxisQuantity.INTENSITY, smooth.yQuantity());
        assertEquals(AxisQuantity.ARBITRARY, first.yQuantity());
        assertEquals("savitzky-golay", second.provenance().get(0).operation());
        assertEquals(2, second.provenance().get(0).parameters().get("derivativeOrder"));
    }

    private static double cubic(double x) {
        return 0.5 * x * x * x - 2 * x * x + 2 * x + 7;
    }

    @Test
    void smoothingReducesWhiteNoiseAsTheKernelPredictsAndPropagatesSigma() {
        int n = 20000;
        Random random = new Random(11);
        double[] x = new double[n];
        double[] y = new double[n];
        double[] sigma = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = i;
            y[i] = 100 + 2 * random.nextGaussian();
            sigma[i] = 2;
        }
        Spectrum s = SavitzkyGolay.smooth(Spectrum.of(x, y, sigma, AxisQuantity.CHANNEL, AxisQuantity.INTENSITY), 5, 2);
        double expected = 2 * Math.sqrt(17 / 35.0); // sqrt(sum c^2) = sqrt(c0) for SG smoothing
        assertEquals(expected, s.sigma().orElseThrow()[n / 2], 1e-12);
        double sum = 0;
        double sum2 = 0;
        for (int i = 10; i < n - 10; i++) {
            sum += s.y(i);
            sum2 += s.y(i) * s.y(i);
        }
        int m = n - 20;
        double sd = Math.sqrt(sum2 / m - (sum / m) * (sum / m));
        assertEquals(expected, sd, 0.03 * expected);
    }

    @Test
    void refusesNonUniformSpacingAndBadParameters() {
        double[] x = {0, 1, 2, 3, 4.5, 5, 6, 7};
        double[] y = new double[x.length];
        Spectrum s = Spectrum.of(x, y, AxisQuantity.CHANNEL, AxisQuantity.INTENSITY);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> SavitzkyGolay.smooth(s, 5, 2));
        assertTrue(e.getMessage().contains("not uniformly spaced"), e.getMessage());
        Spectrum u = Spectrum.of(new double[] {0, 1, 2, 3, 4, 5}, new double[6], AxisQuantity.CHANNEL,
                AxisQuantity.INTENSITY);
        assertThrows(IllegalArgumentException.class, () -> SavitzkyGolay.smooth(u, 4, 2));
        assertThrows(IllegalArgumentException.class, () -> SavitzkyGolay.smooth(u, 5, 5));
        assertThrows(IllegalArgumentException.class, () -> SavitzkyGolay.derivative(u, 5, 2, 3));
        assertThrows(IllegalArgumentException.class, () -> SavitzkyGolay.smooth(u, 7, 2));
    }
}
