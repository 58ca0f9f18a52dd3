package org.crystallite.spectrum.ops;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.crystallite.spectrum.AxisQuantity;
import org.crystallite.spectrum.Spectrum;
import org.junit.jupiter.api.Test;

class ResampleTest {

    private static final Spectrum LINE = Spectrum.of(new double[] {1, 2, 4, 5}, new double[] {3, 5, 9, 11},
            new double[] {1, 2, 2, 4}, AxisQuantity.TWO_THETA, AxisQuantity.INTENSITY);

    @Test
    void linearInterpolationIsExactOnALineAndPropagatesSigma() {
        Spectrum r = Resample.linear(LINE, new double[] {1, 1.5, 3, 5});
        assertEquals(4, r.size());
        assertEquals(3, r.y(0), 1e-12);
        assertEquals(4, r.y(1), 1e-12);
        assertEquals(7, r.y(2), 1e-12);
        assertEquals(11, r.y(3), 1e-12);
        double[] s = r.sigma().orElseThrow();
        assertEquals(1, s[0], 1e-12);
        assertEquals(Math.sqrt(0.25 * 1 + 0.25 * 4), s[1], 1e-12);
        assertEquals(Math.sqrt(0.25 * 4 + 0.25 * 4), s[2], 1e-12);
        assertEquals("resample-linear", r.provenance().get(0).operation());
    }

    @Test
    void refusesExtrapolationWithAClearMessage() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Resample.linear(LINE, new double[] {2, 5.5}));
        assertTrue(e.getMessage().contains("extrapolation refused") && e.getMessage().contains("5.5"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Resample.linear(LINE, new double[] {Double.NaN}));
    }

    @Test
    void refusesUnsortedSources() {
        Spectrum unsorted = Spectrum.of(new double[] {1, 3, 2}, new double[3], AxisQuantity.CHANNEL, AxisQuantity.INTENSITY);
        assertThrows(IllegalArgumentException.class, () -> Resample.linear(unsorted, new double[] {2}));
    }

    @Test
    void uniformGridStartsAtTheFirstPointAndStaysInside() {
        Spectrum r = Resample.uniform(LINE, 0.5);
        assertEquals(9, r.size());
        assertEquals(1, r.x(0), 0);
        assertEquals(5, r.x(8), 1e-12);
        assertEquals(0.5, UniformGrid.step(r), 1e-12);
        assertEquals(2 * 3.5 + 1, r.y(5), 1e-12);
        assertEquals("resample-uniform", r.provenance().get(0).operation());
        Spectrum r3 = Resample.uniform(LINE, 0.3);
        assertEquals(14, r3.size());
        assertTrue(r3.x(13) <= 5);
    }

    @Test
    void cubicSplineFollowsASmoothCurveAndDropsSigma() {
        int n = 60;
        double[] x = new double[n];
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = i * 0.1;
            y[i] = Math.sin(x[i]);
        }
        Spectrum s = Spectrum.of(x, y, new double[n], AxisQuantity.CHANNEL, AxisQuantity.INTENSITY);
        Spectrum r = Resample.cubicSpline(s, new double[] {1.05, 2.537, 4.01});
        assertEquals(Math.sin(1.05), r.y(0), 1e-5);
        assertEquals(Math.sin(2.537), r.y(1), 1e-5);
        assertEquals(Math.sin(4.01), r.y(2), 1e-5);
        assertFalse(r.hasSigma());
        // Linear interpolation at the same point is visibly worse: the spline is doing its job.
        Spectrum lin = Resample.linear(s, new double[] {1.05});
        assertTrue(Math.abs(lin.y(0) - Math.sin(1.05)) > 1e-4);
    }
}
