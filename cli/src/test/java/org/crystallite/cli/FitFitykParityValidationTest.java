package org.crystallite.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Path;
import org.crystallite.spectrum.testing.ValidationData;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Parity with fityk 1.3.2 on nacl01.dat (validation/xrd/SOURCES.md §8): Gaussian on 23 < x < 26,
 * weights 1/√y, gives center 24.7223595, FWHM 0.281318, area 19558.7, height 65314.9 and WSSR 9377.66.
 */
@Tag("validation")
class FitFitykParityValidationTest {

    @Test
    void gaussianOnNacl01MatchesFitykThroughTheCommandLine() throws IOException {
        Path file = ValidationData.file("xrd", "nacl01.dat");
        CliRun run = CliRun.of("fit", file.toString(), "--model", "gaussian", "--range", "23:26", "--json");

        assertEquals(0, run.exitCode(), run.describe());
        assertEquals("", run.stderr(), run.describe());
        JsonNode result = run.singleJsonObject();

        JsonNode peak = result.get("components").get(0);
        assertEquals("gaussian", peak.get("type").asText());
        // fityk prints center to 9 significant digits, the others to 6: tolerances per the issue.
        assertEquals(24.7223595, peak.get("center").asDouble(), 1e-5);
        assertEquals(0.281318, peak.get("fwhm").asDouble(), 1e-4 * 0.281318);
        assertEquals(19558.7, peak.get("area").asDouble(), 1e-4 * 19558.7);
        assertEquals(65314.9, peak.get("height").asDouble(), 1e-4 * 65314.9);
        // χ² is fityk's WSSR with the same weights σ = √max(y, 1); 9377.66 is given to 6 digits.
        assertEquals(9377.66, result.get("chi2").asDouble(), 1e-6 * 9377.66);
        assertEquals("poisson", result.get("weighting").asText());
        assertTrue(result.get("converged").asBoolean());
        assertEquals(3, result.get("freeParameters").asInt());
        assertTrue(result.get("file").asText().endsWith("nacl01.dat"), result.get("file").asText());
    }
}
