package org.crystallite.spectrum.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ModelJsonTest {

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
