package org.crystallite.spectrum;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SpectrumSigmaTest {

    @Test
    void sigmaAtAnIndexIsTheColumnValue() {
        Spectrum s = Spectrum.of(new double[] {1, 2, 3}, new double[] {10, 20, 30}, new double[] {0.5, 0.25, 0.125},
                AxisQuantity.TWO_THETA, AxisQuantity.INTENSITY);
        assertEquals(0.25, s.sigma(1));
        assertEquals(0.125, s.sigma(2));
    }

    @Test
    void sigmaAtAnIndexWithoutASigmaColumnSaysSo() {
        Spectrum s = Spectrum.of(new double[] {1, 2}, new double[] {10, 20}, AxisQuantity.TWO_THETA,
                AxisQuantity.INTENSITY).withMetadata(MetadataKeys.SOURCE, "scan.xy");
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> s.sigma(0));
        assertTrue(e.getMessage().contains("no sigma") && e.getMessage().contains("scan.xy"), e.getMessage());
    }
}
