package org.crystallite.bench;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.crystallite.spectrum.Spectrum;
import org.crystallite.spectrum.io.DataFormatException;
import org.crystallite.spectrum.testing.ValidationData;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BenchDataTest {

    @TempDir
    Path dir;

    @Test
    void readsThreeColumnsSkippingCommentsAndBlankLines() throws IOException {
        Path f = Files.writeString(dir.resolve("a.xye"), "# header\n\n1.0 10 3.1\n1.5\t20\t4.4  \n! note\n2.0 0 0\n");
        Spectrum s = BenchData.readTwoTheta(f);
        assertArrayEquals(new double[] {1.0, 1.5, 2.0}, s.x());
        assertArrayEquals(new double[] {10, 20, 0}, s.y());
        assertArrayEquals(new double[] {3.1, 4.4, 0}, s.sigma().orElseThrow());
        assertEquals(f.toString(), s.source().orElseThrow());
    }

    @Test
    void twoColumnsGiveNoSigma() throws IOException {
        Path f = Files.writeString(dir.resolve("b.dat"), "19.9143\t31   \n19.953\t25   \n");
        Spectrum s = BenchData.readTwoTheta(f);
        assertEquals(2, s.size());
        assertFalse(s.hasSigma());
    }

    @Test
    void badNumberNamesFileLineAndColumn() throws IOException {
        Path f = Files.writeString(dir.resolve("c.xy"), "1 2\n2 abc\n");
        DataFormatException e = assertThrows(DataFormatException.class, () -> BenchData.readTwoTheta(f));
        assertEquals("c.xy, line 2: expected a number in column 2, found 'abc'", e.getMessage());
    }

    @Test
    void changingColumnCountAndDecreasingXAreRefused() throws IOException {
        Path mixed = Files.writeString(dir.resolve("d.xy"), "1 2 3\n2 3\n");
        assertTrue(assertThrows(DataFormatException.class, () -> BenchData.readTwoTheta(mixed)).getMessage()
                .startsWith("d.xy, line 2: expected 3 columns"));
        Path back = Files.writeString(dir.resolve("e.xy"), "1 2\n0.5 3\n");
        assertTrue(assertThrows(DataFormatException.class, () -> BenchData.readTwoTheta(back)).getMessage()
                .startsWith("e.xy, line 2: x must increase strictly"));
    }

    @Test
    void tooFewPointsIsAnError() throws IOException {
        Path f = Files.writeString(dir.resolve("f.xy"), "# only a header\n1 2\n");
        assertThrows(DataFormatException.class, () -> BenchData.readTwoTheta(f));
    }

    @Test
    @Tag("validation")
    void readsTheLab6PatternOfTheBenchmark() throws IOException {
        Spectrum s = BenchData.readTwoTheta(ValidationData.file("xrd", "LaB6_d500_si_psd.xye"));
        // SOURCES.md: 17 381 points, 4.57-150.58 deg
        assertEquals(17_381, s.size());
        assertEquals(4.57208, s.x(0), 1e-12);
        long inRange = java.util.Arrays.stream(s.x()).filter(x -> x >= 20 && x <= 77.5).count();
        assertEquals(6845, inRange);
    }
}
