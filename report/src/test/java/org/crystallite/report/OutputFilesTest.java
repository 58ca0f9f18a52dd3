package org.crystallite.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OutputFilesTest {

    @TempDir
    Path folder;

    private List<Path> listing() throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.sorted().toList();
        }
    }

    @Test
    void failedWriterLeavesOldContentAndNoTemporaryFile() throws IOException {
        Path target = folder.resolve("fit.csv");
        Files.writeString(target, "old content");

        IOException error = assertThrows(IOException.class, () -> OutputFiles.writeAtomically(target, temporary -> {
            Files.writeString(temporary, "half of the new");
            throw new IOException("disk full");
        }));

        assertEquals("disk full", error.getMessage());
        assertEquals("old content", Files.readString(target));
        assertEquals(List.of(target), listing());
    }

    @Test
    void failedWriterOfNewFileLeavesNothing() throws IOException {
        Path target = folder.resolve("figure.png");

        assertThrows(IllegalStateException.class, () -> OutputFiles.writeAtomically(target, temporary -> {
            Files.writeString(temporary, "partial");
            throw new IllegalStateException("renderer failed");
        }));

        assertEquals(List.of(), listing());
    }

    @Test
    void failingTableWriterLeavesNoFile() throws IOException {
        Path target = folder.resolve("table.csv");
        Table table = Table.builder().column("a").row(1.0).build();
        CsvWriter.write(table, target);
        String before = Files.readString(target);

        assertThrows(IllegalArgumentException.class, () -> Json.write(new Object(), folder.resolve("bad.json")));

        assertEquals(List.of(target), listing());
        assertEquals(before, Files.readString(target));
    }

    @Test
    void successfulWriteReplacesTargetAndCreatesParents() throws IOException {
        Path target = folder.resolve("a").resolve("b").resolve("out.txt");

        OutputFiles.writeAtomically(target, temporary -> Files.writeString(temporary, "first"));
        OutputFiles.writeAtomically(target, temporary -> Files.writeString(temporary, "second"));

        assertEquals("second", Files.readString(target));
        try (Stream<Path> files = Files.list(target.getParent())) {
            assertEquals(1, files.count(), "no temporary file left next to the target");
        }
    }

    @Test
    void inputFileIsRecognisedUnderAnotherSpelling() throws IOException {
        Path input = folder.resolve("scan.xy");
        Files.writeString(input, "1 2\n");
        Path sameFile = folder.resolve("sub").resolve("..").resolve("scan.xy");

        OutputConflictException error = assertThrows(OutputConflictException.class,
                () -> OutputFiles.requireNotInput(sameFile, List.of(input)));

        assertTrue(error.getMessage().contains("input"), error.getMessage());
        OutputFiles.requireNotInput(folder.resolve("scan.csv"), List.of(input));
    }

    @Test
    void directoryIsNeverReplacedByAFile() throws IOException {
        Path directory = Files.createDirectory(folder.resolve("results"));

        assertThrows(OutputConflictException.class,
                () -> OutputFiles.writeAtomically(directory, temporary -> Files.writeString(temporary, "x")));

        assertTrue(Files.isDirectory(directory));
        assertFalse(Files.exists(folder.resolve("results.tmp")));
    }
}
