package org.crystallite.spectrum.ops;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.crystallite.spectrum.AxisQuantity;
import org.crystallite.spectrum.Spectrum;
import org.junit.jupiter.api.Test;

class SortingCropTest {

    @Test
    void sortsAndAveragesDuplicatesWithTheSigmaOfTheMean() {
        Spectrum s = Spectrum.of(new double[] {3, 1, 2, 1, 3, 1}, new double[] {30, 10, 20, 14, 34, 12},
                new double[] {3, 1, 2, 2, 4, 2}, AxisQuantity.CHANNEL, AxisQuantity.INTENSITY);
        Spectrum m = Sorting.sortAndMergeDuplicates(s);
        assertArrayEquals(new double[] {1, 2, 3}, m.x(), 0);
        assertArrayEquals(new double[] {12, 20, 32}, m.y(), 1e-12);
        double[] sigma = m.sigma().orElseThrow();
        assertEquals(Math.sqrt(1 + 4 + 4) / 3, sigma[0], 1e-12);
        assertEquals(2, sigma[1], 1e-12);
        assertEquals(Math.sqrt(9 + 16) / 2, sigma[2], 1e-12);
        assertEquals(3, m.provenance().get(0).parameters().get("pointsMerged"));
        assertEquals(false, m.provenance().get(0).parameters().get("wasSorted"));
    }

    @Test
    void cropKeepsTheClosedIntervalAndRecordsIt() {
        Spectrum s = Spectrum.of(new double[] {1, 2, 3, 4, 5}, new double[] {1, 4, 9, 16, 25},
                new double[] {1, 2, 3, 4, 5}, AxisQuantity.TWO_THETA, AxisQuantity.INTENSITY);
        Spectrum c = Crop.range(s, 2, 4);
        assertArrayEquals(new double[] {2, 3, 4}, c.x(), 0);
        assertArrayEquals(new double[] {4, 9, 16}, c.y(), 0);
        assertArrayEquals(new double[] {2, 3, 4}, c.sigma().orElseThrow(), 0);
        assertEquals("crop", c.provenance().get(0).operation());
        assertEquals(2, c.provenance().get(0).parameters().get("pointsRemoved"));
        assertThrows(IllegalArgumentException.class, () -> Crop.range(s, 4, 2));
        assertThrows(IllegalArgumentException.class, () -> Crop.range(s, 6, 7));
        assertThrows(IllegalArgumentException.class, () -> Crop.range(s, Double.NaN, 7));
    }
}
