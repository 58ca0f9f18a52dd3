package org.crystallite.spectrum.ops;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.crystallite.spectrum.AxisQuantity;
import org.crystallite.spectrum.Spectrum;
import org.crystallite.spectrum.background.EndpointLinearBackground;
import org.junit.jupiter.api.Test;

class BackgroundSubtractionTest {

    @Test
    void subtractsTheComputedBackgroundAndRecordsIt() {
        int n = 101;
        double[] x = new double[n];
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = i;
            double peak = 500 * Math.exp(-0.5 * Math.pow((i - 50) / 3.0, 2));
            y[i] = 100 + 2 * i + peak;
        }
        Spectrum s = Spectrum.of(x, y, AxisQuantity.BINDING_ENERGY, AxisQuantity.INTENSITY);
        EndpointLinearBackground line = new EndpointLinearBackground(1);
        Spectrum net = BackgroundSubtraction.subtract(s, line);
        assertEquals(0, net.y(0), 1e-9);
        assertEquals(0, net.y(n - 1), 1e-9);
        assertEquals(500, net.y(50), 1e-6);
        assertEquals(line.asStep(), net.provenance().get(net.provenance().size() - 1));
        Spectrum bg = BackgroundSubtraction.backgroundOf(s, line);
        double[] sum = new double[n];
        for (int i = 0; i < n; i++) {
            sum[i] = net.y(i) + bg.y(i);
        }
        assertArrayEquals(y, sum, 1e-9);
    }
}
