package org.crystallite.spectrum.shape;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LineShapesTest {

    /** The model-file contract (design guide §4a): names and parameter order. */
    private static final Map<String, List<String>> CONTRACT = Map.ofEntries(
            Map.entry("gaussian", List.of("center", "fwhm", "area")),
            Map.entry("lorentzian", List.of("center", "fwhm", "area")),
            Map.entry("pseudo-voigt", List.of("center", "fwhm", "area", "eta")),
            Map.entry("voigt", List.of("center", "fwhmL", "fwhmG", "area")),
            Map.entry("tch", List.of("center", "fwhmG", "fwhmL", "area")),
            Map.entry("pearson7", List.of("center", "fwhm", "area", "m")),
            Map.entry("split-pv", List.of("center", "fwhmLeft", "fwhmRight", "area", "eta")),
            Map.entry("gl", List.of("center", "fwhm", "area", "m")),
            Map.entry("sgl", List.of("center", "fwhm", "area", "m")),
            Map.entry("ds-g", List.of("center", "fwhm", "area", "alpha", "fwhmG")),
            Map.entry("arctan-step", List.of("center", "width", "height")),
            Map.entry("erf-step", List.of("center", "width", "height")));

    @Test
    void everyContractShapeIsRegisteredWithItsParameterOrder() {
        for (Map.Entry<String, List<String>> e : CONTRACT.entrySet()) {
            LineShape shape = LineShapes.byName(e.getKey());
            assertEquals(e.getKey(), shape.name());
            assertEquals(e.getValue(), shape.parameters().stream().map(ParameterDefault::name).toList());
            assertEquals(!e.getKey().endsWith("-step"), shape.isPeak(), e.getKey());
            assertTrue(LineShapes.names().contains(e.getKey()));
        }
        assertEquals(CONTRACT.keySet(), LineShapes.names().stream()
                .filter(CONTRACT::containsKey).collect(java.util.stream.Collectors.toSet()));
    }

    @Test
    void byNameGivesFreshInstances() {
        assertNotSame(LineShapes.byName("gl"), LineShapes.byName("gl"));
    }

    @Test
    void unknownNameListsTheKnownShapes() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> LineShapes.byName("gauss"));
        assertTrue(e.getMessage().contains("'gauss'"));
        assertTrue(e.getMessage().contains("pseudo-voigt"));
        assertThrows(IllegalArgumentException.class, () -> LineShapes.byName(null));
    }

    @Test
    void wrongParameterCountIsAClearError() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> LineShapes.byName("voigt").value(0, new double[] {0, 1, 1}));
        assertTrue(e.getMessage().contains("voigt expects 4 parameters"));
    }
}
