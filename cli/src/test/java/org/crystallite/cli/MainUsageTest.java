package org.crystallite.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Help, version and the top-level usage errors of the {@code crystallite} command. */
class MainUsageTest {

    @Test
    void helpListsTheCommandsAndExitsZero() {
        CliRun run = CliRun.of("--help");
        assertEquals(0, run.exitCode(), run.describe());
        assertEquals("", run.stderr());
        assertTrue(run.stdout().contains("Usage: crystallite"), run.stdout());
        assertTrue(run.stdout().contains("fit") && run.stdout().contains("demo"), run.stdout());
    }

    @Test
    void fitHelpDescribesItsOptionsAndExitsZero() {
        CliRun run = CliRun.of("fit", "--help");
        assertEquals(0, run.exitCode(), run.describe());
        assertEquals("", run.stderr());
        for (String option : new String[] {"FILE", "--model", "--range", "--weights", "--json", "--out", "--debug"}) {
            assertTrue(run.stdout().contains(option), option + " missing from:\n" + run.stdout());
        }
    }

    @Test
    void demoHelpExitsZero() {
        CliRun run = CliRun.of("demo", "--help");
        assertEquals(0, run.exitCode(), run.describe());
        assertTrue(run.stdout().contains("--out"), run.stdout());
    }

    @Test
    void noCommandIsAUsageError() {
        CliRun run = CliRun.of();
        FailureChecks.assertOneLineError(run, Main.USAGE_ERROR, "command");
        assertFalse(run.stderrHasStackTrace(), run.describe());
    }

    @Test
    void unknownCommandAndUnknownOptionAreUsageErrors() {
        FailureChecks.assertOneLineError(CliRun.of("fitt", "x.xy"), Main.USAGE_ERROR, "fitt");
        FailureChecks.assertOneLineError(CliRun.of("fit", "x.xy", "--model", "gaussian", "--colour", "red"),
                Main.USAGE_ERROR, "--colour");
    }
}
