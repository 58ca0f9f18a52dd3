package org.crystallite.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JsonTest {

    /** Declared in an order that is not alphabetical, to see that declaration order is kept. */
    record PeakResult(String name, double centerEv, double fwhmEv, double[] residuals, Double chi2) {
    }

    @TempDir
    Path folder;

    private final ObjectMapper reader = new ObjectMapper();

    @Test
    void recordWithNonFiniteValuesBecomesValidJsonWithNulls() throws IOException {
        PeakResult result = new PeakResult("Fe 2p3/2", 710.8, Double.NaN,
                new double[] {0.5, Double.POSITIVE_INFINITY, -1.25}, Double.NEGATIVE_INFINITY);
        Path file = folder.resolve("result.json");

        Json.write(result, file);

        JsonNode root = reader.readTree(Files.readString(file));
        assertEquals(List.of("name", "centerEv", "fwhmEv", "residuals", "chi2"), fieldNames(root));
        assertEquals(710.8, root.get("centerEv").doubleValue(), 0.0);
        assertTrue(root.get("fwhmEv").isNull());
        assertTrue(root.get("chi2").isNull());
        assertEquals(0.5, root.get("residuals").get(0).doubleValue(), 0.0);
        assertTrue(root.get("residuals").get(1).isNull());
        assertEquals(-1.25, root.get("residuals").get(2).doubleValue(), 0.0);
    }

    @Test
    void mapKeepsInsertionOrderAndNestedValues() throws IOException {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("zeta", 1);
        map.put("alpha", Double.NaN);
        map.put("items", List.of(1.5, Float.NaN, "text"));
        map.put("file", Path.of("data", "scan 1.xy"));

        String compact = Json.toString(map, Json.Layout.COMPACT);
        String pretty = Json.toString(map);

        assertFalse(compact.contains("\n"), compact);
        assertTrue(pretty.contains("\n  \"zeta\""), pretty);
        JsonNode root = reader.readTree(compact);
        assertEquals(reader.readTree(pretty), root);
        assertEquals(List.of("zeta", "alpha", "items", "file"), fieldNames(root));
        assertTrue(root.get("alpha").isNull());
        assertTrue(root.get("items").get(1).isNull());
        assertEquals("text", root.get("items").get(2).textValue());
        assertEquals(Path.of("data", "scan 1.xy").toString(), root.get("file").textValue());
    }

    @Test
    void doublesKeepFullPrecision() throws IOException {
        double awkward = 0.1 + 0.2;
        JsonNode root = reader.readTree(Json.toString(Map.of("value", awkward), Json.Layout.COMPACT));
        assertEquals(Double.doubleToLongBits(awkward), Double.doubleToLongBits(root.get("value").doubleValue()));
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
