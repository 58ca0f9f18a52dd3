package org.crystallite.report;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.List;
import java.util.stream.Stream;

/**
 * All-or-nothing output folder for a command's {@code --out DIR}: files are written into a hidden
 * staging folder next to DIR and moved into DIR only by {@link #commit()}, so a run that fails half
 * way leaves DIR exactly as it was.
 *
 * <pre>{@code
 * try (OutputDirectory staging = OutputDirectory.stage(dir, inputs)) {
 *     CsvWriter.write(table, staging.path("fit.csv"));
 *     FigureWriter.png(plot, staging.path("fit.png"), 1200, 800);
 *     staging.commit();
 * }   // close() without commit() deletes the staging folder
 * }</pre>
 *
 * <p>When DIR does not exist yet, the staging folder is renamed to DIR in one step. When DIR exists,
 * files are moved in one by one; files already in DIR with the same name are replaced, and if any move
 * fails every file moved so far is taken back and the replaced files are restored. Files in DIR that
 * this run did not write are never touched.
 *
 * <p>Not thread-safe: one command fills one staging folder.
 */
public final class OutputDirectory implements AutoCloseable {

    private static final String STAGING_SUFFIX = ".staging";
    private static final String BACKUP_SUFFIX = ".replaced";

    private final Path target;
    private final Path staging;
    private final List<Path> protectedInputs;
    private boolean committed;
    private boolean closed;

    private OutputDirectory(Path target, Path staging, List<Path> protectedInputs) {
        this.target = target;
        this.staging = staging;
        this.protectedInputs = protectedInputs;
    }

    /** Starts a staging folder for {@code dir} (which may or may not exist yet). */
    public static OutputDirectory stage(Path dir) throws IOException {
        return stage(dir, List.of());
    }

    /**
     * Starts a staging folder for {@code dir}; {@link #commit()} will refuse to replace any of
     * {@code inputs}, so an analysis never overwrites the files it read.
     *
     * @throws OutputConflictException if {@code dir} exists and is not a directory
     */
    public static OutputDirectory stage(Path dir, Collection<Path> inputs) throws IOException {
        Path target = OutputFiles.absolute(dir);
        if (Files.exists(target) && !Files.isDirectory(target)) {
            throw new OutputConflictException(target, "exists and is not a directory");
        }
        // Stage in the nearest existing ancestor so nothing (not even DIR's missing parents) is
        // created before commit, and the final moves stay renames on one file system.
        Path home = target.getParent();
        while (!Files.isDirectory(home)) {
            home = home.getParent();
            if (home == null) {
                throw new IOException(target + ": no existing parent folder to stage output in");
            }
        }
        Path staging = UniqueNames.createDirectory(home, target.getFileName().toString(), STAGING_SUFFIX);
        return new OutputDirectory(target, staging, List.copyOf(inputs));
    }

    /** The final output folder (DIR). */
    public Path target() {
        return target;
    }

    /** The staging folder that receives the files until {@link #commit()}. */
    public Path stagingDirectory() {
        return staging;
    }

    /**
     * Where to write the output called {@code relativeName} (e.g. {@code "fit.csv"} or
     * {@code "figures/fit.png"}) until commit; its parent folders are created.
     *
     * @throws IllegalArgumentException for an absolute name or one that leaves the output folder
     */
    public Path path(String relativeName) throws IOException {
        requireOpen();
        if (relativeName == null || relativeName.isBlank()) {
            throw new IllegalArgumentException("Output file name is empty");
        }
        Path relative = staging.getFileSystem().getPath(relativeName);
        Path resolved = staging.resolve(relative).normalize();
        if (relative.isAbsolute() || !resolved.startsWith(staging) || resolved.equals(staging)) {
            throw new IllegalArgumentException("Output file name must stay inside " + target + ": " + relativeName);
        }
        Files.createDirectories(resolved.getParent());
        return resolved;
    }

    /**
     * Moves every staged file into DIR (see the class comment for the guarantees).
     *
     * @return the final paths of the files written, in name order
     * @throws OutputConflictException if a staged file would replace an input or a directory; nothing
     *         is moved in that case
     */
    public List<Path> commit() throws IOException {
        requireOpen();
        List<Path> relativeFiles = stagedFiles();
        List<Path> finalPaths = new ArrayList<>(relativeFiles.size());
        for (Path relative : relativeFiles) {
            Path destination = target.resolve(relative.toString());
            checkReplaceable(destination);
            finalPaths.add(destination);
        }
        if (!Files.exists(target)) {
            Files.createDirectories(target.getParent());
            try {
                Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
                committed = true;
                return List.copyOf(finalPaths);
            } catch (AtomicMoveNotSupportedException | FileAlreadyExistsException raced) {
                // DIR appeared meanwhile, or the rename is not atomic here: merge file by file instead
                Files.createDirectories(target);
            }
        }
        mergeInto(relativeFiles);
        committed = true;
        UniqueNames.deleteRecursively(staging);
        return List.copyOf(finalPaths);
    }

    /** Deletes the staging folder unless {@link #commit()} succeeded; safe to call more than once. */
    @Override
    public void close() throws IOException {
        if (closed) {
            return;
        }
        closed = true;
        if (!committed) {
            UniqueNames.deleteRecursively(staging);
        }
    }

    private void requireOpen() {
        if (closed || committed) {
            throw new IllegalStateException("Output for " + target + " is already " + (committed ? "committed" : "closed"));
        }
    }

    private List<Path> stagedFiles() throws IOException {
        try (Stream<Path> walk = Files.walk(staging)) {
            return walk.filter(Files::isRegularFile).map(staging::relativize).sorted().toList();
        }
    }

    private void checkReplaceable(Path destination) throws IOException {
        if (Files.isDirectory(destination)) {
            throw new OutputConflictException(destination, "is a directory, cannot replace it with an output file");
        }
        for (Path parent = destination.getParent(); parent != null && !parent.equals(target.getParent());
                parent = parent.getParent()) {
            if (Files.exists(parent) && !Files.isDirectory(parent)) {
                throw new OutputConflictException(parent, "is a file where an output folder is needed");
            }
        }
        OutputFiles.requireNotInput(destination, protectedInputs);
    }

    /** Moves staged files into an existing DIR, undoing everything if one move fails. */
    private void mergeInto(List<Path> relativeFiles) throws IOException {
        Path backups = UniqueNames.createDirectory(staging.getParent(), target.getFileName().toString(), BACKUP_SUFFIX);
        Deque<Runnable> undo = new ArrayDeque<>();
        List<IOException> undoFailures = new ArrayList<>();
        try {
            for (Path relative : relativeFiles) {
                Path source = staging.resolve(relative);
                Path destination = target.resolve(relative.toString());
                createParents(destination, undo, undoFailures);
                if (Files.exists(destination)) {
                    Path backup = backups.resolve(relative);
                    Files.createDirectories(backup.getParent());
                    OutputFiles.moveReplacing(destination, backup);
                    undo.push(() -> attempt(() -> OutputFiles.moveReplacing(backup, destination), undoFailures));
                }
                OutputFiles.moveReplacing(source, destination);
                undo.push(() -> attempt(() -> OutputFiles.moveReplacing(destination, source), undoFailures));
            }
        } catch (IOException | RuntimeException failure) {
            while (!undo.isEmpty()) {
                undo.pop().run();
            }
            undoFailures.forEach(failure::addSuppressed);
            if (!undoFailures.isEmpty()) {
                failure.addSuppressed(new IOException("Files replaced in " + target + " are kept in " + backups));
            }
            throw failure;
        } finally {
            if (undoFailures.isEmpty()) {
                UniqueNames.deleteRecursively(backups);
            }
        }
    }

    private void createParents(Path destination, Deque<Runnable> undo, List<IOException> undoFailures)
            throws IOException {
        Deque<Path> missing = new ArrayDeque<>();
        for (Path parent = destination.getParent(); !Files.exists(parent); parent = parent.getParent()) {
            missing.push(parent);
        }
        for (Path folder : missing) {
            Files.createDirectory(folder);
            undo.push(() -> attempt(() -> Files.deleteIfExists(folder), undoFailures));
        }
    }

    /** One step of taking back a partial commit. */
    @FunctionalInterface
    private interface UndoStep {
        void run() throws IOException;
    }

    private static void attempt(UndoStep step, List<IOException> failures) {
        try {
            step.run();
        } catch (IOException e) {
            failures.add(e);
        }
    }
}
