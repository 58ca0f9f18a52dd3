package org.crystallite.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --monte-carlo N}: on data that the model describes (χ²ν ≈ 1) the replica spread matches the scaled σ. */
class FitMonteCarloTest {

    @TempDir
    Path dir;

    @Test
    void replicaSpreadAgreesWithCovarianceWhenTheModelFits() throws IOException {
        Path data = SyntheticData.onePeak(dir.resolve("one.xy"), 5);
        CliRun run = CliRun.of("fit", data.toString(), "--model", "gaussian+constant", "--json",
                "--monte-carlo", "300", "--seed", "7");
        assertEquals(0, run.exitCode(), run.describe());
        JsonNode json = run.singleJsonObject();
        JsonNode mc = json.get("monteCarlo");
        assertEquals(300, mc.get("replicas").asInt());
        assertEquals(300, mc.get("succeeded").asInt());
        assertEquals(7, mc.get("seed").asLong());
        JsonNode peak = json.get("components").get(0);
        for (JsonNode p : mc.get("parameters")) {
            if (!p.get("component").asText().equals("gaussian")) {
                continue;
            }
            String name = p.get("parameter").asText();
            double covarianceSigma = peak.get(name + "_sigma").asDouble();
            // 300 replicas estimate σ to about 4 %; χ²ν ≠ 1 and non-linearity add a little.
            assertEquals(covarianceSigma, p.get("sigma").asDouble(), 0.2 * covarianceSigma, name);
        }
        CliRun again = CliRun.of("fit", data.toString(), "--model", "gaussian+constant", "--json",
                "--monte-carlo", "300", "--seed", "7");
        assertEquals(mc, again.singleJsonObject().get("monteCarlo"), "same seed, same replicas");
    }

    @Test
    void oneReplicaIsAUsageError() throws IOException {
        Path data = SyntheticData.onePeak(dir.resolve("one.xy"), 5);
        CliRun run = CliRun.of("fit", data.toString(), "--model", "gaussian", "--monte-carlo", "1");
        assertEquals(2, run.exitCode(), run.describe());
        assertTrue(run.stderr().contains("--monte-carlo"), run.describe());
    }
}
