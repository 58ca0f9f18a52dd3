package org.crystallite.spectrum.background;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.apache.commons.math3.special.Erf;
import org.junit.jupiter.api.Test;

class ShirleyBackgroundTest {

    private static final double CENTER = 290;
    private static final double SIGMA = 0.8;
    private static final double AREA = 5000;
    private static final double LOW_BE_LEVEL = 1000;
    private static final double HIGH_BE_LEVEL = 1500;

    /** Binding energy 280 … 300 eV in 0.05 eV steps. */
    private static double[] bindingEnergy() {
        double[] x = new double[401];
        for (int i = 0; i < x.length; i++) {
            x[i] = 280 + 0.05 * i;
        }
        return x;
    }

    /**
     * The Shirley construction in closed form: a Gaussian's running integral from the low-BE end
     * is the normal CDF, so the step rises as Φ((x − centre)/σ) between the two end levels.
     */
    private static double exactStep(double x) {
        double cdf = 0.5 * (1 + Erf.erf((x - CENTER) / (SIGMA * Math.sqrt(2))));
        return LOW_BE_LEVEL + (HIGH_BE_LEVEL - LOW_BE_LEVEL) * cdf;
    }

    private static double gaussian(double x) {
        double u = (x - CENTER) / SIGMA;
        return AREA / (SIGMA * Math.sqrt(2 * Math.PI)) * Math.exp(-0.5 * u * u);
    }

    @Test
    void recoversTheConstructedStepUnderAGaussian() {
        double[] x = bindingEnergy();
        double[] y = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            y[i] = gaussian(x[i]) + exactStep(x[i]);
        }
        ShirleyBackground.Solution s = new ShirleyBackground().solve(x, y);
        assertTrue(s.converged());
        assertTrue(s.iterations() <= 50, "iterations " + s.iterations());
        for (int i = 0; i < x.length; i++) {
            assertEquals(exactStep(x[i]), s.background()[i], 1e-3 * (HIGH_BE_LEVEL - LOW_BE_LEVEL),
                    "at x = " + x[i]);
        }
    }

    @Test
    void recoversTheStepFromNoisyCountsWithinTheEndLevelUncertainty() {
        double[] x = bindingEnergy();
        double[] y = new double[x.length];
        Random random = new Random(20261122L);
        for (int i = 0; i < x.length; i++) {
            double mean = gaussian(x[i]) + exactStep(x[i]);
            y[i] = mean + Math.sqrt(mean) * random.nextGaussian();
        }
        int average = 10;
        double[] background = new ShirleyBackground(average).compute(x, y);
        // The end levels carry the counting error of `average` channels; the fixed point moves
        // with them, so allow four standard errors of the noisier (high) end level.
        double tolerance = 4 * Math.sqrt(HIGH_BE_LEVEL / average);
        for (int i = 0; i < x.length; i++) {
            assertEquals(exactStep(x[i]), background[i], tolerance, "at x = " + x[i]);
        }
    }

    @Test
    void sameBackgroundOnAKineticEnergyAxis() {
        double[] x = bindingEnergy();
        double[] y = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            y[i] = gaussian(x[i]) + exactStep(x[i]);
        }
        int n = x.length;
        double photonEnergy = 1486.61;
        double[] ke = new double[n];
        double[] yKe = new double[n];
        for (int i = 0; i < n; i++) {
            ke[i] = photonEnergy - x[n - 1 - i];
            yKe[i] = y[n - 1 - i];
        }
        ShirleyBackground shirley = new ShirleyBackground(5);
        double[] be = shirley.compute(x, y);
        double[] fromKe = shirley.compute(ke, yKe);
        for (int i = 0; i < n; i++) {
            assertEquals(be[i], fromKe[n - 1 - i], 1e-6, "at BE " + x[i]);
        }
        // The high-BE end is the high end on either axis.
        assertTrue(fromKe[0] > fromKe[n - 1]);
    }

    @Test
    void endsEqualTheAveragedData() {
        double[] x = {0, 1, 2, 3, 4, 5, 6, 7};
        double[] y = {10, 12, 11, 40, 60, 22, 20, 21};
        double[] b = new ShirleyBackground(3).compute(x, y);
        assertEquals(11, b[0], 1e-12);
        assertEquals(21, b[7], 1e-12);
    }

    @Test
    void flatEndsGiveAConstant() {
        double[] x = {0, 1, 2, 3, 4};
        double[] y = {5, 9, 20, 9, 5};
        ShirleyBackground.Solution s = new ShirleyBackground(1).solve(x, y);
        assertTrue(s.converged());
        assertArrayEquals(new double[] {5, 5, 5, 5, 5}, s.background(), 0);
    }

    @Test
    void reportsNonConvergenceWithinTheIterationLimit() {
        double[] x = bindingEnergy();
        double[] y = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            y[i] = gaussian(x[i]) + exactStep(x[i]);
        }
        ShirleyBackground.Solution s = new ShirleyBackground(5, 1e-15, 1).solve(x, y);
        assertFalse(s.converged());
        assertEquals(1, s.iterations());
    }

    @Test
    void rejectsBadParameters() {
        assertThrows(IllegalArgumentException.class, () -> new ShirleyBackground(0));
        assertThrows(IllegalArgumentException.class, () -> new ShirleyBackground(5, 0, 50));
        assertThrows(IllegalArgumentException.class, () -> new ShirleyBackground(5, 1e-6, 0));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new ShirleyBackground(5).compute(new double[] {1, 2, 3}, new double[] {1, 2, 3}));
        assertTrue(e.getMessage().contains("average 5 points"), e.getMessage());
    }
}
