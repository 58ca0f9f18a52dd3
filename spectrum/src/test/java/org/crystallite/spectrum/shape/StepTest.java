package org.crystallite.spectrum.shape;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import org.apache.commons.math3.special.Erf;
import org.junit.jupiter.api.Test;

class StepTest {

    @Test
    void erfStepIsTheGaussianCumulative() {
        ErfStep step = new ErfStep();
        double width = 1.7;
        double sigma = width / (2 * Math.sqrt(2 * Math.log(2)));
        for (double x = -10; x <= 10; x += 0.1) {
            double expected = 40 * 0.5 * (1 + Erf.erf((x - 1) / (sigma * Math.sqrt(2))));
            assertEquals(expected, step.value(x, new double[] {1, width, 40}), 1e-13 * 40);
        }
        assertEquals(20, step.value(1, new double[] {1, width, 40}), 1e-13);
    }

    @Test
    void arctanStepGoesFromQuarterToThreeQuartersOverOneWidth() {
        ArctanStep step = new ArctanStep();
        double[] p = {5, 2, 8};
        assertEquals(2, step.value(4, p), 1e-13);
        assertEquals(4, step.value(5, p), 1e-13);
        assertEquals(6, step.value(6, p), 1e-13);
        assertEquals(8, step.value(1e9, p), 1e-8);
        assertEquals(0, step.value(-1e9, p), 1e-8);
    }

    @Test
    void stepGradientsMatchFiniteDifferencesAndStepsAreNotPeaks() {
        LineShape[] steps = {new ArctanStep(), new ErfStep()};
        for (LineShape s : steps) {
            assertFalse(s.isPeak());
            for (double x = -6; x <= 6; x += 0.29) {
                ShapeChecks.assertGradient(s, x, new double[] {0.5, 1.3, -12}, new double[] {1.3, 1.3, 12}, 1e-6);
            }
        }
    }
}
