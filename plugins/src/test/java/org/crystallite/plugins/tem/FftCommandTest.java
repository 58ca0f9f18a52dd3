package org.crystallite.plugins.tem;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import ij.IJ;
import ij.ImagePlus;
import ij.WindowManager;
import ij.gui.Roi;
import ij.measure.Calibration;
import ij.process.FloatProcessor;
import ij.process.ImageProcessor;

/** Plugins › Crystallite › TEM › FFT (calibrated), run as a macro would. */
class FftCommandTest {

    private static final double PIXEL_NM = 0.02;
    private static final double A_NM = 0.3905;

    @BeforeEach
    void start() {
        HeadlessImageJ.start();
    }

    @AfterEach
    void cleanUp() {
        HeadlessImageJ.reset();
    }

    @Test
    void spectrumKeepsTheImageSizeAndIsCalibratedInReciprocalNanometres() {
        ImagePlus imp = LatticeImages.image("lattice", 256, 200, PIXEL_NM, PIXEL_NM, PIXEL_NM, A_NM, A_NM, 0.5, 1);
        imp.show();

        IJ.run(imp, "FFT (calibrated)", "window=Hann");

        ImagePlus fft = WindowManager.getImage("FFT of lattice");
        assertNotNull(fft);
        assertEquals(256, fft.getWidth(), "no padding to a power of two");
        assertEquals(200, fft.getHeight());
        assertEquals(32, fft.getBitDepth(), "ln|F|² values, not a grey-scale rendering");
        Calibration cal = fft.getCalibration();
        assertEquals(1 / (256 * PIXEL_NM), cal.pixelWidth, 1e-12, "1/(N·pixel)");
        assertEquals(1 / (200 * PIXEL_NM), cal.pixelHeight, 1e-12);
        assertEquals("1/nm", cal.getXUnit());
        assertEquals(128, cal.xOrigin, 0);
        assertEquals(100, cal.yOrigin, 0);

        // The strongest off-centre pixel is the (1,0) or (0,1) reflection at |g| = 1/a.
        ImageProcessor ip = fft.getProcessor();
        int bestX = 0;
        int bestY = 0;
        float best = Float.NEGATIVE_INFINITY;
        for (int y = 0; y < 200; y++) {
            for (int x = 0; x < 256; x++) {
                boolean nearCentre = Math.abs(x - 128) < 3 && Math.abs(y - 100) < 3;
                if (!nearCentre && ip.getf(x, y) > best) {
                    best = ip.getf(x, y);
                    bestX = x;
                    bestY = y;
                }
            }
        }
        double g = Math.hypot(cal.getX(bestX), cal.getY(bestY));
        double halfPixelOfG = 0.5 * Math.max(cal.pixelWidth, cal.pixelHeight);
        assertEquals(1 / A_NM, g, halfPixelOfG, "peak at |g| = 1/a within half a reciprocal pixel");
        assertEquals(best, ip.getMax(), 0, "the display range ends at the strongest spot");
    }

    @Test
    void aSelectionIsTransformedOnItsOwn() {
        ImagePlus imp = LatticeImages.image("lattice", 256, 200, PIXEL_NM, PIXEL_NM, PIXEL_NM, A_NM, A_NM, 0, 2);
        imp.setRoi(new Roi(20, 30, 100, 90));
        imp.show();

        IJ.run(imp, "FFT (calibrated)", "window=None");

        ImagePlus fft = WindowManager.getImage("FFT of lattice");
        assertEquals(100, fft.getWidth());
        assertEquals(90, fft.getHeight());
        assertEquals(1 / (100 * PIXEL_NM), fft.getCalibration().pixelWidth, 1e-12);
        assertTrue(((String) fft.getProperty("Info")).contains("Window: NONE"));
    }

    @Test
    void anUncalibratedImageIsRefusedWithAReason() {
        ImagePlus imp = new ImagePlus("plain", new FloatProcessor(64, 64));
        imp.show();

        String output = HeadlessImageJ.capturingOutput(
                () -> assertThrows(RuntimeException.class, () -> IJ.run(imp, "FFT (calibrated)", "window=Hann")));

        assertTrue(output.contains("nm"), output);
        assertEquals(1, WindowManager.getImageCount(), "no FFT window");
    }
}
