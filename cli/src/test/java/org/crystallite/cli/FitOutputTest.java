package org.crystallite.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The files of {@code fit --out DIR}, and {@code --weights sigma}. */
class FitOutputTest {

    private static final Pattern LABEL = Pattern.compile("(.+) \\((.+)\\)");

    @TempDir
    Path dir;

    @Test
    void outWritesCsvPngAndJsonNextToTheInputWithoutTouchingIt() throws IOException {
        Path folder = dir.resolve("data");
        Path input = SyntheticData.onePeak(folder.resolve("peak.xy"), 7);
        byte[] inputBytes = Files.readAllBytes(input);
        FileTime inputTime = FileTime.fromMillis(1_000_000_000_000L);
        Files.setLastModifiedTime(input, inputTime);

        CliRun run = CliRun.of("fit", input.toString(), "--model", "gaussian+constant", "--out", folder.toString(),
                "--json");
        assertEquals(0, run.exitCode(), run.describe());
        JsonNode stdoutJson = run.singleJsonObject();

        assertArrayEquals(inputBytes, Files.readAllBytes(input), "input modified");
        assertEquals(inputTime, Files.getLastModifiedTime(input), "input rewritten");
        try (Stream<Path> files = Files.list(folder)) {
            assertEquals(List.of("fit.csv", "fit.json", "fit.png", "peak.xy"),
                    files.map(p -> p.getFileName().toString()).sorted().toList(), "no staging leftovers");
        }

        // fit.json holds the same object as --json
        JsonNode fileJson = CliRun.MAPPER.readTree(folder.resolve("fit.json").toFile());
        assertEquals(stdoutJson, fileJson);

        // fit.csv: header with units, then one row per fitted point, consistent columns
        List<String> lines = Files.readAllLines(folder.resolve("fit.csv"));
        List<String> names = new ArrayList<>();
        for (String label : lines.get(0).split(",")) {
            Matcher m = LABEL.matcher(label);
            assertTrue(m.matches(), "header label without a unit: " + label);
            names.add(m.group(1));
        }
        assertEquals(List.of("x", "y", "sigma", "fit", "background", "residual", "gaussian"), names);
        assertEquals(stdoutJson.get("points").asInt(), lines.size() - 1);
        assertEquals(201, lines.size() - 1);
        for (String row : lines.subList(1, lines.size())) {
            double[] v = parse(row);
            assertEquals(v[1] - v[3], v[5], 1e-9 * Math.abs(v[1]) + 1e-9, "residual = y - fit: " + row);
            assertEquals(v[4] + v[6], v[3], 1e-9 * Math.abs(v[3]) + 1e-9, "fit = background + peak: " + row);
            assertEquals(Math.sqrt(Math.max(v[1], 1)), v[2], 1e-12 * v[2], "poisson sigma: " + row);
        }

        // fit.png is a real PNG of the size the command asks for
        byte[] png = Files.readAllBytes(folder.resolve("fit.png"));
        assertArrayEquals(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'},
                Arrays.copyOf(png, 8));
        BufferedImage image = ImageIO.read(folder.resolve("fit.png").toFile());
        assertNotNull(image, "fit.png is not readable by ImageIO");
        assertEquals(1000, image.getWidth());
        assertEquals(700, image.getHeight());

        // the fit itself is sound: the peak drawn at x = 10, FWHM 1.5, area 2000 is recovered
        JsonNode peak = stdoutJson.get("components").get(0);
        assertEquals(10.0, peak.get("center").asDouble(), 0.05);
        assertEquals(1.5, peak.get("fwhm").asDouble(), 0.1);
        assertEquals(2000, peak.get("area").asDouble(), 150);
    }

    @Test
    void outReplacesEarlierResultsAndKeepsOtherFiles() throws IOException {
        Path input = SyntheticData.onePeak(dir.resolve("peak.xy"), 7);
        Path out = dir.resolve("results");
        Files.createDirectories(out);
        Files.writeString(out.resolve("fit.csv"), "stale\n");
        Files.writeString(out.resolve("notes.txt"), "keep me\n");

        CliRun run = CliRun.of("fit", input.toString(), "--model", "gaussian", "--out", out.toString());
        assertEquals(0, run.exitCode(), run.describe());
        assertEquals("", run.stderr());
        assertTrue(run.stdout().contains("chi2"), "summary expected without --json: " + run.stdout());
        assertTrue(Files.readString(out.resolve("fit.csv")).startsWith("x ("), "fit.csv not replaced");
        assertEquals("keep me\n", Files.readString(out.resolve("notes.txt")));
        assertTrue(Files.isRegularFile(out.resolve("fit.png")) && Files.isRegularFile(out.resolve("fit.json")));
    }

    @Test
    void anInputNamedLikeAnOutputFileIsNeverOverwritten() throws IOException {
        Path folder = dir.resolve("data");
        Path input = SyntheticData.onePeak(folder.resolve("fit.csv"), 7);
        // all or nothing: the refused fit.csv also keeps fit.png and fit.json out of the folder
        FailureChecks.assertFailsCleanly(Main.ANALYSIS_FAILURE, folder,
                List.of("fit", input.toString(), "--model", "gaussian"), "fit.csv", "input file");
    }

    /**
     * {@code --weights sigma} uses the file's third column. The model has a fixed Gaussian and one free
     * constant c, so the weighted least-squares answer is known in closed form:
     * c = Σ wᵢ rᵢ / Σ wᵢ with rᵢ = yᵢ − G(xᵢ), wᵢ = 1/σᵢ², and χ² = Σ wᵢ (rᵢ − c)².
     */
    @Test
    void sigmaWeightsUseTheSigmaColumn() throws IOException {
        double[] x = {0, 1, 2, 3, 4, 5, 6, 7};
        double[] y = {12, 15, 31, 58, 40, 18, 9, 14};
        double[] sigma = {1, 2, 0.5, 4, 3, 1.5, 2.5, 1};
        StringBuilder text = new StringBuilder("x y esd\n");
        for (int i = 0; i < x.length; i++) {
            text.append(String.format(Locale.ROOT, "%s %s %s%n", x[i], y[i], sigma[i]));
        }
        Path input = SyntheticData.write(dir.resolve("tiny.xye"), text.toString());
        Path model = SyntheticData.write(dir.resolve("fixed-peak.json"), """
                {"background": {"type": "constant"},
                 "components": [{"name": "p", "shape": "gaussian",
                   "center": {"value": 3.2, "fixed": true}, "fwhm": {"value": 1.8, "fixed": true},
                   "area": {"value": 70, "fixed": true}}]}
                """);

        double[] expectedSigma = closedForm(x, y, sigma);
        double[] poisson = new double[y.length];
        for (int i = 0; i < y.length; i++) {
            poisson[i] = Math.sqrt(Math.max(y[i], 1));
        }
        double[] expectedPoisson = closedForm(x, y, poisson);

        JsonNode sigmaFit = fitJson(input, model, "sigma");
        assertEquals("sigma", sigmaFit.get("weighting").asText());
        assertEquals(1, sigmaFit.get("freeParameters").asInt());
        assertEquals(expectedSigma[1], sigmaFit.get("chi2").asDouble(), 1e-8 * expectedSigma[1]);
        assertEquals(expectedSigma[0], background(sigmaFit), 1e-8 * Math.abs(expectedSigma[0]));

        JsonNode poissonFit = fitJson(input, model, "poisson");
        assertEquals(expectedPoisson[1], poissonFit.get("chi2").asDouble(), 1e-8 * expectedPoisson[1]);
        assertNotEquals(expectedSigma[1], expectedPoisson[1], 1e-3 * expectedSigma[1],
                "test data should tell the weightings apart");
    }

    /** The constant c0 of the fitted background component. */
    private static double background(JsonNode fit) {
        for (JsonNode c : fit.get("components")) {
            if (c.get("name").asText().equals("background")) {
                return c.get("c0").asDouble();
            }
        }
        throw new AssertionError("no background component in " + fit);
    }

    /** {c, χ²} of the weighted constant under the fixed Gaussian of the sigma test. */
    private static double[] closedForm(double[] x, double[] y, double[] sigma) {
        double sw = 0;
        double swr = 0;
        double[] r = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            r[i] = y[i] - SyntheticData.gaussian(x[i], 3.2, 1.8, 70);
            double w = 1 / (sigma[i] * sigma[i]);
            sw += w;
            swr += w * r[i];
        }
        double c = swr / sw;
        double chi2 = 0;
        for (int i = 0; i < x.length; i++) {
            chi2 += (r[i] - c) * (r[i] - c) / (sigma[i] * sigma[i]);
        }
        return new double[] {c, chi2};
    }

    private static JsonNode fitJson(Path input, Path model, String weights) throws IOException {
        CliRun run = CliRun.of("fit", input.toString(), "--model", model.toString(), "--weights", weights, "--json");
        assertEquals(0, run.exitCode(), run.describe());
        return run.singleJsonObject();
    }

    private static double[] parse(String row) {
        String[] f = row.split(",");
        double[] v = new double[f.length];
        for (int i = 0; i < f.length; i++) {
            v[i] = Double.parseDouble(f[i]);
        }
        return v;
    }
}
