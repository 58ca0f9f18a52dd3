package org.crystallite.tem.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class CalibratedImageTest {

    private static CalibratedImage.Builder image() {
        return CalibratedImage.builder("t.dm3", 2, 2, new float[] {1, 2, 3, 4}, PixelType.FLOAT32);
    }

    @Test
    void convertsLengthUnitsToNanometres() {
        assertEquals(0.5, image().pixelSize(5, 5, "Å", "Å").build().pixelSizeNmX(), 1e-12);
        assertEquals(0.5, image().pixelSize(5, 5, "A", "A").build().pixelSizeNmY(), 1e-12);
        assertEquals(2000, image().pixelSize(2, 2, "µm", "µm").build().pixelSizeNmX(), 1e-9);
        assertEquals(2000, image().pixelSize(2, 2, "um", "um").build().pixelSizeNmX(), 1e-9);
        assertEquals(0.0100127, image().pixelSize(1.00127e-11, 1.00127e-11, "m", "m").build().pixelSizeNmX(), 1e-12);
        assertEquals(0.3, image().pixelSize(300, 300, "pm", "pm").build().pixelSizeNmX(), 1e-12);
    }

    @Test
    void reciprocalAndUnknownUnitsAreRefusedClearly() {
        CalibratedImage saed = image().pixelSize(0.01, 0.01, "1/nm", "1/nm").build();
        IllegalStateException e = assertThrows(IllegalStateException.class, saed::pixelSizeNmX);
        assertTrue(e.getMessage().contains("reciprocal") && e.getMessage().contains("t.dm3"), e.getMessage());
        assertFalse(saed.hasRealSpaceCalibration());
        CalibratedImage eels = image().pixelSize(0.1, 0.1, "eV", "eV").build();
        assertTrue(assertThrows(IllegalStateException.class, eels::pixelSizeNmY).getMessage().contains("'eV'"));
    }

    @Test
    void warnsWhenPixelSizesDiffer() {
        CalibratedImage img = image().pixelSize(1.032, 1.0, "nm", "nm").build();
        assertTrue(img.warnings().stream().anyMatch(w -> w.startsWith("x and y pixel sizes differ by 3.10 %")),
                img.warnings().toString());
        assertTrue(image().pixelSize(1, 1, "nm", "nm").build().warnings().isEmpty());
        // same size in different units is not anisotropic
        assertTrue(image().pixelSize(1, 10, "nm", "Å").build().warnings().isEmpty());
    }

    @Test
    void isImmutable() {
        float[] values = {1, 2, 3, 4};
        CalibratedImage img = CalibratedImage.builder("t", 2, 2, values, PixelType.FLOAT32).build();
        values[0] = 99;
        img.pixels()[1] = 99;
        assertEquals(1f, img.pixel(0, 0));
        assertEquals(2f, img.pixel(1, 0));
        assertThrows(UnsupportedOperationException.class, () -> img.metadata().put("a", "b"));
    }

    @Test
    void userCalibrationReplacesTheFileOneAndKeepsItInMetadata() {
        CalibratedImage raw = image().uncalibrated("none stored").build();
        CalibratedImage set = raw.withCalibration(52.0 / 512, 52.0 / 512, "nm");
        assertEquals(0.1015625, set.pixelSizeNmX(), 1e-12);
        assertTrue(set.warnings().isEmpty(), set.warnings().toString());
        assertEquals("1.0000000 pixel × 1.0000000 pixel", set.metadata().get(ImageMetadataKeys.FILE_CALIBRATION));
    }

    @Test
    void rejectsInconsistentShapes() {
        assertThrows(IllegalArgumentException.class,
                () -> CalibratedImage.builder("t", 3, 2, new float[5], PixelType.UINT8));
    }
}
