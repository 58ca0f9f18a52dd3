package org.crystallite.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.crystallite.spectrum.testing.ValidationData;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code tem calibrate} on the SrTiO3 [001] SER file of shared/validation/tem (SOURCES #4). */
@Tag("validation")
class TemCalibrateValidationTest {

    @TempDir
    Path dir;

    @Test
    void serImageGivesTheKnownScaleFactorsAndSaysTheScanIsNotUniform() throws Exception {
        Path ser = ValidationData.file("tem", "16_STOimage_1.ser");
        Path calib = dir.resolve("calib.json");
        CliRun r = CliRun.of("tem", "calibrate", ser.toString(), "--known-d", "0.3905", "--known-angle", "90", "--out",
                calib.toString(), "--json");
        assertEquals(0, r.exitCode(), r.describe());
        JsonNode j = new ObjectMapper().readTree(r.stdout());
        // Metadata 3.0 % (x) and 4.2 % (y) too large (SOURCES #4; notes/tem.md §6 goal 0.971 / 0.960 ± 0.003).
        assertEquals(0.971, j.get("calibration").get("scaleX").asDouble(), 0.003);
        assertEquals(0.960, j.get("calibration").get("scaleY").asDouble(), 0.003);
        // The peer GPA null test sees 0.7–1.1 % strain scatter in this frame (notes/tem.md §5.3): a calibration
        // from the whole frame cannot hold everywhere in it, and the command says so.
        assertTrue(j.get("fieldVariation").get("d1SpreadPercent").asDouble() > 0.3, j.get("fieldVariation").toString());
        assertTrue(j.get("warnings").toString().contains("between the quadrants"), j.get("warnings").toString());
    }
}
