package org.crystallite.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.crystallite.cli.SyntheticData.TwoPeakTruth;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A model file with linear ties, and the result's {@code model} field reused as a warm start. */
class FitModelFileTest {

    private static final String TIED_MODEL = """
            {
              "background": {"type": "constant"},
              "components": [
                {"name": "g1", "shape": "gaussian", "center": 7.8, "fwhm": 0.8, "area": 400},
                {"name": "g2", "shape": "gaussian", "center": "=g1.center + 1.5", "fwhm": 1.0,
                 "area": "=g1.area * 0.5"}
              ]
            }
            """;

    @TempDir
    Path dir;

    @Test
    void tiesHoldAndTheResultModelWarmStartsTheSameFit() throws IOException {
        Path data = SyntheticData.twoPeaks(dir.resolve("doublet.xy"), 20261122L);
        Path model = SyntheticData.write(dir.resolve("tied.json"), TIED_MODEL);

        CliRun first = CliRun.of("fit", data.toString(), "--model", model.toString(), "--json");
        assertEquals(0, first.exitCode(), first.describe());
        JsonNode result = first.singleJsonObject();
        assertTrue(result.get("converged").asBoolean());
        JsonNode g1 = component(result, "g1");
        JsonNode g2 = component(result, "g2");

        // the ties hold exactly and are reported
        assertEquals(g1.get("center").asDouble() + 1.5, g2.get("center").asDouble(), 1e-9);
        assertEquals(0.5 * g1.get("area").asDouble(), g2.get("area").asDouble(), 1e-9 * g1.get("area").asDouble());
        assertEquals(List.of("center", "area"), names(g2.get("tied")));
        assertEquals(List.of(), names(g1.get("tied")));
        // free: g1 center, fwhm, area; g2 fwhm; background c0
        assertEquals(5, result.get("freeParameters").asInt());

        // the truth the data were drawn from is recovered within counting-noise tolerances
        assertEquals(TwoPeakTruth.CENTER1, g1.get("center").asDouble(), 0.02);
        assertEquals(TwoPeakTruth.FWHM1, g1.get("fwhm").asDouble(), 0.05);
        assertEquals(TwoPeakTruth.FWHM2, g2.get("fwhm").asDouble(), 0.1);
        assertEquals(TwoPeakTruth.AREA1, g1.get("area").asDouble(), 0.05 * TwoPeakTruth.AREA1);
        double chi2r = result.get("chi2r").asDouble();
        assertTrue(chi2r > 0.75 && chi2r < 1.3, "chi2r of a correct model on Poisson-like noise: " + chi2r);

        // the echoed model keeps the ties as tie strings
        JsonNode echoed = result.get("model");
        JsonNode echoedG2 = echoed.get("components").get(1);
        assertTrue(echoedG2.get("center").isTextual() && echoedG2.get("center").asText().startsWith("=g1.center"),
                echoedG2.toString());
        assertTrue(echoedG2.get("area").isTextual() && echoedG2.get("area").asText().startsWith("=g1.area"),
                echoedG2.toString());

        // warm start: the model field is itself a model file and lands on the same optimum
        Path warm = dir.resolve("warm.json");
        Files.writeString(warm, CliRun.MAPPER.writeValueAsString(echoed));
        CliRun second = CliRun.of("fit", data.toString(), "--model", warm.toString(), "--json");
        assertEquals(0, second.exitCode(), second.describe());
        JsonNode again = second.singleJsonObject();
        assertEquals(result.get("chi2").asDouble(), again.get("chi2").asDouble(), 1e-6 * result.get("chi2").asDouble());
        assertEquals(result.get("freeParameters").asInt(), again.get("freeParameters").asInt());
        for (String name : List.of("g1", "g2", "background")) {
            JsonNode before = component(result, name);
            JsonNode after = component(again, name);
            assertEquals(before.get("tied"), after.get("tied"), name);
            before.fieldNames().forEachRemaining(field -> {
                if (!before.get(field).isNumber() || field.endsWith("_sigma")) {
                    return;
                }
                // "the same result": within 1 % of the parameter's own standard error
                double sigma = before.get(field + "_sigma") != null ? before.get(field + "_sigma").asDouble() : 0;
                double tolerance = Math.max(0.01 * sigma, 1e-9 * Math.abs(before.get(field).asDouble()));
                assertEquals(before.get(field).asDouble(), after.get(field).asDouble(), tolerance,
                        name + "." + field);
            });
        }
    }

    private static JsonNode component(JsonNode result, String name) {
        for (JsonNode c : result.get("components")) {
            if (c.get("name").asText().equals(name)) {
                return c;
            }
        }
        throw new AssertionError("no component " + name + " in " + result.get("components"));
    }

    private static List<String> names(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }
}
