package org.crystallite.tem.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.crystallite.spectrum.testing.ValidationData;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Known answers from shared/validation/tem/SOURCES.md, entries 1 and 3. */
@Tag("validation")
class RasterValidationTest {

    @Test
    void blobsTiffIsUncalibratedUint8WithBrightBlobs() throws Exception {
        CalibratedImage img = ImageReaders.read(ValidationData.file("tem", "blobs.tif"));

        // SOURCES #1: 256 x 254 uint8, uncalibrated, min-is-black so raw values up to 248
        assertEquals(256, img.width());
        assertEquals(254, img.height());
        assertEquals(PixelType.UINT8, img.originalType());
        assertEquals("pixel", img.unitX());
        assertTrue(img.warnings().stream().anyMatch(w -> w.startsWith("no calibration")), img.warnings().toString());
        float max = 0;
        for (float v : img.pixels()) {
            max = Math.max(max, v);
        }
        assertEquals(248f, max);
        assertTrue(img.metadata().get("tiff.imagej").startsWith("1.52p"), img.metadata().toString());
    }

    @Test
    void goldJpegIsUncalibratedUntilTheUserSetsTheScale() throws Exception {
        CalibratedImage img = ImageReaders.read(ValidationData.file("tem", "gold_nanoparticles_52x52nm.jpg"));

        // SOURCES #3: 512 x 512 JPEG, RGB with identical channels, no calibration; 52 nm field of view
        assertEquals(512, img.width());
        assertEquals(512, img.height());
        assertEquals("pixel", img.unitX());
        CalibratedImage scaled = img.withCalibration(52.0 / 512, 52.0 / 512, "nm");
        assertEquals(0.1016, scaled.pixelSizeNmX(), 5e-5);
    }
}
