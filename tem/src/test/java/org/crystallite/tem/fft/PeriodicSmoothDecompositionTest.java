package org.crystallite.tem.fft;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.crystallite.tem.io.CalibratedImage;
import org.crystallite.tem.io.PixelType;
import org.junit.jupiter.api.Test;

class PeriodicSmoothDecompositionTest {

    @Test
    void periodicPartOfARampHasNoEdgeJumpAndSameMean() {
        int w = 90;
        int h = 70;
        float[] u = new float[w * h];
        double mean = 0;
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                u[y * w + x] = x + 2f * y;
                mean += u[y * w + x];
            }
        }
        mean /= u.length;
        float[] p = PeriodicSmoothDecomposition.periodic(u, w, h);
        double pMean = 0;
        double maxJump = 0;
        for (int y = 0; y < h; y++) {
            maxJump = Math.max(maxJump, Math.abs(p[y * w + w - 1] - p[y * w]));
        }
        for (int x = 0; x < w; x++) {
            maxJump = Math.max(maxJump, Math.abs(p[(h - 1) * w + x] - p[x]));
        }
        for (float v : p) {
            pMean += v;
        }
        pMean /= p.length;
        // u jumps by 89 across x and 138 across y; a periodic image has edge differences like its interior ones.
        assertTrue(maxJump < 3, "largest edge jump " + maxJump);
        assertEquals(mean, pMean, 1e-3 * mean);
    }

    @Test
    void decompositionRemovesTheEdgeCrossWithoutWindow() {
        int w = 128;
        int h = 100;
        float[] u = new float[w * h];
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                u[y * w + x] = (float) (Math.cos(2 * Math.PI * 0.137 * x) + 0.05 * x + 0.03 * y);
            }
        }
        CalibratedImage img = CalibratedImage.builder("ramp", w, h, u, PixelType.FLOAT32).pixelSize(0.1, 0.1, "nm", "nm")
                .build();
        FftOptions none = new FftOptions(WindowFunction.NONE, true, false, null);
        PowerSpectrum plain = new FftEngine(none).powerSpectrum(img);
        PowerSpectrum periodic = new FftEngine(none.withPeriodicPlusSmooth(true)).powerSpectrum(img);
        // Along the vertical axis (kx = 0, ky ≠ 0) only the non-periodic edges put power.
        double crossPlain = 0;
        double crossPeriodic = 0;
        for (int j = 0; j < h; j++) {
            if (Math.abs(j - h / 2) > 3) {
                crossPlain += plain.power(w / 2, j);
                crossPeriodic += periodic.power(w / 2, j);
            }
        }
        assertTrue(crossPeriodic < 1e-2 * crossPlain, crossPeriodic + " vs " + crossPlain);
    }
}
