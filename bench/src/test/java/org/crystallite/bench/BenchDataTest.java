package org.crystallite.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import org.crystallite.spectrum.AxisQuantity;
import org.crystallite.spectrum.Spectrum;
import org.crystallite.spectrum.testing.ValidationData;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

class BenchDataTest {

    @Test
    void missingFileSaysWhereItLookedAndHowToFixIt() {
        NoSuchFileException e = assertThrows(NoSuchFileException.class,
                () -> BenchData.validationFile("xrd", "no-such-pattern.xye"));
        assertTrue(e.getFile().endsWith("no-such-pattern.xye"), e.getFile());
        assertTrue(e.getReason().contains("crystallite.validation"), e.getReason());
    }

    @Test
    @Tag("validation")
    void theLab6BenchmarkRangeHoldsThePointsFitykFits() throws IOException {
        Path file = ValidationData.file("xrd", "LaB6_d500_si_psd.xye");
        Spectrum s = BenchData.readTwoTheta(file);
        assertEquals(AxisQuantity.TWO_THETA, s.xQuantity());
        // SOURCES.md: 17 381 points; fityk counts 6845 active points in 20-77.5 deg
        assertEquals(17_381, s.size());
        assertEquals(6845, Arrays.stream(s.x()).filter(x -> x >= 20 && x <= 77.5).count());
    }
}
