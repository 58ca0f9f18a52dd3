package org.crystallite.spectrum.background;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class SnipBackgroundTest {

    private static final int N = 1000;
    private static final double SMALLEST_PEAK = 300;

    private static final int WINDOW = 25;
    private static final double HUMP_HEIGHT = 100;
    private static final double HUMP_WIDTH = 300;

    /** A sloping straight background. */
    private static double line(int i) {
        return 200 + 0.05 * i;
    }

    /** The line plus a broad hump, HUMP_WIDTH points wide. */
    private static double curved(int i) {
        double u = (i - 500) / HUMP_WIDTH;
        return line(i) + HUMP_HEIGHT * Math.exp(-u * u);
    }

    /** Narrow Gaussian peaks, σ = 3 points. */
    private static double peaks(int i) {
        return gauss(i, 200, 500) + gauss(i, 450, 800) + gauss(i, 700, SMALLEST_PEAK) + gauss(i, 712, 400);
    }

    private static double gauss(int i, double centre, double height) {
        double u = (i - centre) / 3.0;
        return height * Math.exp(-0.5 * u * u);
    }

    private static double worstDeviation(java.util.function.IntToDoubleFunction background, boolean lls,
                                         boolean decreasing) {
        double[] x = new double[N];
        double[] y = new double[N];
        for (int i = 0; i < N; i++) {
            x[i] = i;
            y[i] = background.applyAsDouble(i) + peaks(i);
        }
        // Half-width 25 points covers the two overlapping peaks (centres 12 points apart, ±3σ).
        double[] bg = new SnipBackground(WINDOW, lls, decreasing).compute(x, y);
        double worst = 0;
        for (int i = 0; i < N; i++) {
            worst = Math.max(worst, Math.abs(bg[i] - background.applyAsDouble(i)));
        }
        return worst;
    }

    @ParameterizedTest(name = "lls={0}, decreasing={1}")
    @CsvSource({"false,false", "false,true", "true,false", "true,true"})
    void removesAStraightBackgroundUnderNarrowPeaks(boolean lls, boolean decreasing) {
        double worst = worstDeviation(SnipBackgroundTest::line, lls, decreasing);
        assertTrue(worst < 0.01 * SMALLEST_PEAK, "largest deviation from the true background " + worst);
    }

    @ParameterizedTest(name = "lls={0}, decreasing={1}")
    @CsvSource({"false,false", "false,true", "true,false", "true,true"})
    void followsABroadHumpWithinTheClippingCurvatureBias(boolean lls, boolean decreasing) {
        // Each clip with half-width p lowers a concave background by p²·|f''|/2 and the passes
        // accumulate, so SNIP sits up to |f''|max/2 · Σ p² below a hump: 6.1 counts here.
        double curvature = 2 * HUMP_HEIGHT / (HUMP_WIDTH * HUMP_WIDTH);
        double sumSquares = WINDOW * (WINDOW + 1) * (2 * WINDOW + 1) / 6.0;
        double bias = 0.5 * curvature * sumSquares;
        double worst = worstDeviation(SnipBackgroundTest::curved, lls, decreasing);
        assertTrue(worst < bias + 0.01 * SMALLEST_PEAK, "largest deviation " + worst + ", bias bound " + bias);
    }

    @Test
    void backgroundNeverExceedsTheData() {
        double[] x = new double[N];
        double[] y = new double[N];
        for (int i = 0; i < N; i++) {
            x[i] = i;
            y[i] = curved(i) + peaks(i);
        }
        double[] bg = new SnipBackground(25, true, false).compute(x, y);
        for (int i = 0; i < N; i++) {
            assertTrue(bg[i] <= y[i] * (1 + 1e-12), "at " + i);
        }
    }

    @Test
    void singleClipOfAKnownTriangle() {
        // p = 1: each interior point becomes min(itself, mean of its neighbours).
        double[] x = {0, 1, 2, 3, 4};
        double[] y = {0, 4, 10, 4, 0};
        assertArrayEquals(new double[] {0, 4, 4, 4, 0}, new SnipBackground(1).compute(x, y), 1e-12);
        // p = 1 then p = 2: the centre is clipped to the mean of the ends.
        assertArrayEquals(new double[] {0, 4, 0, 4, 0}, new SnipBackground(2).compute(x, y), 1e-12);
    }

    @Test
    void llsNeedsCounts() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new SnipBackground(3, true, false).compute(new double[] {0, 1, 2}, new double[] {1, -5, 1}));
        assertTrue(e.getMessage().contains("y[1]"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new SnipBackground(0));
    }

    @Test
    void llsRoundTripLeavesAFlatSpectrumUnchanged() {
        double[] x = {0, 1, 2, 3, 4, 5};
        double[] y = {123, 123, 123, 123, 123, 123};
        double[] bg = new SnipBackground(2, true, true).compute(x, y);
        for (double v : bg) {
            assertEquals(123, v, 1e-9);
        }
    }
}
