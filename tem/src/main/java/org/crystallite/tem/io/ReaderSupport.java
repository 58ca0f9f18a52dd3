package org.crystallite.tem.io;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;

import org.crystallite.spectrum.io.DataFormatException;

/** Small helpers shared by the readers: whole-file reading with clear errors, number formatting. */
final class ReaderSupport {

    /** Files larger than this cannot be held in one Java array. */
    private static final long MAX_IN_MEMORY = Integer.MAX_VALUE - 8;

    private ReaderSupport() {
    }

    /** All bytes of {@code file}; an empty, missing or oversized file gives a message naming it. */
    static byte[] readAll(Path file) throws IOException {
        checkReadable(file);
        return Files.readAllBytes(file);
    }

    /** Fails with a message naming the file when it is missing, a directory, empty or too large. */
    static void checkReadable(Path file) throws IOException {
        String name = file.getFileName().toString();
        if (!Files.exists(file)) {
            throw new NoSuchFileException(file.toString(), null, "file not found");
        }
        if (Files.isDirectory(file)) {
            throw new DataFormatException(name + ": is a directory, not an image file");
        }
        long size = Files.size(file);
        if (size == 0) {
            throw new DataFormatException(name + ": file is empty (0 bytes)");
        }
        if (size > MAX_IN_MEMORY) {
            throw new DataFormatException(name + ": " + size + " bytes is too large to read into memory");
        }
    }

    /** The first {@code count} bytes (fewer for a shorter file). */
    static byte[] head(Path file, int count) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return in.readNBytes(count);
        }
    }

    /** A number as short text without loss of the stored precision (e.g. {@code 80}, {@code 0.0100127}). */
    static String format(double value) {
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return Long.toString((long) value);
        }
        return String.format(Locale.ROOT, "%.10g", value).replaceFirst("\\.?0+(e|$)", "$1");
    }

    static String extension(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot < 0 ? "" : fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
    }
}
