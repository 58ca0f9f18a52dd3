package org.crystallite.tem.fft;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;

import org.crystallite.tem.io.CalibratedImage;
import org.crystallite.tem.io.PixelType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class FftEngineTest {

    private static final FftOptions PLAIN = new FftOptions(WindowFunction.NONE, false, false, null);

    /** cos(2π(kx·x/W + ky·y/H)) on a W×H grid: an exact DFT bin. */
    private static CalibratedImage fringe(int w, int h, int kx, int ky, double pxX, double pxY) {
        float[] v = new float[w * h];
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                v[y * w + x] = (float) Math.cos(2 * Math.PI * ((double) kx * x / w + (double) ky * y / h));
            }
        }
        return CalibratedImage.builder("fringe", w, h, v, PixelType.FLOAT32).pixelSize(pxX, pxY, "nm", "nm").build();
    }

    @ParameterizedTest
    @CsvSource({"64,48", "509,383", "101,77"})
    void integerFringeLandsOnItsBinInAnySizeWithPerAxisReciprocalPixels(int w, int h) {
        PowerSpectrum ps = new FftEngine(PLAIN).powerSpectrum(fringe(w, h, 7, -5, 0.02, 0.03));

        assertEquals(w, ps.width());
        assertEquals(h, ps.height());
        assertEquals(w / 2, ps.centerX());
        assertEquals(h / 2, ps.centerY());
        assertEquals(1 / (w * 0.02), ps.reciprocalPixelX(), 1e-12);
        assertEquals(1 / (h * 0.03), ps.reciprocalPixelY(), 1e-12);
        // A unit cosine puts (W·H/2)² into each of the bins ±k and nothing elsewhere.
        double expected = Math.pow(w * h / 2.0, 2);
        assertEquals(expected, ps.power(ps.centerX() + 7, ps.centerY() - 5), 1e-4 * expected);
        assertEquals(expected, ps.power(ps.centerX() - 7, ps.centerY() + 5), 1e-4 * expected);
        assertTrue(ps.power(ps.centerX() + 7, ps.centerY() + 5) < 1e-6 * expected);
        assertEquals(7 / (w * 0.02), ps.gx(ps.centerX() + 7), 1e-9);
        assertEquals(-5 / (h * 0.03), ps.gy(ps.centerY() - 5), 1e-9);
    }

    @Test
    void parsevalHoldsForNoiseOfOddSize() {
        Random rnd = new Random(7);
        int w = 123;
        int h = 95;
        float[] v = new float[w * h];
        double energy = 0;
        for (int i = 0; i < v.length; i++) {
            v[i] = (float) rnd.nextGaussian();
            energy += v[i] * v[i];
        }
        CalibratedImage img = CalibratedImage.builder("noise", w, h, v, PixelType.FLOAT32)
                .pixelSize(0.1, 0.1, "nm", "nm").build();
        float[] p = new FftEngine(PLAIN).powerSpectrum(img).power();
        double sum = 0;
        for (float x : p) {
            sum += x;
        }
        // Unnormalised DFT: Σ|F|² = N·Σ|x|².
        assertEquals(w * h * energy, sum, 1e-4 * sum);
    }

    @Test
    void meanSubtractionEmptiesTheZeroFrequency() {
        CalibratedImage img = fringe(64, 64, 3, 0, 0.1, 0.1);
        float[] v = img.pixels();
        for (int i = 0; i < v.length; i++) {
            v[i] += 50;
        }
        CalibratedImage offset = CalibratedImage.builder("offset", 64, 64, v, PixelType.FLOAT32)
                .pixelSize(0.1, 0.1, "nm", "nm").build();
        PowerSpectrum with = new FftEngine(PLAIN.withSubtractMean(true)).powerSpectrum(offset);
        PowerSpectrum without = new FftEngine(PLAIN).powerSpectrum(offset);
        assertTrue(with.power(32, 32) < 1e-6 * with.power(35, 32));
        assertEquals(Math.pow(64 * 64 * 50.0, 2), without.power(32, 32), 1e-3 * without.power(32, 32));
    }

    @Test
    void regionIsTransformedAloneAndMustFit() {
        CalibratedImage img = fringe(200, 150, 20, 0, 0.05, 0.05);
        PowerSpectrum ps = new FftEngine(PLAIN.withRegion(new Roi(50, 10, 100, 80))).powerSpectrum(img);
        assertEquals(100, ps.width());
        assertEquals(80, ps.height());
        // 20 cycles over 200 px are 10 cycles over the 100-px region.
        assertEquals(1.0 / (100 * 0.05), ps.reciprocalPixelX(), 1e-12);
        assertTrue(ps.power(60, 40) > 1e3 * ps.power(61, 40));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new FftEngine(PLAIN.withRegion(new Roi(150, 0, 100, 80))).powerSpectrum(img));
        assertTrue(e.getMessage().contains("beyond"), e.getMessage());
    }

    @Test
    void roiParsingRejectsMalformedText() {
        assertEquals(new Roi(1, 2, 30, 40), Roi.parse("1, 2,30,40"));
        assertThrows(IllegalArgumentException.class, () -> Roi.parse("1,2,30"));
        assertThrows(IllegalArgumentException.class, () -> Roi.parse("1,2,a,40"));
        assertThrows(IllegalArgumentException.class, () -> Roi.parse("-1,2,30,40"));
        assertThrows(IllegalArgumentException.class, () -> Roi.parse("0,0,4,40"));
    }

    @Test
    void uncalibratedImageIsRefused() {
        CalibratedImage img = CalibratedImage.builder("raw.tif", 16, 16, new float[256], PixelType.UINT8)
                .uncalibrated("test").build();
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new FftEngine().powerSpectrum(img));
        assertTrue(e.getMessage().startsWith("raw.tif"), e.getMessage());
    }

    @Test
    void tinyImageIsRefusedWithItsName() {
        CalibratedImage img = CalibratedImage.builder("tiny.tif", 5, 40, new float[200], PixelType.FLOAT32)
                .pixelSize(0.1, 0.1, "nm", "nm").build();
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new FftEngine().powerSpectrum(img));
        assertTrue(e.getMessage().startsWith("tiny.tif: 5×40"), e.getMessage());
    }

    @Test
    void complexPlaneWaveHasOneSpotOnly() {
        int n = 64;
        float[] re = new float[n * n];
        float[] im = new float[n * n];
        for (int y = 0; y < n; y++) {
            for (int x = 0; x < n; x++) {
                double phase = 2 * Math.PI * (5.0 * x / n + 3.0 * y / n);
                re[y * n + x] = (float) Math.cos(phase);
                im[y * n + x] = (float) Math.sin(phase);
            }
        }
        CalibratedImage img = CalibratedImage.builder("wave", n, n, re, PixelType.COMPLEX64).imaginary(im)
                .pixelSize(0.1, 0.1, "nm", "nm").build();
        PowerSpectrum ps = new FftEngine(PLAIN).powerSpectrum(img);
        assertEquals(Math.pow(n * n, 2), ps.power(32 + 5, 32 + 3), 1e-3 * Math.pow(n * n, 2));
        assertTrue(ps.power(32 - 5, 32 - 3) < 1e-6 * Math.pow(n * n, 2));
    }

    @Test
    void hannWindowIsPeriodicSineSquared() {
        float[] w = WindowFunction.HANN.weights(8);
        assertEquals(0f, w[0], 1e-7);
        assertEquals(0.5f, w[2], 1e-7);
        assertEquals(1f, w[4], 1e-7);
        assertEquals(w[1], w[7], 1e-7);
        for (float x : WindowFunction.NONE.weights(5)) {
            assertEquals(1f, x);
        }
    }

    @Test
    void logDisplayIsBrightestAtTheSpots() {
        PowerSpectrum ps = new FftEngine().powerSpectrum(fringe(96, 80, 9, 4, 0.05, 0.05));
        byte[] grey = ps.logDisplay();
        assertEquals(96 * 80, grey.length);
        assertEquals(255, grey[(40 + 4) * 96 + 48 + 9] & 0xff);
        assertEquals(0, grey[(40 + 30) * 96 + 48 - 30] & 0xff);
    }

    /**
     * The engine against the steps of its documentation written out one after the other (the
     * implementation before the prepared values were written straight into the transform array): the
     * same float operations in the same order, so the power agrees to 1e-9 of the maximum (in fact
     * exactly), for a power-of-two, an odd and a complex image, with and without a region and window.
     */
    @ParameterizedTest
    @CsvSource({"64,64,true,false,false", "101,77,true,false,false", "96,80,false,false,false",
        "64,48,true,true,false", "50,40,true,false,true"})
    void powerSpectrumEqualsTheSequentialDefinition(int w, int h, boolean hann, boolean region, boolean complex) {
        Random rnd = new Random(w * 1000L + h);
        int iw = w + 10;
        int ih = h + 6;
        float[] re = new float[iw * ih];
        float[] im = new float[iw * ih];
        for (int i = 0; i < re.length; i++) {
            re[i] = (float) (50 + 10 * rnd.nextGaussian());
            im[i] = (float) (5 * rnd.nextGaussian());
        }
        CalibratedImage.Builder b = CalibratedImage.builder("ref", iw, ih, re, PixelType.FLOAT32)
                .pixelSize(0.02, 0.02, "nm", "nm");
        if (complex) {
            b.imaginary(im);
        }
        CalibratedImage image = b.build();
        Roi roi = region ? new Roi(7, 3, w, h) : Roi.whole(iw, ih);
        int x0 = roi.x();
        int y0 = roi.y();
        int cw = roi.width();
        int ch = roi.height();
        FftOptions options = FftOptions.defaults().withWindow(hann ? WindowFunction.HANN : WindowFunction.NONE);
        if (region) {
            options = options.withRegion(roi);
        }

        float[] power = new FftEngine(options).powerSpectrum(image).power();

        float[] spectrum = new float[2 * cw * ch];
        float[][] parts = complex ? new float[][] {re, im} : new float[][] {re};
        for (int part = 0; part < parts.length; part++) {
            float[] v = new float[cw * ch];
            for (int y = 0; y < ch; y++) {
                for (int x = 0; x < cw; x++) {
                    v[y * cw + x] = parts[part][(y0 + y) * iw + x0 + x];
                }
            }
            double sum = 0;
            for (float x : v) {
                sum += x;
            }
            float mean = (float) (sum / v.length);
            for (int i = 0; i < v.length; i++) {
                v[i] -= mean;
            }
            if (hann) {
                float[] wx = WindowFunction.HANN.weights(cw);
                float[] wy = WindowFunction.HANN.weights(ch);
                for (int y = 0; y < ch; y++) {
                    for (int x = 0; x < cw; x++) {
                        v[y * cw + x] *= wx[x] * wy[y];
                    }
                }
            }
            for (int i = 0; i < v.length; i++) {
                spectrum[complex ? 2 * i + part : i] = v[i];
            }
        }
        org.jtransforms.fft.FloatFFT_2D fft = new org.jtransforms.fft.FloatFFT_2D(ch, cw);
        if (complex) {
            fft.complexForward(spectrum);
        } else {
            fft.realForwardFull(spectrum);
        }
        double max = 0;
        for (int r = 0; r < ch; r++) {
            for (int q = 0; q < cw; q++) {
                float a = spectrum[2 * (r * cw + q)];
                float c = spectrum[2 * (r * cw + q) + 1];
                max = Math.max(max, a * a + c * c);
            }
        }
        for (int r = 0; r < ch; r++) {
            for (int q = 0; q < cw; q++) {
                float a = spectrum[2 * (r * cw + q)];
                float c = spectrum[2 * (r * cw + q) + 1];
                int centred = ((r + ch / 2) % ch) * cw + (q + cw / 2) % cw;
                assertEquals(a * a + c * c, power[centred], 1e-9 * max, "frequency (" + q + ", " + r + ")");
            }
        }
    }
}
