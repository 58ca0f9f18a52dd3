package org.crystallite.cli;

import static org.crystallite.cli.FailureChecks.assertFailsCleanly;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Bad data and bad models give exit code 1 (data) or 2 (usage), one line naming the file and the
 * problem, a stack trace only with --debug, and nothing written to --out.
 */
class FitBadInputTest {

    private static final int DATA = Main.ANALYSIS_FAILURE;
    private static final int USAGE = Main.USAGE_ERROR;

    @TempDir
    Path dir;

    private Path out() {
        return dir.resolve("out");
    }

    private Path data(String name, String text) throws IOException {
        return SyntheticData.write(dir.resolve(name), text);
    }

    private static List<String> fit(Path file, String... options) {
        List<String> args = new ArrayList<>(List.of("fit", file.toString()));
        args.addAll(List.of(options));
        return args;
    }

    @Test
    void emptyFile() throws IOException {
        Path file = data("empty.xy", "");
        assertFailsCleanly(DATA, out(), fit(file, "--model", "gaussian"), "empty.xy", "empty");
    }

    @Test
    void textInANumberColumn() throws IOException {
        Path file = data("text.xy", "1 10\n2 20\n3 abc\n4 40\n5 50\n");
        assertFailsCleanly(DATA, out(), fit(file, "--model", "gaussian"), "text.xy", "line 3", "number", "abc");
    }

    @Test
    void notANumber() throws IOException {
        Path file = data("nan.xy", "1 10\n2 20\n3 NaN\n4 40\n5 50\n");
        assertFailsCleanly(DATA, out(), fit(file, "--model", "gaussian"), "nan.xy", "line 3", "finite");
    }

    @Test
    void onePoint() throws IOException {
        Path file = data("one.xy", "# a header\n1 10\n");
        assertFailsCleanly(DATA, out(), fit(file, "--model", "gaussian"), "one.xy", "only 1", "2 points");
    }

    @Test
    void nonMonotonicX() throws IOException {
        Path file = data("unsorted.xy", "1 10\n2 20\n3 30\n2.5 40\n5 50\n");
        assertFailsCleanly(DATA, out(), fit(file, "--model", "gaussian"), "unsorted.xy", "line 4", "monotonic");
    }

    @Test
    void missingDataFile() {
        Path file = dir.resolve("absent.xy");
        assertFailsCleanly(DATA, out(), fit(file, "--model", "gaussian"), "absent.xy", "not a readable file");
    }

    @Test
    void existingOutFolderIsLeftUnchangedByAFailure() throws IOException {
        Path file = data("nan.xy", "1 10\n2 NaN\n3 30\n");
        Files.createDirectories(out());
        Files.writeString(out().resolve("fit.csv"), "an earlier result\n");
        Files.writeString(out().resolve("notes.txt"), "keep me\n");
        assertFailsCleanly(DATA, out(), fit(file, "--model", "gaussian"), "nan.xy", "finite");
    }

    @Test
    void unknownModelName() throws IOException {
        Path file = SyntheticData.onePeak(dir.resolve("peak.xy"), 1);
        assertFailsCleanly(USAGE, out(), fit(file, "--model", "gaussian+wobble"), "peak.xy", "unknown model name",
                "wobble");
    }

    @Test
    void rangeWithoutPoints() throws IOException {
        Path file = SyntheticData.onePeak(dir.resolve("peak.xy"), 1);
        assertFailsCleanly(DATA, out(), fit(file, "--model", "gaussian", "--range", "100:200"), "peak.xy",
                "no data points", "100");
    }

    @Test
    void rangeWithoutPointsForAModelFile() throws IOException {
        Path file = SyntheticData.onePeak(dir.resolve("peak.xy"), 1);
        Path model = data("model.json", """
                {"components": [{"name": "p", "shape": "gaussian", "center": 10, "fwhm": 1.5, "area": 2000}]}
                """);
        assertFailsCleanly(DATA, out(), fit(file, "--model", model.toString(), "--range", "100:200"), "peak.xy",
                "no data points");
    }

    @Test
    void sigmaWeightsWithoutASigmaColumn() throws IOException {
        Path file = SyntheticData.onePeak(dir.resolve("peak.xy"), 1);
        assertFailsCleanly(DATA, out(), fit(file, "--model", "gaussian", "--weights", "sigma"), "peak.xy",
                "sigma", "column");
    }

    @Test
    void modelFileWithASyntaxError() throws IOException {
        Path file = SyntheticData.onePeak(dir.resolve("peak.xy"), 1);
        Path model = data("broken.json", """
                {"components": [{"name": "p", "shape": "gaussian", "center": 10,, "fwhm": 1.5}]}
                """);
        assertFailsCleanly(USAGE, out(), fit(file, "--model", model.toString()), "broken.json", "not valid JSON");
    }

    @Test
    void modelFileWithAnUnknownShape() throws IOException {
        Path file = SyntheticData.onePeak(dir.resolve("peak.xy"), 1);
        Path model = data("shape.json", """
                {"components": [{"name": "p", "shape": "gaussianish", "center": 10, "fwhm": 1.5, "area": 2000}]}
                """);
        assertFailsCleanly(USAGE, out(), fit(file, "--model", model.toString()), "shape.json", "gaussianish",
                "unknown");
    }

    @Test
    void modelFileWithATieToAnUnknownComponent() throws IOException {
        Path file = SyntheticData.onePeak(dir.resolve("peak.xy"), 1);
        Path model = data("tie.json", """
                {"components": [
                  {"name": "p", "shape": "gaussian", "center": 10, "fwhm": 1.5, "area": 2000},
                  {"name": "q", "shape": "gaussian", "center": "=r.center + 1.5", "fwhm": 1.5, "area": 100}
                ]}
                """);
        assertFailsCleanly(USAGE, out(), fit(file, "--model", model.toString()), "tie.json", "unknown", "r.center");
    }

    @Test
    void missingModelFile() throws IOException {
        Path file = SyntheticData.onePeak(dir.resolve("peak.xy"), 1);
        assertFailsCleanly(USAGE, out(), fit(file, "--model", dir.resolve("absent.json").toString()), "absent.json",
                "not found");
    }

    @Test
    void malformedRange() throws IOException {
        Path file = SyntheticData.onePeak(dir.resolve("peak.xy"), 1);
        assertFailsCleanly(USAGE, out(), fit(file, "--model", "gaussian", "--range", "5:x"), "--range", "5:x");
        assertFailsCleanly(USAGE, out(), fit(file, "--model", "gaussian", "--range", "26:23"), "--range", "MIN < MAX");
    }

    @Test
    void unknownWeighting() throws IOException {
        Path file = SyntheticData.onePeak(dir.resolve("peak.xy"), 1);
        assertFailsCleanly(USAGE, out(), fit(file, "--model", "gaussian", "--weights", "heavy"), "weighting",
                "heavy");
    }

    @Test
    void missingFileArgument() {
        assertFailsCleanly(USAGE, out(), List.of("fit", "--model", "gaussian"), "missing", "FILE");
    }

    @Test
    void missingModelOption() throws IOException {
        Path file = SyntheticData.onePeak(dir.resolve("peak.xy"), 1);
        assertFailsCleanly(USAGE, out(), fit(file), "missing", "--model");
    }
}
