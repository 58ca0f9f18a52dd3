package org.crystallite.report;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Stream;

/**
 * Creates hidden, uniquely named scratch files and folders. Unlike {@link Files#createTempFile}, these
 * get the default permissions of the process (its umask), so a file moved into place afterwards is as
 * readable as any other file the user writes, not owner-only.
 */
final class UniqueNames {

    private static final int ATTEMPTS = 100;

    private UniqueNames() {
    }

    static Path createFile(Path directory, String stem, String suffix) throws IOException {
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            try {
                return Files.createFile(directory.resolve(name(stem, suffix)));
            } catch (FileAlreadyExistsException taken) {
                // another writer picked the same random name: draw again
            }
        }
        throw new IOException(directory + ": could not create a unique temporary file for " + stem);
    }

    static Path createDirectory(Path parent, String stem, String suffix) throws IOException {
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            try {
                return Files.createDirectory(parent.resolve(name(stem, suffix)));
            } catch (FileAlreadyExistsException taken) {
                // another writer picked the same random name: draw again
            }
        }
        throw new IOException(parent + ": could not create a unique temporary folder for " + stem);
    }

    /** Deletes a folder and everything below it; missing folders are fine. */
    static void deleteRecursively(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path path : (Iterable<Path>) walk.sorted(Comparator.reverseOrder())::iterator) {
                Files.deleteIfExists(path);
            }
        }
    }

    private static String name(String stem, String suffix) {
        return "." + stem + "." + HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextLong()) + suffix;
    }
}
