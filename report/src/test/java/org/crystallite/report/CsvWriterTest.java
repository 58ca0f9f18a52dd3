package org.crystallite.report;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvWriterTest {

    @TempDir
    Path folder;

    private static List<CSVRecord> readBack(Path file) throws IOException {
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8);
                CSVParser parser = CSVFormat.RFC4180.parse(in)) {
            return parser.getRecords();
        }
    }

    @Test
    void headerCarriesUnitsInParentheses() throws IOException {
        Table table = Table.builder().column("twoTheta", "°").column("intensity", "counts").column("phase")
                .row(28.44, 1520.0, "Si").build();
        Path file = folder.resolve("peaks.csv");

        CsvWriter.write(table, file);

        List<CSVRecord> records = readBack(file);
        assertEquals(List.of("twoTheta (°)", "intensity (counts)", "phase"), records.get(0).toList());
        assertEquals(2, records.size());
        byte[] bytes = Files.readAllBytes(file);
        byte[] degreeSignUtf8 = {(byte) 0xC2, (byte) 0xB0};
        assertTrue(indexOf(bytes, degreeSignUtf8) > 0, "degree sign must be UTF-8 encoded");
        assertTrue(bytes[0] == 't', "no byte-order mark before the header");
    }

    @Test
    void numbersRoundTripExactly() throws IOException {
        Random random = new Random(20261122L);
        double[] x = new double[500];
        double[] y = new double[500];
        for (int i = 0; i < x.length; i++) {
            x[i] = 10 + 80 * random.nextDouble();
            y[i] = Math.exp(40 * random.nextGaussian());
        }
        double[] awkward = {0.1 + 0.2, Math.PI, -0.0, Double.MIN_VALUE, Double.MAX_VALUE, 1e-300, 123456789.123456789,
            Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY};
        System.arraycopy(awkward, 0, x, 0, awkward.length);
        Table table = Table.builder().column("x", "Å").column("y", "").rowsFromColumns(x, y).build();
        Path file = folder.resolve("values.csv");

        CsvWriter.write(table, file);

        List<CSVRecord> records = readBack(file);
        assertEquals(x.length + 1, records.size());
        double[] xBack = new double[x.length];
        double[] yBack = new double[y.length];
        for (int i = 0; i < x.length; i++) {
            xBack[i] = Double.parseDouble(records.get(i + 1).get(0));
            yBack[i] = Double.parseDouble(records.get(i + 1).get(1));
        }
        // assertArrayEquals on double[] compares bit patterns (Double.equals): -0.0 and NaN included
        assertArrayEquals(x, xBack);
        assertArrayEquals(y, yBack);
    }

    @Test
    void textIsQuotedAndMissingCellsAreEmpty() throws IOException {
        Table table = Table.builder().column("name").column("count").column("note")
                .row("Fe 2p3/2, \"sat\"", 42L, null)
                .row("line\nbreak", 7, "ok").build();
        Path file = folder.resolve("text.csv");

        CsvWriter.write(table, file);

        List<CSVRecord> records = readBack(file);
        assertEquals(List.of("Fe 2p3/2, \"sat\"", "42", ""), records.get(1).toList());
        assertEquals(List.of("line\nbreak", "7", "ok"), records.get(2).toList());
    }

    @Test
    void rowOfWrongWidthIsRejected() {
        Table.Builder builder = Table.builder().column("a").column("b");
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class, () -> builder.row(1.0));
        assertTrue(error.getMessage().contains("1 cells"), error.getMessage());
        assertThrows(IllegalArgumentException.class, () -> builder.row(1.0, new Object()));
        assertThrows(IllegalArgumentException.class, () -> Table.builder().column("a").column("a"));
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            boolean match = true;
            for (int j = 0; j < needle.length && match; j++) {
                match = haystack[i + j] == needle[j];
            }
            if (match) {
                return i;
            }
        }
        return -1;
    }
}
