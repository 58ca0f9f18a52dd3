package org.crystallite.spectrum.ops;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;

import org.crystallite.spectrum.AxisQuantity;
import org.crystallite.spectrum.Spectrum;
import org.junit.jupiter.api.Test;

class NormaliseDecimateTest {

    private static Spectrum gaussian(double height, double offset) {
        int n = 401;
        double[] x = new double[n];
        double[] y = new double[n];
        double[] s = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = -10 + i * 0.05;
            y[i] = offset + height * Math.exp(-x[i] * x[i] / 2);
            s[i] = 0.1 * height;
        }
        return Spectrum.of(x, y, s, AxisQuantity.BINDING_ENERGY, AxisQuantity.INTENSITY);
    }

    @Test
    void normalisesToMaxAreaMinMaxAndValue() {
        Spectrum g = gaussian(50, 0);
        Spectrum max = Normalise.toMax(g);
        assertEquals(1, max.y(200), 1e-12);
        assertEquals(0.1, max.sigma().orElseThrow()[0], 1e-12);
        Spectrum area = Normalise.toArea(g);
        // ∫ 50 exp(-x²/2) = 50 √(2π); the normalised peak height is then 1/√(2π).
        assertEquals(1 / Math.sqrt(2 * Math.PI), area.y(200), 1e-6);
        assertEquals(50 * Math.sqrt(2 * Math.PI), (double) area.provenance().get(0).parameters().get("divisor"), 1e-4);
        Spectrum mm = Normalise.minMax(gaussian(50, 20));
        double lo = Double.MAX_VALUE;
        double hi = -Double.MAX_VALUE;
        for (double v : mm.y()) {
            lo = Math.min(lo, v);
            hi = Math.max(hi, v);
        }
        assertEquals(0, lo, 1e-12);
        assertEquals(1, hi, 1e-12);
        assertEquals(AxisQuantity.ARBITRARY, mm.yQuantity());
        assertEquals(2.5, Normalise.byValue(g, 20).y(200), 1e-12);
        assertThrows(IllegalArgumentException.class, () -> Normalise.byValue(g, 0));
        assertThrows(IllegalArgumentException.class, () -> Normalise.toMax(gaussian(-1, 0)));
        assertThrows(IllegalArgumentException.class, () -> Normalise.minMax(gaussian(0, 3)));
    }

    @Test
    void minMaxDecimationKeepsEveryColumnsExtremesInXOrder() {
        int n = 100_000;
        Random random = new Random(5);
        double[] x = new double[n];
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = 5 + i * 0.001;
            y[i] = 100 + 10 * random.nextGaussian() + (i == 73_123 ? 5000 : 0) - (i == 12_345 ? 500 : 0);
        }
        int columns = 400;
        Spectrum d = Decimate.minMax(Spectrum.of(x, y, AxisQuantity.TWO_THETA, AxisQuantity.INTENSITY), columns);
        assertTrue(d.size() <= 2 * columns && d.size() > columns, "size " + d.size());
        assertTrue(d.isStrictlyIncreasing());
        double width = (x[n - 1] - x[0]) / columns;
        for (int c = 0; c < columns; c++) {
            double lo = x[0] + c * width;
            double hi = c == columns - 1 ? Double.MAX_VALUE : lo + width;
            double min = Double.MAX_VALUE;
            double max = -Double.MAX_VALUE;
            for (int i = 0; i < n; i++) {
                if (x[i] >= lo && x[i] < hi) {
                    min = Math.min(min, y[i]);
                    max = Math.max(max, y[i]);
                }
            }
            double dMin = Double.MAX_VALUE;
            double dMax = -Double.MAX_VALUE;
            for (int k = 0; k < d.size(); k++) {
                if (d.x(k) >= lo && d.x(k) < hi) {
                    dMin = Math.min(dMin, d.y(k));
                    dMax = Math.max(dMax, d.y(k));
                }
            }
            assertEquals(min, dMin, 0, "column " + c);
            assertEquals(max, dMax, 0, "column " + c);
        }
        assertEquals(n, d.provenance().get(0).parameters().get("pointsIn"));
    }
}
