package org.crystallite.plugins.tem;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;

import org.crystallite.spectrum.testing.ValidationData;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import ij.IJ;
import ij.ImagePlus;
import ij.WindowManager;
import ij.measure.Calibration;

/** File › Import › Crystallite… driven as a macro would: {@code run("Crystallite...", "open=…")}. */
class ImportCommandTest {

    @TempDir
    Path tmp;

    @BeforeEach
    void start() {
        HeadlessImageJ.start();
    }

    @AfterEach
    void cleanUp() {
        HeadlessImageJ.reset();
    }

    private static ImagePlus importFile(Path file) {
        IJ.run("Crystallite...", "open=[" + file + "]");
        ImagePlus imp = WindowManager.getImage(file.getFileName().toString());
        assertNotNull(imp, "an image titled " + file.getFileName() + " is open");
        return imp;
    }

    @Test
    void syntheticMrcOpensWithPixelsAndCalibrationInNm() throws IOException {
        int w = 48;
        int h = 32;
        float[] ramp = new float[w * h];
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                ramp[y * w + x] = 100 * y + x;
            }
        }
        Path file = MrcTestFile.write(tmp.resolve("ramp.mrc"), w, h, ramp, 1.5);

        ImagePlus imp = importFile(file);

        assertEquals(w, imp.getWidth());
        assertEquals(h, imp.getHeight());
        assertEquals(32, imp.getBitDepth());
        assertEquals(100 * 7 + 5, imp.getProcessor().getPixelValue(5, 7), 0);
        Calibration cal = imp.getCalibration();
        assertEquals(0.15, cal.pixelWidth, 1e-7, "1.5 Å = 0.15 nm");
        assertEquals(0.15, cal.pixelHeight, 1e-7);
        assertEquals("nm", cal.getXUnit());
        assertEquals("nm", cal.getYUnit());
        String info = (String) imp.getProperty("Info");
        assertTrue(info.contains("MRC"), info);
        assertEquals(file.getParent().toString() + java.io.File.separator, imp.getOriginalFileInfo().directory);
    }

    @Test
    void malformedFileOpensNothingAndNamesTheFileAndTheProblem() throws IOException {
        byte[] junk = new byte[2000];
        new Random(7).nextBytes(junk);
        Path file = Files.write(tmp.resolve("junk.dm3"), junk);

        String output = HeadlessImageJ.capturingOutput(() -> {
            // like ImageJ's own importers, an unreadable file stops the calling macro
            RuntimeException stop = assertThrows(RuntimeException.class,
                    () -> IJ.run("Crystallite...", "open=[" + file + "]"));
            assertEquals("Macro canceled", stop.getMessage());
        });

        assertEquals(0, WindowManager.getImageCount(), "no image is opened");
        assertTrue(output.contains("junk.dm3") && output.contains("DigitalMicrograph"), output);
    }

    @Tag("validation")
    @Test
    void nonSquareDm4WithMixedUnitsGetsOneUnitAndAWarningInTheLog() {
        Path file = ValidationData.file("tem", "dmTest_float32_nonSquare_diffPixelSize.dm4");

        String[] log = new String[1];
        ImagePlus[] imp = new ImagePlus[1];
        log[0] = HeadlessImageJ.capturingOutput(() -> imp[0] = importFile(file));

        assertEquals(128, imp[0].getWidth());
        assertEquals(64, imp[0].getHeight());
        assertEquals(127f, imp[0].getProcessor().getPixelValue(127, 63));
        Calibration cal = imp[0].getCalibration();
        assertEquals(1.0, cal.pixelWidth, 1e-12, "x: 1.0 nm");
        assertEquals(0.2, cal.pixelHeight, 1e-12, "y: 2.0 Å = 0.2 nm");
        assertEquals("nm", cal.getYUnit());
        assertTrue(log[0].contains("non-square"), log[0]);
    }

    @Tag("validation")
    @Test
    void serEmdAndHyperSpyFilesKeepTheirCalibration() {
        ImagePlus ser = importFile(ValidationData.file("tem", "16_STOimage_1.ser"));
        assertEquals(1024, ser.getWidth());
        assertEquals(0.010012704, ser.getCalibration().pixelWidth, 5e-10, "1.0012704e-11 m, a float32 in the file");
        assertEquals("nm", ser.getCalibration().getUnit());
        assertTrue(((String) ser.getProperty("Info")).contains("TitanCubed D3147 S-Twin"));

        ImagePlus emd = importFile(ValidationData.file("tem", "Acquisition_18.emd"));
        assertEquals(0.012246525, emd.getCalibration().pixelWidth, 5e-9, "unit 'n_m' read as nm (float32 in the file)");
        assertEquals("nm", emd.getCalibration().getUnit());

        ImagePlus velox = importFile(ValidationData.file("tem", "Camera_Ceta_Imaging_Micro.emd"));
        assertEquals(3.138837, velox.getCalibration().pixelWidth, 5e-7);
        assertEquals(-1.5705, velox.getStatistics().mean, 5e-5);

        ImagePlus hspy = importFile(ValidationData.file("tem", "Cropped_PTO-SRO_Aligned.hspy"));
        assertEquals(1312, hspy.getWidth());
        assertEquals(224, hspy.getHeight());
        assertEquals(0.014997, hspy.getCalibration().pixelWidth, 5e-7);
    }
}
