package org.crystallite.spectrum.io;

import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;

import org.crystallite.spectrum.AxisQuantity;
import org.crystallite.spectrum.MetadataKeys;
import org.crystallite.spectrum.ProcessingStep;
import org.crystallite.spectrum.Spectrum;

/**
 * Reads column text (.xy, .xye, .csv, .tsv, .dat, .txt, optionally gzip-compressed) into a
 * {@link Spectrum}. The file is streamed line by line into primitive arrays.
 *
 * <p><b>Header.</b> Blank lines are skipped. Lines starting with {@code # ; ! %} are comments;
 * before the first data row they, and any other line whose chosen columns are not numbers, form
 * the header, kept as metadata {@link #HEADER_KEY}. If the last header line splits into as many
 * fields as the data rows have columns, its fields name the columns ({@link #X_NAME_KEY} …).
 * After the first data row, comment lines are still skipped, text after {@code #} on a data row
 * is ignored, and any other non-numeric line is an error.
 *
 * <p><b>Layout.</b> The separator is detected on the first data row unless given: a tab gives
 * tab-separated fields, a semicolon semicolon-separated, a comma comma-separated unless the
 * whitespace-separated fields are all numbers with a decimal comma ("24,71 1234"), otherwise
 * whitespace. With tab, semicolon or whitespace separators a comma in the first data row means
 * a decimal comma ("24,71;1234", "24,71\t1234"). The layout found there holds for the whole file,
 * and every data row must have the same number of columns.
 *
 * <p><b>Values.</b> Numbers in the chosen columns must be finite decimals (exponent e/E, or d/D as
 * in Fortran output); NaN and Infinity are refused. Sigma must be ≥ 0. Sigma = 0 is kept by
 * default ({@link ZeroSigma#KEEP}): such rows are real points (e.g. the zero-count tail of
 * LaB6_d500_si_psd.xye) and the fitter treats σ ≤ 0 as "weight from counts";
 * {@link ZeroSigma#DROP_POINT} removes them instead. Either way the step records how many there were.
 *
 * <p><b>Order.</b> x must be strictly monotonic. A strictly decreasing file (e.g. an XPS export in
 * descending binding energy) is reversed, recorded as {@code reversed=true} in the read step.
 * Anything else (a step back, a repeated x) is an error naming the line, unless
 * {@link Options#allowUnsorted()}, which keeps the file order (then use
 * {@code Sorting.sortAndMergeDuplicates}).
 *
 * <p>Every problem is a {@link DataFormatException} naming the file, the line and what was expected.
 */
public final class ColumnReader {

    /** Metadata key of the header text (lines joined by '\n', comment markers kept). */
    public static final String HEADER_KEY = "header";
    /** Metadata keys of the column names found in the header, when there are any. */
    public static final String X_NAME_KEY = "xColumnName";
    public static final String Y_NAME_KEY = "yColumnName";
    public static final String SIGMA_NAME_KEY = "sigmaColumnName";

    /** Sigma column: column 3 when x and y are columns 1 and 2 and the file has at least 3 columns. */
    public static final int SIGMA_AUTO = -1;
    /** Sigma column: none, even if the file has one. */
    public static final int SIGMA_NONE = 0;

    private static final Pattern NUMBER = Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d+)?");
    private static final Pattern NOT_FINITE = Pattern.compile("(?i)[+-]?(nan|inf|infinity|∞)");
    private static final Pattern DECIMAL_COMMA_NUMBER = Pattern.compile("[+-]?\\d+(,\\d*)?([eEdD][+-]?\\d+)?");
    private static final Pattern SPLIT_WHITESPACE = Pattern.compile("\\s+");
    private static final Pattern SPLIT_TAB = Pattern.compile("\t");
    private static final Pattern SPLIT_COMMA = Pattern.compile(",");
    private static final Pattern SPLIT_SEMICOLON = Pattern.compile(";");

    /** Field separator; {@link #AUTO} detects it on the first data row. */
    public enum Separator { AUTO, WHITESPACE, TAB, COMMA, SEMICOLON }

    /** What to do with rows whose sigma is exactly 0. */
    public enum ZeroSigma { KEEP, DROP_POINT }

    /**
     * Reader options. Columns are numbered from 1.
     *
     * @param xColumn column of x (default 1)
     * @param yColumn column of y (default 2)
     * @param sigmaColumn column of the standard deviation of y, {@link #SIGMA_AUTO} (default) or {@link #SIGMA_NONE}
     * @param xQuantity what x holds (default {@link AxisQuantity#ARBITRARY}; readers cannot know)
     * @param yQuantity what y holds (default {@link AxisQuantity#INTENSITY})
     * @param separator field separator (default {@link Separator#AUTO})
     * @param allowUnsorted keep non-monotonic x in file order instead of refusing the file
     * @param zeroSigma policy for rows with sigma = 0 (default {@link ZeroSigma#KEEP})
     */
    public record Options(int xColumn, int yColumn, int sigmaColumn, AxisQuantity xQuantity, AxisQuantity yQuantity,
                          Separator separator, boolean allowUnsorted, ZeroSigma zeroSigma) {

        public Options {
            if (xColumn < 1 || yColumn < 1) {
                throw new IllegalArgumentException("columns are numbered from 1, got x " + xColumn + ", y " + yColumn);
            }
            if (xColumn == yColumn) {
                throw new IllegalArgumentException("x and y cannot both be column " + xColumn);
            }
            if (sigmaColumn < SIGMA_AUTO || sigmaColumn == xColumn || sigmaColumn == yColumn) {
                throw new IllegalArgumentException("sigma column must be SIGMA_AUTO, SIGMA_NONE or a column other than x and y, got "
                        + sigmaColumn);
            }
            Objects.requireNonNull(xQuantity, "xQuantity");
            Objects.requireNonNull(yQuantity, "yQuantity");
            Objects.requireNonNull(separator, "separator");
            Objects.requireNonNull(zeroSigma, "zeroSigma");
        }

        /** Columns 1, 2 and 3 if present; ARBITRARY x, INTENSITY y; auto separator; sorted x; zero sigma kept. */
        public static Options defaults() {
            return new Options(1, 2, SIGMA_AUTO, AxisQuantity.ARBITRARY, AxisQuantity.INTENSITY, Separator.AUTO, false,
                    ZeroSigma.KEEP);
        }

        public Options withColumns(int x, int y, int sigma) {
            return new Options(x, y, sigma, xQuantity, yQuantity, separator, allowUnsorted, zeroSigma);
        }

        public Options withQuantities(AxisQuantity x, AxisQuantity y) {
            return new Options(xColumn, yColumn, sigmaColumn, x, y, separator, allowUnsorted, zeroSigma);
        }

        public Options withSeparator(Separator value) {
            return new Options(xColumn, yColumn, sigmaColumn, xQuantity, yQuantity, value, allowUnsorted, zeroSigma);
        }

        public Options withAllowUnsorted(boolean value) {
            return new Options(xColumn, yColumn, sigmaColumn, xQuantity, yQuantity, separator, value, zeroSigma);
        }

        public Options withZeroSigma(ZeroSigma value) {
            return new Options(xColumn, yColumn, sigmaColumn, xQuantity, yQuantity, separator, allowUnsorted, value);
        }
    }

    private ColumnReader() {
    }

    /** {@link #read(Path, Options)} with {@link Options#defaults()}. */
    public static Spectrum read(Path file) throws IOException {
        return read(file, Options.defaults());
    }

    /** Reads one column text file (plain or gzip, detected from its first bytes). */
    public static Spectrum read(Path file, Options options) throws IOException {
        Objects.requireNonNull(options, "options");
        String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        if (!Files.isRegularFile(file)) {
            throw new NoSuchFileException(file.toString(), null, "not a readable file");
        }
        try (InputStream raw = new BufferedInputStream(Files.newInputStream(file))) {
            raw.mark(2);
            int b0 = raw.read();
            int b1 = raw.read();
            raw.reset();
            boolean gzip = b0 == 0x1f && b1 == 0x8b;
            InputStream in = gzip ? new GZIPInputStream(raw, 1 << 16) : raw;
            // InputStreamReader replaces malformed bytes (e.g. Latin-1 °) instead of failing.
            try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16)) {
                return new Parse(name, options, gzip).run(reader);
            }
        } catch (DataFormatException e) {
            throw e;
        } catch (ZipException | EOFException e) {
            // Only a gzip stream can end early or be corrupt: plain text has no framing to violate.
            throw new DataFormatException(name + ": corrupt or truncated gzip data (" + e + ")", e);
        }
    }

    /** The separator and decimal mark fixed by the first data row. */
    private record Layout(Separator separator, boolean decimalComma) {

        String[] split(String line) {
            String trimmed = line.strip();
            String[] fields = switch (separator) {
                case WHITESPACE, AUTO -> SPLIT_WHITESPACE.split(trimmed);
                case TAB -> SPLIT_TAB.split(trimmed, -1);
                case COMMA -> SPLIT_COMMA.split(trimmed, -1);
                case SEMICOLON -> SPLIT_SEMICOLON.split(trimmed, -1);
            };
            int n = fields.length;
            // A trailing separator ("1;2;") adds no column.
            while (n > 1 && fields[n - 1].isBlank()) {
                n--;
            }
            String[] out = new String[n];
            for (int i = 0; i < n; i++) {
                out[i] = fields[i].strip();
            }
            return out;
        }

        static Layout detect(String line, Separator requested) {
            String t = line.strip();
            Separator sep = requested;
            if (sep == Separator.AUTO) {
                if (t.indexOf('\t') >= 0) {
                    sep = Separator.TAB;
                } else if (t.indexOf(';') >= 0) {
                    sep = Separator.SEMICOLON;
                } else if (t.indexOf(',') >= 0) {
                    sep = allDecimalCommaNumbers(SPLIT_WHITESPACE.split(t)) ? Separator.WHITESPACE : Separator.COMMA;
                } else {
                    sep = Separator.WHITESPACE;
                }
            }
            boolean decimalComma = sep != Separator.COMMA && t.indexOf(',') >= 0;
            return new Layout(sep, decimalComma);
        }

        private static boolean allDecimalCommaNumbers(String[] fields) {
            if (fields.length < 2) {
                return false;
            }
            for (String f : fields) {
                if (!DECIMAL_COMMA_NUMBER.matcher(f).matches()) {
                    return false;
                }
            }
            return true;
        }

        String describe() {
            return separator.name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /** Growable primitive array, so large files are not boxed or held twice. */
    private static final class DoubleBuffer {
        private double[] data = new double[1024];
        private int size;

        void add(double v) {
            if (size == data.length) {
                data = Arrays.copyOf(data, data.length * 2);
            }
            data[size++] = v;
        }

        double[] toArray() {
            return Arrays.copyOf(data, size);
        }
    }

    /** One parse of one file; holds the mutable state of the scan. */
    private static final class Parse {
        private final String file;
        private final Options options;
        private final boolean gzip;
        private final List<String> header = new ArrayList<>();
        private final DoubleBuffer xs = new DoubleBuffer();
        private final DoubleBuffer ys = new DoubleBuffer();
        private final DoubleBuffer sigmas = new DoubleBuffer();
        private Layout layout;
        private int columns;
        private int firstDataLine;
        private int sigmaColumn;
        private int rows;
        private int zeroSigmaRows;
        private int direction;
        private double previousX;
        private boolean unsorted;
        private boolean haveX;
        private String lastHeaderText;

        Parse(String file, Options options, boolean gzip) {
            this.file = file;
            this.options = options;
            this.gzip = gzip;
        }

        Spectrum run(BufferedReader reader) throws IOException {
            int lineNumber = 0;
            int nonBlank = 0;
            String line;
            while ((line = reader.readLine()) != null) {
                lineNumber++;
                if (lineNumber == 1 && !line.isEmpty() && line.charAt(0) == '\uFEFF') {
                    line = line.substring(1);
                }
                String t = line.strip();
                if (t.isEmpty()) {
                    continue;
                }
                nonBlank++;
                boolean comment = isComment(t);
                if (layout == null) {
                    if (comment || !startData(t, lineNumber)) {
                        header.add(t);
                        lastHeaderText = comment ? t.substring(1).strip() : t;
                    }
                    continue;
                }
                if (comment) {
                    continue;
                }
                int hash = t.indexOf('#');
                if (hash >= 0) {
                    t = t.substring(0, hash).strip();
                    if (t.isEmpty()) {
                        continue;
                    }
                }
                addRow(layout.split(t), lineNumber);
            }
            if (nonBlank == 0) {
                throw DataFormatException.at(file, 0, "empty file: expected rows of numbers (x, y[, sigma])");
            }
            if (layout == null) {
                throw DataFormatException.at(file, 0, "no numeric rows in " + lineNumber + " lines: expected rows with numbers in column "
                        + options.xColumn() + " (x) and column " + options.yColumn() + " (y)");
            }
            if (rows < 2) {
                throw DataFormatException.at(file, firstDataLine, "only " + rows
                        + " usable data row(s); a spectrum needs at least 2 points");
            }
            return build();
        }

        private static boolean isComment(String t) {
            char c = t.charAt(0);
            return c == '#' || c == ';' || c == '!' || c == '%';
        }

        /** Tries the line as the first data row; on success fixes the layout and stores the row. */
        private boolean startData(String t, int lineNumber) throws DataFormatException {
            String content = t;
            int hash = content.indexOf('#');
            if (hash > 0) {
                content = content.substring(0, hash).strip();
            }
            Layout candidate = Layout.detect(content, options.separator());
            String[] fields = candidate.split(content);
            int needed = Math.max(options.xColumn(), options.yColumn());
            if (fields.length < needed || !isNumber(fields[options.xColumn() - 1], candidate)
                    || !isNumber(fields[options.yColumn() - 1], candidate)) {
                return false;
            }
            layout = candidate;
            columns = fields.length;
            firstDataLine = lineNumber;
            if (options.sigmaColumn() == SIGMA_AUTO) {
                sigmaColumn = options.xColumn() == 1 && options.yColumn() == 2 && columns >= 3 ? 3 : SIGMA_NONE;
            } else {
                sigmaColumn = options.sigmaColumn();
                if (sigmaColumn > columns) {
                    throw DataFormatException.at(file, lineNumber, "expected a sigma column " + sigmaColumn
                            + ", but the first data row has " + columns + " columns");
                }
            }
            addRow(fields, lineNumber);
            return true;
        }

        private void addRow(String[] fields, int lineNumber) throws DataFormatException {
            if (fields.length != columns) {
                throw DataFormatException.at(file, lineNumber, "expected " + columns + " columns (as on line "
                        + firstDataLine + "), found " + fields.length);
            }
            double x = number(fields, options.xColumn(), "x", lineNumber);
            double y = number(fields, options.yColumn(), "y", lineNumber);
            double sigma = Double.NaN;
            if (sigmaColumn > 0) {
                sigma = number(fields, sigmaColumn, "sigma", lineNumber);
                if (sigma < 0) {
                    throw DataFormatException.at(file, lineNumber, "expected sigma >= 0 in column " + sigmaColumn
                            + ", found " + fields[sigmaColumn - 1]);
                }
            }
            checkOrder(x, lineNumber);
            if (sigmaColumn > 0 && sigma == 0) {
                zeroSigmaRows++;
                if (options.zeroSigma() == ZeroSigma.DROP_POINT) {
                    return;
                }
            }
            xs.add(x);
            ys.add(y);
            if (sigmaColumn > 0) {
                sigmas.add(sigma);
            }
            rows++;
        }

        private void checkOrder(double x, int lineNumber) throws DataFormatException {
            if (!haveX) {
                haveX = true;
                previousX = x;
                return;
            }
            int sign = x > previousX ? 1 : (x < previousX ? -1 : 0);
            if (direction == 0 && sign != 0 && !unsorted) {
                direction = sign;
            } else if (sign != direction || sign == 0) {
                if (!options.allowUnsorted()) {
                    String order = direction < 0 ? "decrease" : "increase";
                    throw DataFormatException.at(file, lineNumber, "x = " + x + " does not " + order
                            + " from " + previousX + " on the previous data row; expected strictly monotonic x"
                            + " (Options.allowUnsorted reads it in file order; then sort with Sorting.sortAndMergeDuplicates)");
                }
                unsorted = true;
            }
            previousX = x;
        }

        private double number(String[] fields, int column, String role, int lineNumber) throws DataFormatException {
            String field = fields[column - 1];
            if (NOT_FINITE.matcher(field).matches()) {
                throw DataFormatException.at(file, lineNumber, "expected a finite number in column " + column
                        + " (" + role + "), found '" + field + "'");
            }
            if (!isNumber(field, layout)) {
                throw DataFormatException.at(file, lineNumber, "expected a number in column " + column + " (" + role
                        + "), found '" + abbreviate(field) + "'");
            }
            double v = Double.parseDouble(normalise(field, layout));
            if (!Double.isFinite(v)) {
                throw DataFormatException.at(file, lineNumber, "expected a finite number in column " + column
                        + " (" + role + "), found '" + field + "' (overflows a double)");
            }
            return v;
        }

        private static boolean isNumber(String field, Layout layout) {
            return NUMBER.matcher(normalise(field, layout)).matches();
        }

        private static String normalise(String field, Layout layout) {
            String s = layout.decimalComma() ? field.replace(',', '.') : field;
            return s.replace('d', 'e').replace('D', 'e');
        }

        private static String abbreviate(String s) {
            return s.length() <= 40 ? s : s.substring(0, 40) + "…";
        }

        private Spectrum build() {
            double[] x = xs.toArray();
            double[] y = ys.toArray();
            double[] sigma = sigmaColumn > 0 ? sigmas.toArray() : null;
            boolean reversed = !unsorted && direction < 0;
            if (reversed) {
                reverse(x);
                reverse(y);
                if (sigma != null) {
                    reverse(sigma);
                }
            }
            Map<String, String> metadata = new LinkedHashMap<>();
            metadata.put(MetadataKeys.SOURCE, file);
            if (!header.isEmpty()) {
                metadata.put(HEADER_KEY, String.join("\n", header));
            }
            if (lastHeaderText != null) {
                String[] names = layout.split(lastHeaderText);
                if (names.length == columns) {
                    metadata.put(X_NAME_KEY, names[options.xColumn() - 1]);
                    metadata.put(Y_NAME_KEY, names[options.yColumn() - 1]);
                    if (sigmaColumn > 0) {
                        metadata.put(SIGMA_NAME_KEY, names[sigmaColumn - 1]);
                    }
                }
            }
            ProcessingStep step = ProcessingStep.of("read", "file", file, "format", "column text", "gzip", gzip,
                    "separator", layout.describe(), "decimalComma", layout.decimalComma(), "columns", columns,
                    "xColumn", options.xColumn(), "yColumn", options.yColumn(),
                    "sigmaColumn", sigmaColumn > 0 ? (Object) sigmaColumn : "none", "points", rows,
                    "zeroSigmaRows", zeroSigmaRows, "zeroSigma", options.zeroSigma() == ZeroSigma.KEEP ? "kept" : "dropped",
                    "reversed", reversed, "unsorted", unsorted);
            return Spectrum.of(x, y, sigma, options.xQuantity(), options.yQuantity()).withMetadata(metadata)
                    .withStep(step);
        }

        private static void reverse(double[] a) {
            for (int i = 0, j = a.length - 1; i < j; i++, j--) {
                double t = a[i];
                a[i] = a[j];
                a[j] = t;
            }
        }
    }
}
