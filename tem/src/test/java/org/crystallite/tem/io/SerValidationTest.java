package org.crystallite.tem.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.crystallite.spectrum.io.DataFormatException;
import org.crystallite.spectrum.testing.ValidationData;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Known answers from shared/validation/tem/SOURCES.md, entries 4–5. */
@Tag("validation")
class SerValidationTest {

    @Test
    void srTiO3HaadfHasTheExactSerCalibrationAndEmiMetadata() throws Exception {
        CalibratedImage img = new SerReader().read(ValidationData.file("tem", "16_STOimage_1.ser"));

        // 1024 x 1024 uint16 (16121–24376); calibration 1.0012704e-11 m/px exactly
        assertEquals(1024, img.width());
        assertEquals(1024, img.height());
        assertEquals(PixelType.UINT16, img.originalType());
        assertEquals("m", img.unitX());
        assertEquals(1.0012704e-11, img.pixelSizeX(), 5e-19);
        assertEquals(1.0012704e-11, img.pixelSizeY(), 5e-19);
        assertEquals(0.0100127, img.pixelSizeNmX(), 5e-8);
        float min = Float.MAX_VALUE;
        float max = -Float.MAX_VALUE;
        for (float v : img.pixels()) {
            min = Math.min(min, v);
            max = Math.max(max, v);
        }
        assertEquals(16121f, min);
        assertEquals(24376f, max);
        // EMI: TitanCubed D3147 S-Twin, 80 kV, 13.5 Mx, STEM mode
        assertEquals("TitanCubed D3147 S-Twin", img.metadata().get(ImageMetadataKeys.MICROSCOPE));
        assertEquals("80", img.metadata().get(ImageMetadataKeys.VOLTAGE_KV));
        assertEquals("13500000", img.metadata().get(ImageMetadataKeys.MAGNIFICATION));
        assertTrue(img.metadata().get(ImageMetadataKeys.MODE).contains("STEM nP Mh Zoom Diffraction"));
        assertTrue(img.metadata().get(ImageMetadataKeys.ACQUISITION_TIME).contains("Oct 18"));
        assertTrue(img.warnings().isEmpty(), img.warnings().toString());
    }

    @Test
    void theSameSerWithoutItsEmiIsRefused(@TempDir Path dir) throws Exception {
        Path copy = dir.resolve("16_STOimage_1.ser");
        Files.copy(ValidationData.file("tem", "16_STOimage_1.ser"), copy);

        DataFormatException e = assertThrows(DataFormatException.class, () -> new SerReader().read(copy));

        assertTrue(e.getMessage().contains("16_STOimage.emi"), e.getMessage());
    }
}
