package org.crystallite.tem.fft;

import static org.junit.jupiter.api.Assertions.assertEquals;

import ij.ImagePlus;
import org.crystallite.tem.io.CalibratedImage;
import org.crystallite.tem.io.PixelType;
import org.junit.jupiter.api.Test;

class SpectrumImagesTest {

    @Test
    void imageJViewIsCalibratedInReciprocalNanometresAboutTheCentre() {
        int w = 100;
        int h = 80;
        float[] v = new float[w * h];
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                v[y * w + x] = (float) Math.cos(2 * Math.PI * 10.0 * x / w);
            }
        }
        CalibratedImage img = CalibratedImage.builder("fringe.tif", w, h, v, PixelType.FLOAT32)
                .pixelSize(0.02, 0.04, "nm", "nm").build();
        PowerSpectrum ps = new FftEngine(new FftOptions(WindowFunction.NONE, true, false, null)).powerSpectrum(img);
        ImagePlus imp = SpectrumImages.toImagePlus(ps);

        assertEquals("FFT of fringe.tif", imp.getTitle());
        assertEquals("1/nm", imp.getCalibration().getXUnit());
        // The fringe of period 10 px = 0.2 nm sits at gx = 5 /nm, i.e. 10 spectrum pixels right of the centre.
        assertEquals(5.0, imp.getCalibration().getX(60), 1e-9);
        assertEquals(-1 / (h * 0.04), imp.getCalibration().getY(39), 1e-9);
        assertEquals(Math.log(ps.power(60, 40)), imp.getProcessor().getf(60, 40), 1e-4);
    }
}
