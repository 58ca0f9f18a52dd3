package org.crystallite.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import com.fasterxml.jackson.databind.JsonNode;
import org.crystallite.spectrum.testing.ValidationData;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The documented jadarite command (docs/cli.md) on the 11-BM pattern, and what the command says when the
 * laboratory default indexing window (±0.1°) is used on that dense, sharp pattern.
 */
@Tag("validation")
class XrdLatticeJadariteValidationTest {

    /**
     * The documented jadarite refinement (monoclinic P2₁/c, no shift, 6–50°, fcj-pv) followed by
     * {@code extra}, which must give the axial divergence (--axial or --instrument).
     */
    static String[] jadariteLattice(Path data, String... extra) {
        String[] base = {"xrd", "lattice", data.toString(), "--system", "monoclinic", "--cell",
            "6.7635,13.803,7.6894,90,124.087,90", "--spacegroup", "P2_1/c", "--shift", "none", "--range", "6:50",
            "--profile", "fcj-pv"};
        String[] all = java.util.Arrays.copyOf(base, base.length + extra.length);
        System.arraycopy(extra, 0, all, base.length, extra.length);
        return all;
    }

    @Test
    void documentedCommandMeetsTheGsasCell() throws Exception {
        Path data = ValidationData.file("xrd", "11bmb_6231.fxye.zip");
        Path prm = ValidationData.file("xrd", "11bmb_6231.prm");
        CliRun run = CliRun.of(jadariteLattice(data, "--axial", prm.toString(), "--isolation", "0.05", "--tolerance", "0.02", "--json"));
        assertEquals(0, run.exitCode(), run.describe());
        JsonNode j = run.singleJsonObject();
        assertEquals(6.763493, j.get("a").asDouble(), 60e-6 * 6.763493);
        assertEquals(13.803014, j.get("b").asDouble(), 60e-6 * 13.803014);
        assertEquals(7.689354, j.get("c").asDouble(), 60e-6 * 7.689354);
        assertEquals(124.0869, j.get("beta").asDouble(), 0.005);
    }

    @Test
    void runAwayRefinementNamesTheFileAndTheIndexingWindow() throws Exception {
        Path data = ValidationData.file("xrd", "11bmb_6231.fxye.zip");
        Path prm = ValidationData.file("xrd", "11bmb_6231.prm");
        CliRun run = CliRun.of(jadariteLattice(data, "--axial", prm.toString()));
        String message = run.stderr();
        assertEquals(1, run.exitCode(), run.describe());
        assertTrue(message.contains(data.toString()) && message.contains("indexing tolerance"), message);
        assertEquals(1, message.strip().lines().count(), message);
    }
}
