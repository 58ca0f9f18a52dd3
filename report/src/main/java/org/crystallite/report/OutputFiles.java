package org.crystallite.report;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Collection;
import java.util.Objects;

/**
 * Writes files so that a failure never leaves a half-written file behind: the content goes to a
 * temporary file in the target's own directory (same file system, so the final rename is cheap and
 * atomic) and is moved into place only when the writer has finished without error.
 */
public final class OutputFiles {

    private static final String TEMP_SUFFIX = ".tmp";

    private OutputFiles() {
    }

    /**
     * Lets {@code writer} fill a fresh temporary file next to {@code target}, then moves it onto
     * {@code target} (replacing an existing file) with {@link StandardCopyOption#ATOMIC_MOVE} when the
     * file system supports it. Missing parent directories are created. If the writer or the move
     * fails, the temporary file is deleted and {@code target} is left exactly as it was.
     *
     * @throws OutputConflictException if {@code target} is an existing directory
     */
    public static void writeAtomically(Path target, IOConsumer<Path> writer) throws IOException {
        Objects.requireNonNull(writer, "writer");
        Path absoluteTarget = absolute(target);
        if (Files.isDirectory(absoluteTarget)) {
            throw new OutputConflictException(absoluteTarget, "is a directory, cannot write a file there");
        }
        Path directory = absoluteTarget.getParent();
        Files.createDirectories(directory);
        // Hidden, randomly named sibling: invisible to casual listings, no clash between concurrent
        // writers of the same target, and on the same file system so the final move is a rename.
        Path temporary = UniqueNames.createFile(directory, absoluteTarget.getFileName().toString(), TEMP_SUFFIX);
        boolean moved = false;
        try {
            writer.accept(temporary);
            if (!Files.exists(temporary)) {
                throw new NoSuchFileException(temporary.toString(), null,
                        "writer for " + absoluteTarget + " removed its temporary file");
            }
            moveReplacing(temporary, absoluteTarget);
            moved = true;
        } finally {
            if (!moved) {
                Files.deleteIfExists(temporary);
            }
        }
    }

    /**
     * Refuses an output path that is one of the analysis inputs (compared with
     * {@link Files#isSameFile}, so links and different spellings of one file are caught).
     *
     * @throws OutputConflictException naming the target when it is one of {@code inputs}
     */
    public static void requireNotInput(Path target, Collection<Path> inputs) throws IOException {
        Path absoluteTarget = absolute(target);
        for (Path input : inputs) {
            Path absoluteInput = absolute(input);
            boolean same = absoluteInput.equals(absoluteTarget)
                    || (Files.exists(absoluteTarget) && Files.exists(absoluteInput)
                            && Files.isSameFile(absoluteInput, absoluteTarget));
            if (same) {
                throw new OutputConflictException(absoluteTarget, "is an input file and must not be overwritten");
            }
        }
    }

    /** Moves {@code source} onto {@code target}, atomically where the file system allows it. */
    static void moveReplacing(Path source, Path target) throws IOException {
        try {
            Files.move(source, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException notSupported) {
            Files.move(source, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    static Path absolute(Path path) {
        Objects.requireNonNull(path, "path");
        Path absolute = path.toAbsolutePath().normalize();
        if (absolute.getFileName() == null) {
            throw new IllegalArgumentException("Not a file path: " + path);
        }
        return absolute;
    }
}
