package org.crystallite.tem.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.crystallite.spectrum.testing.ValidationData;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Known answers from shared/validation/tem/SOURCES.md, entries 8 and 11. */
@Tag("validation")
class DmValidationTest {

    @Test
    void dm4NonSquareRampKeepsPerAxisSizesAndMixedUnits() throws Exception {
        CalibratedImage img = new DmReader().read(
                ValidationData.file("tem", "dmTest_float32_nonSquare_diffPixelSize.dm4"));

        // SOURCES #8: shape (64, 128) in array order = 64 rows of 128 columns, float32
        assertEquals(128, img.width());
        assertEquals(64, img.height());
        assertEquals(PixelType.FLOAT32, img.originalType());
        // pixelSize [2.0, 1.0] units ['A', 'nm'] in array-axis order (y, x)
        assertEquals(1.0, img.pixelSizeX(), 0);
        assertEquals("nm", img.unitX());
        assertEquals(2.0, img.pixelSizeY(), 0);
        assertEquals("A", img.unitY());
        assertEquals(1.0, img.pixelSizeNmX(), 0);
        assertEquals(0.2, img.pixelSizeNmY(), 1e-12);
        // values 0..127 ramp along x; row 0 is 0, 1, 2, …
        assertEquals(0f, img.pixel(0, 0));
        assertEquals(1f, img.pixel(1, 0));
        assertEquals(2f, img.pixel(2, 0));
        assertEquals(127f, img.pixel(127, 0));
        assertEquals(127f, img.pixel(127, 63));
        assertTrue(img.warnings().stream().anyMatch(w -> w.contains("non-square")), img.warnings().toString());
    }

    @Test
    void dm3MoireHologramIsUint16WithNanometreCalibration() throws Exception {
        CalibratedImage img = new DmReader().read(ValidationData.file("tem", "STEM_Moire_Hologram.dm3"));

        // SOURCES #11: 512 x 512 uint16 at 0.465943 nm/px
        assertEquals(512, img.width());
        assertEquals(512, img.height());
        assertEquals(PixelType.UINT16, img.originalType());
        assertEquals("nm", img.unitX());
        assertEquals("nm", img.unitY());
        assertEquals(0.465943, img.pixelSizeNmX(), 5e-7);
        assertEquals(0.465943, img.pixelSizeNmY(), 5e-7);
        assertEquals("DM3", img.metadata().get(ImageMetadataKeys.FORMAT));
        assertTrue(img.warnings().isEmpty(), img.warnings().toString());
    }
}
