package org.crystallite.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The error contract of docs/cli.md: exit code 1 (data) or 2 (usage), one line on stderr naming
 * the file and the problem, nothing on stdout, a stack trace only with --debug, and an --out folder
 * left exactly as it was.
 */
final class FailureChecks {

    private FailureChecks() {
    }

    /**
     * Runs {@code args} with {@code --json --out outDir}, then again with {@code --debug}, and checks
     * the error contract both times. {@code expected} are fragments the one-line message must contain
     * (case-insensitive), e.g. the file name and a word for the problem.
     */
    static void assertFailsCleanly(int expectedExit, Path outDir, List<String> args, String... expected) {
        Snapshot before = Snapshot.of(outDir);
        List<String> full = new ArrayList<>(args);
        full.addAll(List.of("--json", "--out", outDir.toString()));

        CliRun plain = CliRun.of(full.toArray(String[]::new));
        String line = assertOneLineError(plain, expectedExit, expected);
        assertFalse(plain.stderrHasStackTrace(), "stack trace without --debug:\n" + plain.describe());
        assertEquals(before, Snapshot.of(outDir), "--out folder or its parent changed by a failed run");

        full.add("--debug");
        CliRun debug = CliRun.of(full.toArray(String[]::new));
        assertEquals(expectedExit, debug.exitCode(), debug.describe());
        assertEquals("", debug.stdout(), "stdout must stay empty on failure:\n" + debug.describe());
        assertEquals(line, debug.stderrLines().get(0), "--debug should keep the same first line");
        assertTrue(debug.stderrHasStackTrace(), "--debug should add the stack trace:\n" + debug.describe());
        assertEquals(before, Snapshot.of(outDir), "--out folder or its parent changed by a failed --debug run");
    }

    /** Exit code, empty stdout, exactly one stderr line containing every fragment; returns the line. */
    static String assertOneLineError(CliRun run, int expectedExit, String... expected) {
        assertEquals(expectedExit, run.exitCode(), run.describe());
        assertEquals("", run.stdout(), "stdout must stay empty on failure:\n" + run.describe());
        List<String> lines = run.stderrLines();
        assertEquals(1, lines.size(), "stderr should be exactly one line:\n" + run.describe());
        String line = lines.get(0);
        assertTrue(line.startsWith("crystallite: "), line);
        for (String fragment : expected) {
            assertTrue(line.toLowerCase(Locale.ROOT).contains(fragment.toLowerCase(Locale.ROOT)),
                    "message should contain '" + fragment + "': " + line);
        }
        return line;
    }

    /**
     * Names and contents of every file in the output folder and the names in its parent (where
     * staging folders would appear); null entries mean "absent".
     */
    record Snapshot(Map<String, String> outFiles, List<String> parentEntries) {

        static Snapshot of(Path outDir) {
            try {
                Map<String, String> files = null;
                if (Files.exists(outDir)) {
                    files = new TreeMap<>();
                    try (Stream<Path> walk = Files.walk(outDir)) {
                        for (Path p : walk.toList()) {
                            String content = Files.isRegularFile(p)
                                    ? Arrays.toString(Files.readAllBytes(p)) + "@" + Files.getLastModifiedTime(p)
                                    : "<dir>";
                            files.put(outDir.relativize(p).toString(), content);
                        }
                    }
                }
                List<String> parent;
                try (Stream<Path> list = Files.list(outDir.toAbsolutePath().getParent())) {
                    parent = list.map(p -> p.getFileName().toString()).sorted().toList();
                }
                return new Snapshot(files, parent);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
