package org.crystallite.report;

import java.io.IOException;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes a {@link Table} as CSV (RFC 4180 quoting, comma separator, {@code \n} line ends, UTF-8
 * without byte-order mark).
 *
 * <p>The first row is the header, one label per column: {@code name (unit)}, or {@code name} when
 * the unit is empty. Floating-point numbers are written with {@link Double#toString(double)}
 * ({@link Float#toString(float)} for floats), the shortest decimal text that parses back to exactly
 * the same value, so nothing is lost in a round trip; very large or small magnitudes use the
 * {@code 1.0E-5} form, which spreadsheets, numpy and pandas read. Non-finite values are written
 * {@code NaN}, {@code Infinity}, {@code -Infinity}; a {@code null} cell is an empty field.
 */
public final class CsvWriter {

    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setRecordSeparator("\n").get();

    private CsvWriter() {
    }

    /** Writes {@code table} to {@code file} atomically (see {@link OutputFiles#writeAtomically}). */
    public static void write(Table table, Path file) throws IOException {
        OutputFiles.writeAtomically(file, temporary -> {
            try (Writer out = Files.newBufferedWriter(temporary, StandardCharsets.UTF_8)) {
                write(table, out);
            }
        });
    }

    /** Writes {@code table} to {@code out} (not closed), e.g. standard output. */
    public static void write(Table table, Appendable out) throws IOException {
        CSVPrinter printer = new CSVPrinter(out, FORMAT);
        List<String> header = new ArrayList<>(table.columnCount());
        for (Table.Column column : table.columns()) {
            header.add(column.label());
        }
        printer.printRecord(header);
        List<String> fields = new ArrayList<>(table.columnCount());
        for (int r = 0; r < table.rowCount(); r++) {
            fields.clear();
            for (int c = 0; c < table.columnCount(); c++) {
                fields.add(format(table.cell(r, c)));
            }
            printer.printRecord(fields);
        }
        printer.flush();
    }

    /** The CSV text of {@code table}. */
    public static String toString(Table table) {
        StringWriter out = new StringWriter();
        try {
            write(table, out);
        } catch (IOException impossible) {
            throw new IllegalStateException("Writing to memory failed", impossible);
        }
        return out.toString();
    }

    static String format(Object cell) {
        if (cell == null) {
            return "";
        }
        if (cell instanceof Double d) {
            return Double.toString(d);
        }
        if (cell instanceof Float f) {
            return Float.toString(f);
        }
        return cell.toString();
    }
}
