package org.crystallite.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OutputDirectoryTest {

    @TempDir
    Path folder;

    /** Every file below {@code root} with its content, to compare before and after. */
    private static Map<String, String> snapshot(Path root) throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path path : (Iterable<Path>) walk::iterator) {
                String key = root.relativize(path).toString();
                files.put(key, Files.isRegularFile(path) ? Files.readString(path) : "<dir>");
            }
        }
        return files;
    }

    private static Table table() {
        return Table.builder().column("x", "eV").row(1.5).build();
    }

    @Test
    void uncommittedRunLeavesExistingDirectoryUntouched() throws IOException {
        Path out = Files.createDirectory(folder.resolve("out"));
        Files.writeString(out.resolve("fit.csv"), "previous run");
        Map<String, String> before = snapshot(folder);

        assertThrows(IllegalStateException.class, () -> {
            try (OutputDirectory staging = OutputDirectory.stage(out)) {
                CsvWriter.write(table(), staging.path("fit.csv"));
                Json.write(Map.of("a", 1), staging.path("sub/result.json"));
                throw new IllegalStateException("fit did not converge");
            }
        });

        assertEquals(before, snapshot(folder), "neither DIR nor its parent changed");
    }

    @Test
    void uncommittedRunCreatesNoDirectory() throws IOException {
        Path out = folder.resolve("new").resolve("out");

        try (OutputDirectory staging = OutputDirectory.stage(out)) {
            CsvWriter.write(table(), staging.path("fit.csv"));
        }

        assertFalse(Files.exists(folder.resolve("new")));
        assertEquals(Map.of("", "<dir>"), snapshot(folder));
    }

    @Test
    void commitCreatesMissingDirectoryWithAllFiles() throws IOException {
        Path out = folder.resolve("new").resolve("out");
        List<Path> written;

        try (OutputDirectory staging = OutputDirectory.stage(out)) {
            CsvWriter.write(table(), staging.path("fit.csv"));
            Json.write(Map.of("a", 1), staging.path("json/result.json"));
            written = staging.commit();
        }

        assertEquals(List.of(out.resolve("fit.csv"), out.resolve("json").resolve("result.json")), written);
        assertTrue(Files.readString(out.resolve("fit.csv")).startsWith("x (eV)"));
        assertEquals(Map.of("", "<dir>", "new", "<dir>"), snapshot(folder).entrySet().stream()
                .filter(e -> !e.getKey().startsWith("new" + folder.getFileSystem().getSeparator()))
                .collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue)),
                "no staging folder left behind");
    }

    @Test
    void commitIntoExistingDirectoryReplacesOnlyItsOwnFiles() throws IOException {
        Path out = Files.createDirectory(folder.resolve("out"));
        Files.writeString(out.resolve("fit.csv"), "previous run");
        Files.writeString(out.resolve("notes.txt"), "user notes");

        try (OutputDirectory staging = OutputDirectory.stage(out)) {
            CsvWriter.write(table(), staging.path("fit.csv"));
            staging.commit();
        }

        assertTrue(Files.readString(out.resolve("fit.csv")).startsWith("x (eV)"));
        assertEquals("user notes", Files.readString(out.resolve("notes.txt")));
        assertEquals(List.of(out), listing(folder), "no staging or backup folder left behind");
    }

    @Test
    void commitRefusesToReplaceAnInputAndMovesNothing() throws IOException {
        Path out = Files.createDirectory(folder.resolve("out"));
        Path input = Files.writeString(out.resolve("scan.csv"), "raw data");
        Map<String, String> before = snapshot(out);

        try (OutputDirectory staging = OutputDirectory.stage(out, List.of(input))) {
            Files.writeString(staging.path("a-first.csv"), "result");
            Files.writeString(staging.path("scan.csv"), "would overwrite the input");
            assertThrows(OutputConflictException.class, staging::commit);
        }

        assertEquals(before, snapshot(out));
        assertEquals(List.of(out), listing(folder));
    }

    @Test
    void namesMustStayInsideTheDirectory() throws IOException {
        try (OutputDirectory staging = OutputDirectory.stage(folder.resolve("out"))) {
            assertThrows(IllegalArgumentException.class, () -> staging.path("../escape.csv"));
            assertThrows(IllegalArgumentException.class, () -> staging.path(folder.resolve("x.csv").toString()));
            assertThrows(IllegalArgumentException.class, () -> staging.path(""));
        }
    }

    @Test
    void fileInPlaceOfDirectoryIsRefused() throws IOException {
        Path notADirectory = Files.writeString(folder.resolve("out"), "text");

        assertThrows(OutputConflictException.class, () -> OutputDirectory.stage(notADirectory));
    }

    private static List<Path> listing(Path directory) throws IOException {
        try (Stream<Path> files = Files.list(directory)) {
            return files.sorted().toList();
        }
    }
}
