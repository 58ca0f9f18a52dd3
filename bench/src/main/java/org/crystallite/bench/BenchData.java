package org.crystallite.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.crystallite.spectrum.AxisQuantity;
import org.crystallite.spectrum.Spectrum;
import org.crystallite.spectrum.io.ColumnReader;

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

    /** A 2θ pattern (x, y and an optional σ column) read with the project's {@link ColumnReader}. */
    public static Spectrum readTwoTheta(Path file) throws IOException {
        return ColumnReader.read(file,
                ColumnReader.Options.defaults().withQuantities(AxisQuantity.TWO_THETA, AxisQuantity.INTENSITY));
    }
}
