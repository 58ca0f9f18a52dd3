package org.crystallite.spectrum.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;

import org.crystallite.spectrum.AxisQuantity;
import org.crystallite.spectrum.Spectrum;
import org.crystallite.spectrum.testing.ValidationData;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("validation")
class ColumnReaderValidationTest {

    private static final ColumnReader.Options TWO_THETA = ColumnReader.Options.defaults()
            .withQuantities(AxisQuantity.TWO_THETA, AxisQuantity.INTENSITY);

    @Test
    void nacl01HasItsDocumented840Points() throws IOException {
        Spectrum s = ColumnReader.read(ValidationData.file("xrd", "nacl01.dat"), TWO_THETA);
        assertEquals(840, s.size());
        assertEquals(19.9143, s.x(0), 0);
        assertEquals(52.3751, s.x(839), 0);
        assertEquals(31, s.y(0), 0);
        assertEquals(104, s.y(839), 0);
        assertTrue(s.isStrictlyIncreasing());
        assertEquals("nacl01.dat", s.source().orElseThrow());
        assertEquals(false, s.hasSigma());
    }

    @Test
    void lab6XyeHasThreeColumnsAndKeepsItsZeroCountTail() throws IOException {
        Spectrum s = ColumnReader.read(ValidationData.file("xrd", "LaB6_d500_si_psd.xye"), TWO_THETA);
        assertEquals(17381, s.size());
        assertEquals(4.57208, s.x(0), 0);
        assertEquals(150.57830, s.x(17380), 0);
        double[] sigma = s.sigma().orElseThrow();
        assertEquals(548.58900, sigma[0], 0);
        assertEquals(41.96380, sigma[999], 0);
        // Rows 17370-17381 of the file hold 6 rows of zero counts with zero esd; they are kept.
        assertEquals(6, s.provenance().get(0).parameters().get("zeroSigmaRows"));
        assertEquals(0, sigma[17380], 0);
        Spectrum dropped = ColumnReader.read(ValidationData.file("xrd", "LaB6_d500_si_psd.xye"),
                TWO_THETA.withZeroSigma(ColumnReader.ZeroSigma.DROP_POINT));
        assertEquals(17375, dropped.size());
    }

    @Test
    void sicZnHas4001PointsFrom20To100() throws IOException {
        Spectrum s = ColumnReader.read(ValidationData.file("xrd", "SiC_Zn.dat"), TWO_THETA);
        assertEquals(4001, s.size());
        assertEquals(20.0, s.x(0), 0);
        assertEquals(100.0, s.x(4000), 0);
        assertEquals(39.98, s.x(999), 0);
        assertEquals(55, s.y(999), 0);
        assertEquals(49, s.y(0), 0);
    }
}
