package org.crystallite.spectrum.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.crystallite.spectrum.background.ShirleyBackground;
import org.junit.jupiter.api.Test;

class ModelJsonTest {

    /** The example of the design guide §4a, verbatim apart from the Pt 4f7/2 component it refers to. */
    private static final String GUIDE_EXAMPLE = """
            {
              "range": [280.5, 295.0],
              "background": {"type": "shirley"},
              "components": [
                {"name": "C-C", "shape": "gl", "center": 284.8, "fwhm": 1.1, "area": 1000, "m": 30},
                {"name": "C-O", "shape": "gl", "center": {"value": 286.3, "min": 285.9, "max": 286.9},
                 "fwhm": "=C-C.fwhm", "area": 300, "m": "=C-C.m"},
                {"name": "Pt 4f7/2", "shape": "gaussian", "center": 290, "fwhm": 1, "area": 10},
                {"name": "Pt 4f5/2", "shape": "gaussian", "center": "=Pt 4f7/2.center + 3.33",
                 "area": "=Pt 4f7/2.area * 0.75", "fwhm": "=Pt 4f7/2.fwhm"}
              ]
            }""";

    @Test
    void readsTheDesignGuideExample() {
        Model m = ModelJson.parse(GUIDE_EXAMPLE, null);
        assertEquals(280.5, m.rangeMin());
        assertEquals(295.0, m.rangeMax());
        assertTrue(m.staticBackground().orElseThrow() instanceof ShirleyBackground);
        assertEquals(4, m.components().size());
        Parameter center = m.component("C-O").orElseThrow().parameter("center").orElseThrow();
        assertEquals(286.3, center.value());
        assertEquals(285.9, center.min());
        assertEquals(286.9, center.max());
        assertEquals(new Tie("C-C", "fwhm", 1, 0), m.component("C-O").orElseThrow().parameter("fwhm").orElseThrow().tie());
        Parameter area = m.component("Pt 4f5/2").orElseThrow().parameter("area").orElseThrow();
        assertEquals(new Tie("Pt 4f7/2", "area", 0.75, 0), area.tie());
        // free: C-C (4) + C-O center, area (2) + Pt 4f7/2 (3)
        assertEquals(9, m.freeParameterCount());
    }

    @Test
    void writtenModelReadsBackIdentically() {
        Model m = ModelJson.parse(GUIDE_EXAMPLE, null);
        Model again = ModelJson.parse(ModelJson.write(m), null);
        assertEquals(m.rangeMin(), again.rangeMin());
        assertEquals(m.qualifiedParameterNames(), again.qualifiedParameterNames());
        for (int c = 0; c < m.components().size(); c++) {
            for (int p = 0; p < m.components().get(c).parameters().size(); p++) {
                Parameter a = m.components().get(c).parameters().get(p);
                Parameter b = again.components().get(c).parameters().get(p);
                assertEquals(a.tie(), b.tie());
                assertEquals(a.fixed(), b.fixed());
                assertEquals(a.min(), b.min());
                assertEquals(a.max(), b.max());
                if (!a.isTied()) {
                    assertEquals(a.value(), b.value());
                }
            }
        }
        assertEquals(m.staticBackground().orElseThrow().asStep(), again.staticBackground().orElseThrow().asStep());
    }

    @Test
    void inFitBackgroundBecomesAComponentAndRoundTrips() {
        String json = """
                {"range": [10, 20], "background": {"type": "polynomial", "order": 2, "c0": 5},
                 "components": [{"name": "p", "shape": "pseudo-voigt", "center": 15, "fwhm": 0.2, "area": 3,
                                 "eta": {"value": 0.4, "fixed": true}}]}""";
        Model m = ModelJson.parse(json, null);
        Component bg = m.component(ModelJson.BACKGROUND).orElseThrow();
        assertEquals(3, bg.parameters().size());
        assertEquals(5, bg.parameter("c0").orElseThrow().value());
        assertTrue(m.component("p").orElseThrow().parameter("eta").orElseThrow().fixed());
        Model again = ModelJson.parse(ModelJson.write(m), null);
        assertEquals(m.qualifiedParameterNames(), again.qualifiedParameterNames());
        assertFalse(again.staticBackground().isPresent());
    }

    @Test
    void errorsNameTheProblem() {
        assertMessage("{\"components\": [{\"name\": \"a\", \"shape\": \"gaussianish\", \"center\": 1}]}", "gaussianish");
        assertMessage("{\"components\": []}", "components");
        assertMessage("{\"components\": [{\"name\": \"a\", \"shape\": \"gaussian\", \"centre\": 1}]}", "centre");
        assertMessage("{\"components\": [{\"name\": \"a\", \"shape\": \"gaussian\", \"center\": \"abc\"}]}", "abc");
        assertMessage("{\"range\": [5], \"components\": [{\"name\": \"a\", \"shape\": \"gaussian\"}]}", "range");
        assertMessage("{\"components\": [{\"name\": \"a\", \"shape\": \"gaussian\"}], \"background\": {\"type\": \"magic\"}}",
                "magic");
        assertMessage("{\"components\": [", "not valid JSON");
        assertMessage("{\"components\": [{\"name\": \"a\", \"shape\": \"gaussian\", \"fwhm\": {\"min\": 0}}]}", "value");
    }

    private static void assertMessage(String json, String expected) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ModelJson.parse(json, null));
        assertTrue(e.getMessage().contains(expected), e.getMessage());
    }

    @Test
    void aTieToAnUnknownParameterIsAnErrorOfTheModel() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ModelJson.parse("""
                {"components": [
                  {"name": "p", "shape": "gaussian", "center": 10, "fwhm": 1, "area": 100},
                  {"name": "q", "shape": "gaussian", "center": "=r.center + 1.5", "fwhm": 1, "area": 50}
                ]}""", null));
        assertTrue(e.getMessage().contains("q.center") && e.getMessage().contains("'r.center'"), e.getMessage());
    }

    @Test
    void aCircularTieIsAnErrorOfTheModel() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ModelJson.parse("""
                {"components": [
                  {"name": "p", "shape": "gaussian", "center": "=q.center - 1", "fwhm": 1, "area": 100},
                  {"name": "q", "shape": "gaussian", "center": "=p.center + 1", "fwhm": 1, "area": 50}
                ]}""", null));
        assertTrue(e.getMessage().contains("circular"), e.getMessage());
    }

    @Test
    void tiesToKnownParametersAreKept() {
        Model model = ModelJson.parse("""
                {"components": [
                  {"name": "p", "shape": "gaussian", "center": 10, "fwhm": 1, "area": 100},
                  {"name": "q", "shape": "gaussian", "center": "=p.center + 1.5", "fwhm": 1, "area": "=p.area * 0.5"}
                ]}""", null);
        assertEquals(4, model.freeParameterCount());
    }
}
