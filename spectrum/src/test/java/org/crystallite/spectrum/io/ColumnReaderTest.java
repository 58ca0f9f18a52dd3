package org.crystallite.spectrum.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Random;
import java.util.zip.GZIPOutputStream;

import org.crystallite.spectrum.AxisQuantity;
import org.crystallite.spectrum.MetadataKeys;
import org.crystallite.spectrum.Spectrum;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ColumnReaderTest {

    @TempDir
    Path dir;

    private Path write(String name, String content) throws IOException {
        Path p = dir.resolve(name);
        Files.writeString(p, content, StandardCharsets.UTF_8);
        return p;
    }

    private Map<String, Object> readStep(Spectrum s) {
        assertEquals("read", s.provenance().get(0).operation());
        return s.provenance().get(0).parameters();
    }

    @Test
    void readsWhitespaceXyeWithCommentHeaderAndColumnNames() throws IOException {
        Path p = write("a.xye", "# sample: LaB6\n# 2theta counts esd\n\n10.0 100 10\n10.5  121\t11\n11.0 144 12 # last\n");
        Spectrum s = ColumnReader.read(p, ColumnReader.Options.defaults()
                .withQuantities(AxisQuantity.TWO_THETA, AxisQuantity.INTENSITY));
        assertArrayEquals(new double[] {10, 10.5, 11}, s.x(), 0);
        assertArrayEquals(new double[] {100, 121, 144}, s.y(), 0);
        assertArrayEquals(new double[] {10, 11, 12}, s.sigma().orElseThrow(), 0);
        assertEquals(AxisQuantity.TWO_THETA, s.xQuantity());
        assertEquals("a.xye", s.source().orElseThrow());
        assertEquals("2theta", s.metadata(ColumnReader.X_NAME_KEY).orElseThrow());
        assertEquals("esd", s.metadata(ColumnReader.SIGMA_NAME_KEY).orElseThrow());
        assertTrue(s.metadata(ColumnReader.HEADER_KEY).orElseThrow().contains("sample: LaB6"));
        assertEquals("whitespace", readStep(s).get("separator"));
    }

    @Test
    void readsCsvWithAPlainTextHeader() throws IOException {
        Path p = write("b.csv", "Angle,Counts\r\n20.5,3\r\n21.5,4\r\n");
        Spectrum s = ColumnReader.read(p);
        assertArrayEquals(new double[] {20.5, 21.5}, s.x(), 0);
        assertArrayEquals(new double[] {3, 4}, s.y(), 0);
        assertFalse(s.hasSigma());
        assertEquals("Counts", s.metadata(ColumnReader.Y_NAME_KEY).orElseThrow());
        assertEquals("comma", readStep(s).get("separator"));
        assertEquals(false, readStep(s).get("decimalComma"));
        assertEquals(AxisQuantity.ARBITRARY, s.xQuantity());
        assertEquals(AxisQuantity.INTENSITY, s.yQuantity());
    }

    @Test
    void detectsDecimalCommaWithSemicolonTabAndSpaceSeparators() throws IOException {
        for (String sep : new String[] {";", "\t", " "}) {
            Path p = write("c.txt", "x" + sep + "y\n24,71" + sep + "1234\n24,75" + sep + "1250,5\n");
            Spectrum s = ColumnReader.read(p);
            assertArrayEquals(new double[] {24.71, 24.75}, s.x(), 0, "separator '" + sep + "'");
            assertArrayEquals(new double[] {1234, 1250.5}, s.y(), 0);
            assertEquals(true, readStep(s).get("decimalComma"));
        }
    }

    @Test
    void reversesDescendingXAndSaysSo() throws IOException {
        Path p = write("be.txt", "BE;Counts;sd\n290,0;10;1\n289,5;20;2\n289,0;30;3\n");
        Spectrum s = ColumnReader.read(p);
        assertArrayEquals(new double[] {289, 289.5, 290}, s.x(), 0);
        assertArrayEquals(new double[] {30, 20, 10}, s.y(), 0);
        assertArrayEquals(new double[] {3, 2, 1}, s.sigma().orElseThrow(), 0);
        assertEquals(true, readStep(s).get("reversed"));
    }

    @Test
    void readsGzipAndLargeSeededFilesExactly() throws IOException {
        Random random = new Random(42);
        int n = 50_000;
        double[] x = new double[n];
        double[] y = new double[n];
        Path p = dir.resolve("big.xy.gz");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(p));
             Writer w = new java.io.OutputStreamWriter(out, StandardCharsets.UTF_8)) {
            w.write("! generated\n");
            for (int i = 0; i < n; i++) {
                x[i] = 5 + i * 1e-3 + random.nextDouble() * 1e-4;
                y[i] = random.nextGaussian() * 1e3;
                w.write(x[i] + "\t" + y[i] + "\n");
            }
        }
        Spectrum s = ColumnReader.read(p);
        assertEquals(n, s.size());
        assertArrayEquals(x, s.x(), 0);
        assertArrayEquals(y, s.y(), 0);
        assertEquals(true, readStep(s).get("gzip"));
    }

    @Test
    void choosesColumnsOnRequest() throws IOException {
        Path p = write("multi.dat", "1 10 20 0.5\n2 11 21 0.6\n3 12 22 0.7\n");
        Spectrum s = ColumnReader.read(p, ColumnReader.Options.defaults().withColumns(1, 3, 4));
        assertArrayEquals(new double[] {20, 21, 22}, s.y(), 0);
        assertArrayEquals(new double[] {0.5, 0.6, 0.7}, s.sigma().orElseThrow(), 0);
        Spectrum noSigma = ColumnReader.read(p, ColumnReader.Options.defaults().withColumns(1, 2, ColumnReader.SIGMA_NONE));
        assertFalse(noSigma.hasSigma());
        Spectrum autoSigma = ColumnReader.read(p);
        assertArrayEquals(new double[] {20, 21, 22}, autoSigma.sigma().orElseThrow(), 0);
        Spectrum otherY = ColumnReader.read(p, ColumnReader.Options.defaults().withColumns(1, 4, ColumnReader.SIGMA_AUTO));
        assertFalse(otherY.hasSigma());
    }

    @Test
    void keepsOrDropsZeroSigmaRowsAsAsked() throws IOException {
        Path p = write("z.xye", "1 5 2\n2 0 0\n3 4 2\n");
        Spectrum kept = ColumnReader.read(p);
        assertEquals(3, kept.size());
        assertEquals(0, kept.sigma().orElseThrow()[1], 0);
        assertEquals(1, readStep(kept).get("zeroSigmaRows"));
        Spectrum dropped = ColumnReader.read(p, ColumnReader.Options.defaults().withZeroSigma(ColumnReader.ZeroSigma.DROP_POINT));
        assertArrayEquals(new double[] {1, 3}, dropped.x(), 0);
        assertEquals("dropped", readStep(dropped).get("zeroSigma"));
    }

    @Test
    void unsortedIsAnErrorUnlessAllowed() throws IOException {
        Path p = write("u.xy", "1 1\n2 2\n1.5 3\n4 4\n");
        DataFormatException e = assertThrows(DataFormatException.class, () -> ColumnReader.read(p));
        assertTrue(e.getMessage().startsWith("u.xy, line 3:") && e.getMessage().contains("1.5"), e.getMessage());
        Spectrum s = ColumnReader.read(p, ColumnReader.Options.defaults().withAllowUnsorted(true));
        assertArrayEquals(new double[] {1, 2, 1.5, 4}, s.x(), 0);
        assertEquals(true, readStep(s).get("unsorted"));
        Path dup = write("d.xy", "1 1\n1 2\n2 3\n");
        assertMessage(dup, "d.xy, line 2:", "strictly monotonic");
    }

    @Test
    void badInputGivesTheFileTheLineAndWhatWasExpected() throws IOException {
        assertMessage(write("empty.xy", ""), "empty.xy: empty file", "expected");
        assertMessage(write("blank.xy", "\n  \n"), "blank.xy: empty file", "expected");
        assertMessage(write("text.xy", "# only a header\nangle counts\n"), "text.xy: no numeric rows", "column 1");
        assertMessage(write("mid.xy", "1 2\n2 3\n3 abc\n4 5\n"), "mid.xy, line 3:", "expected a number in column 2 (y), found 'abc'");
        assertMessage(write("nan.xy", "1 2\n2 NaN\n3 5\n"), "nan.xy, line 2:", "finite number");
        assertMessage(write("inf.xy", "1 2\n2 3\n-Infinity 5\n"), "inf.xy, line 3:", "finite number in column 1");
        assertMessage(write("huge.xy", "1 2\n2 1e999\n"), "huge.xy, line 2:", "overflows");
        assertMessage(write("one.xy", "# h\n1 2\n"), "one.xy, line 2:", "at least 2 points");
        assertMessage(write("cols.xy", "1 2 3\n2 3 4\n3 4\n"), "cols.xy, line 3:", "expected 3 columns (as on line 1), found 2");
        assertMessage(write("neg.xye", "1 2 1\n2 3 -1\n"), "neg.xye, line 2:", "sigma >= 0");
        assertMessage(write("sig.xy", "1 2\n2 3\n"), "sig.xy, line 1:", "sigma column 3",
                ColumnReader.Options.defaults().withColumns(1, 2, 3));
        Path gz = dir.resolve("broken.xy.gz");
        Files.write(gz, new byte[] {0x1f, (byte) 0x8b, 8, 0, 1, 2, 3});
        IOException e = assertThrows(IOException.class, () -> ColumnReader.read(gz));
        assertTrue(e.getMessage().contains("broken.xy.gz"), e.getMessage());
        assertThrows(IOException.class, () -> ColumnReader.read(dir.resolve("missing.xy")));
    }

    private static void assertMessage(Path p, String start, String fragment) {
        assertMessage(p, start, fragment, ColumnReader.Options.defaults());
    }

    private static void assertMessage(Path p, String start, String fragment, ColumnReader.Options options) {
        DataFormatException e = assertThrows(DataFormatException.class, () -> ColumnReader.read(p, options));
        assertTrue(e.getMessage().startsWith(start) && e.getMessage().contains(fragment), e.getMessage());
    }

    @Test
    void sourceMetadataIsTheFileName() throws IOException {
        Spectrum s = ColumnReader.read(write("named.dat", "1 2\n2 3\n"));
        assertEquals("named.dat", s.metadata(MetadataKeys.SOURCE).orElseThrow());
    }
}
