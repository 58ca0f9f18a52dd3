package org.crystallite.tem.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.crystallite.spectrum.testing.ValidationData;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Known answers from shared/validation/tem/SOURCES.md, entries 6, 7, 9 and 10. */
@Tag("validation")
class Hdf5ValidationTest {

    private static CalibratedImage read(String name) throws Exception {
        return new Hdf5ImageReader().read(ValidationData.file("tem", name));
    }

    @Test
    void veloxDarkFrameShapeCalibrationVoltageAndStatistics() throws Exception {
        CalibratedImage img = read("Camera_Ceta_Imaging_Micro.emd");

        // SOURCES #7: 512x512 int16, 3.138837 nm in both directions, 300 kV, mean -1.5705, sd 1.654
        assertEquals(512, img.width());
        assertEquals(512, img.height());
        assertEquals(PixelType.INT16, img.originalType());
        assertEquals("m", img.unitX());
        assertEquals(3.138837, img.pixelSizeNmX(), 5e-7);
        assertEquals(3.138837, img.pixelSizeNmY(), 5e-7);
        assertEquals("300", img.metadata().get(ImageMetadataKeys.VOLTAGE_KV));
        assertEquals("Titan", img.metadata().get(ImageMetadataKeys.MICROSCOPE));
        assertEquals(26996.349, Double.parseDouble(img.metadata().get(ImageMetadataKeys.MAGNIFICATION)), 0.001);
        float[] v = img.pixels();
        double sum = 0;
        float min = Float.MAX_VALUE;
        float max = -Float.MAX_VALUE;
        for (float x : v) {
            sum += x;
            min = Math.min(min, x);
            max = Math.max(max, x);
        }
        double mean = sum / v.length;
        double ss = 0;
        for (float x : v) {
            ss += (x - mean) * (x - mean);
        }
        assertEquals(-1.5705, mean, 5e-5);
        assertEquals(1.654, Math.sqrt(ss / (v.length - 1)), 5e-4);
        assertEquals(-10f, min);
        assertEquals(7f, max);
    }

    @Test
    void berkeleyEmdNormalisesTheOddNmUnit() throws Exception {
        CalibratedImage img = read("Acquisition_18.emd");

        // SOURCES #6: 1024x1024 uint16, units "n_m", scale 0.012246525 nm/px, TEAM 0.5, 200 kV, 5.1 Mx
        assertEquals(1024, img.width());
        assertEquals(1024, img.height());
        assertEquals(PixelType.UINT16, img.originalType());
        assertEquals("nm", img.unitX());
        assertEquals("n_m", img.metadata().get("emd.dim2.units"));
        assertEquals(0.012246525, img.pixelSizeNmX(), 5e-9);
        assertEquals(0.012246525, img.pixelSizeNmY(), 5e-9);
        assertEquals("200", img.metadata().get(ImageMetadataKeys.VOLTAGE_KV));
        assertEquals("5100000", img.metadata().get(ImageMetadataKeys.MAGNIFICATION));
        assertEquals("TEAM 0.5", img.metadata().get(ImageMetadataKeys.MICROSCOPE));
        assertEquals("STO laser cut", img.metadata().get("emd.sample.name"));
    }

    @Test
    void hyperSpyAdfImageWithoutUnitString() throws Exception {
        CalibratedImage img = read("test_ADF_cropped.hdf5");

        // SOURCES #9: 400 x 380 float16 (array shape: 400 rows of 380), scale 0.009326270, no unit string
        assertEquals(380, img.width());
        assertEquals(400, img.height());
        assertEquals(PixelType.FLOAT16, img.originalType());
        assertEquals(0.009326270, img.pixelSizeX(), 5e-10);
        assertEquals(0.009326270, img.pixelSizeY(), 5e-10);
        assertEquals("", img.unitX());
        assertThrows(IllegalStateException.class, img::pixelSizeNmX);
        assertTrue(img.warnings().stream().anyMatch(w -> w.contains("no unit")), img.warnings().toString());
        CalibratedImage nm = img.withCalibration(img.pixelSizeX(), img.pixelSizeY(), "nm");
        assertEquals(0.009326270, nm.pixelSizeNmX(), 5e-10);
        assertTrue(nm.warnings().stream().noneMatch(w -> w.contains("no unit")), "the user gave the unit");
    }

    @Test
    void hyperSpyPtoSroCropWithNanometreAxes() throws Exception {
        CalibratedImage img = read("Cropped_PTO-SRO_Aligned.hspy");

        // SOURCES #10: 224 x 1312 float64, scale 0.014997 nm/px, Titan, 300 kV, 2.55 Mx
        assertEquals(1312, img.width());
        assertEquals(224, img.height());
        assertEquals(PixelType.FLOAT64, img.originalType());
        assertEquals("nm", img.unitX());
        assertEquals("nm", img.unitY());
        assertEquals(0.014997, img.pixelSizeNmX(), 5e-7);
        assertEquals(0.014997, img.pixelSizeNmY(), 5e-7);
        assertEquals("300", img.metadata().get(ImageMetadataKeys.VOLTAGE_KV));
        assertEquals("2550000", img.metadata().get(ImageMetadataKeys.MAGNIFICATION));
        assertEquals("Titan", img.metadata().get(ImageMetadataKeys.MICROSCOPE));
    }
}
