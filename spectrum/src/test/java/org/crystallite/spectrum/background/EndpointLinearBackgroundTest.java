package org.crystallite.spectrum.background;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class EndpointLinearBackgroundTest {

    @Test
    void lineThroughTheAveragedEnds() {
        double[] x = {0, 1, 2, 3, 4, 5, 6};
        double[] y = {9, 11, 10, 50, 31, 29, 30};
        // Ends: mean(9, 11, 10) = 10 at x = 0 and mean(31, 29, 30) = 30 at x = 6.
        double[] expected = {10, 10 + 20.0 / 6, 10 + 40.0 / 6, 20, 10 + 80.0 / 6, 10 + 100.0 / 6, 30};
        assertArrayEquals(expected, new EndpointLinearBackground(3).compute(x, y), 1e-12);
    }

    @Test
    void singlePointEnds() {
        double[] x = {1, 3};
        double[] y = {2, 6};
        assertArrayEquals(new double[] {2, 6}, new EndpointLinearBackground(1).compute(x, y), 0);
    }

    @Test
    void rejectsMoreAveragePointsThanData() {
        assertThrows(IllegalArgumentException.class,
                () -> new EndpointLinearBackground(4).compute(new double[] {0, 1, 2}, new double[] {0, 1, 2}));
        assertThrows(IllegalArgumentException.class, () -> new EndpointLinearBackground(0));
    }
}
