package org.crystallite.cli.demo;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** Copies a data file bundled in the jar to a temporary file so that the ordinary readers can open it. */
final class BundledData {

    private BundledData() {
    }

    /** The bundled file as a temporary file (deleted on exit), keeping its name for messages. */
    static Path extract(String name) throws IOException {
        String resource = "/org/crystallite/cli/demo/" + name;
        try (InputStream in = BundledData.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IOException("bundled demo file missing from the jar: " + resource);
            }
            Path dir = Files.createTempDirectory("crystallite-demo");
            Path file = dir.resolve(name);
            Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
            file.toFile().deleteOnExit();
            dir.toFile().deleteOnExit();
            return file;
        }
    }
}
