package org.crystallite.spectrum.testing;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Locates the real measured data with known answers in {@code ../shared/validation/<technique>/}.
 * Surefire passes the folder as the system property {@code crystallite.validation}; when the
 * folder is absent, the calling validation test is skipped by an assumption (never a silent pass).
 */
public final class ValidationData {

    private ValidationData() {
    }

    /** The validation folder of one technique ({@code xrd}, {@code xps}, {@code xas}, {@code tem}). */
    public static Path dir(String technique) {
        String root = System.getProperty("crystallite.validation", "../../shared/validation");
        Path dir = Path.of(root).resolve(technique).toAbsolutePath().normalize();
        assumeTrue(Files.isDirectory(dir), "validation data not present at " + dir);
        return dir;
    }

    /** One validation file; skips the test when it is missing. */
    public static Path file(String technique, String name) {
        Path file = dir(technique).resolve(name);
        assumeTrue(Files.isRegularFile(file), "validation file not present: " + file);
        return file;
    }
}
