package org.crystallite.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import org.crystallite.spectrum.AxisQuantity;
import org.crystallite.spectrum.MetadataKeys;
import org.crystallite.spectrum.Spectrum;
import org.crystallite.spectrum.io.DataFormatException;

/**
 * The measured patterns the benchmarks fit, from the shared validation folder
 * ({@code ../shared/validation/<technique>/}, design guide §5).
 *
 * <p>The folder is taken from the system property {@code crystallite.validation}, else the
 * environment variable {@code CRYSTALLITE_VALIDATION}, else {@code ../shared/validation} relative to
 * the working directory (the repository root when run as {@code java -jar bench/target/benchmarks.jar}).
 * JMH passes the launching JVM's {@code -D} options on to its forks.
 */
public final class BenchData {

    private BenchData() {
    }

    /** The validation file, or a {@link NoSuchFileException} saying where it was looked for. */
    public static Path validationFile(String technique, String name) throws NoSuchFileException {
        String root = System.getProperty("crystallite.validation");
        if (root == null || root.isBlank()) {
            root = System.getenv("CRYSTALLITE_VALIDATION");
        }
        if (root == null || root.isBlank()) {
            root = "../shared/validation";
        }
        Path file = Path.of(root).resolve(technique).resolve(name).toAbsolutePath().normalize();
        if (!Files.isRegularFile(file)) {
            throw new NoSuchFileException(file.toString(), null,
                    "benchmark data not found; set -Dcrystallite.validation=DIR or CRYSTALLITE_VALIDATION to the"
                            + " folder holding " + technique + "/" + name);
        }
        return file;
    }

    /**
     * Reads a whitespace-separated 2θ pattern: columns x, y and optionally σ (xy / xye), one point
     * per line; blank lines and lines starting with {@code #} or {@code !} are skipped.
     * A reader of this benchmark's inputs only, not the project's general column reader.
     */
    public static Spectrum readTwoTheta(Path file) throws IOException {
        String name = file.getFileName().toString();
        double[] x = new double[4096];
        double[] y = new double[4096];
        double[] sigma = new double[4096];
        int n = 0;
        int columns = -1;
        int lineNo = 0;
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            while ((line = in.readLine()) != null) {
                lineNo++;
                String t = line.strip();
                if (t.isEmpty() || t.startsWith("#") || t.startsWith("!")) {
                    continue;
                }
                String[] f = t.split("\\s+");
                if (f.length < 2 || f.length > 3) {
                    throw DataFormatException.at(name, lineNo, "expected 2 or 3 numeric columns (x y [sigma]), found "
                            + f.length);
                }
                if (columns < 0) {
                    columns = f.length;
                } else if (f.length != columns) {
                    throw DataFormatException.at(name, lineNo, "expected " + columns + " columns like the first data"
                            + " line, found " + f.length);
                }
                if (n == x.length) {
                    x = Arrays.copyOf(x, 2 * n);
                    y = Arrays.copyOf(y, 2 * n);
                    sigma = Arrays.copyOf(sigma, 2 * n);
                }
                x[n] = number(f[0], name, lineNo, 1);
                y[n] = number(f[1], name, lineNo, 2);
                sigma[n] = columns == 3 ? number(f[2], name, lineNo, 3) : 0;
                if (n > 0 && !(x[n] > x[n - 1])) {
                    throw DataFormatException.at(name, lineNo, "x must increase strictly, found " + f[0] + " after "
                            + x[n - 1]);
                }
                n++;
            }
        }
        if (n < 2) {
            throw DataFormatException.at(name, 0, "expected at least 2 data points, found " + n);
        }
        return Spectrum.of(Arrays.copyOf(x, n), Arrays.copyOf(y, n), columns == 3 ? Arrays.copyOf(sigma, n) : null,
                AxisQuantity.TWO_THETA, AxisQuantity.INTENSITY).withMetadata(MetadataKeys.SOURCE, file.toString());
    }

    private static double number(String text, String file, int line, int column) throws DataFormatException {
        try {
            double v = Double.parseDouble(text);
            if (!Double.isFinite(v)) {
                throw DataFormatException.at(file, line, "expected a finite number in column " + column + ", found '"
                        + text + "'");
            }
            return v;
        } catch (NumberFormatException e) {
            throw DataFormatException.at(file, line, "expected a number in column " + column + ", found '" + text
                    + "'");
        }
    }
}
