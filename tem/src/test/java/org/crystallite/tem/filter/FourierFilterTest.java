package org.crystallite.tem.filter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;

import org.crystallite.tem.io.CalibratedImage;
import org.crystallite.tem.io.PixelType;
import org.junit.jupiter.api.Test;

class FourierFilterTest {

    private static final double PIXEL_NM = 0.05;
    /** Lattice A: fringes of 0.50 nm at 20°; lattice B: 0.31 nm at 75° (g in 1/nm, image axes). */
    private static final double[] G_A = g(0.50, 20);
    private static final double[] G_B = g(0.31, 75);
    private static final double PHASE_A = 0.7;

    private static double[] g(double dNm, double angleDeg) {
        double a = Math.toRadians(angleDeg);
        return new double[] {Math.cos(a) / dNm, Math.sin(a) / dNm};
    }

    private static double fringe(double[] g, double phase, int x, int y) {
        return Math.cos(2 * Math.PI * (g[0] * x * PIXEL_NM + g[1] * y * PIXEL_NM) + phase);
    }

    private static CalibratedImage image(String name, int w, int h, float[] v) {
        return CalibratedImage.builder(name, w, h, v, PixelType.FLOAT32).pixelSize(PIXEL_NM, PIXEL_NM, "nm", "nm")
                .build();
    }

    /** Both lattices everywhere, plus seeded Gaussian noise of σ = 1 (each fringe has amplitude 1). */
    private static float[] twoLattices(int w, int h, boolean withB, double noise) {
        Random rnd = new Random(42);
        float[] v = new float[w * h];
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                v[y * w + x] = (float) (10 + fringe(G_A, PHASE_A, x, y) + (withB ? fringe(G_B, 0, x, y) : 0)
                        + noise * rnd.nextGaussian());
            }
        }
        return v;
    }

    /** |Σ f(r) exp(−2πi g·r)|²: the power of one lattice frequency (exact g, not the nearest bin). */
    private static double powerAt(float[] v, int w, int h, double[] g) {
        double re = 0;
        double im = 0;
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                double p = 2 * Math.PI * (g[0] * x * PIXEL_NM + g[1] * y * PIXEL_NM);
                re += v[y * w + x] * Math.cos(p);
                im -= v[y * w + x] * Math.sin(p);
            }
        }
        return re * re + im * im;
    }

    private static double correlation(float[] a, float[] b) {
        double ma = 0;
        double mb = 0;
        for (int i = 0; i < a.length; i++) {
            ma += a[i];
            mb += b[i];
        }
        ma /= a.length;
        mb /= b.length;
        double sab = 0;
        double saa = 0;
        double sbb = 0;
        for (int i = 0; i < a.length; i++) {
            sab += (a[i] - ma) * (b[i] - mb);
            saa += (a[i] - ma) * (a[i] - ma);
            sbb += (b[i] - mb) * (b[i] - mb);
        }
        return sab / Math.sqrt(saa * sbb);
    }

    @Test
    void braggFilterOfOneLatticeRecoversItAndSuppressesTheOtherOnAnOddSize() {
        int w = 509;
        int h = 383;
        float[] noisy = twoLattices(w, h, true, 1.0);
        CalibratedImage input = image("two-lattices", w, h, noisy);
        FourierFilter filter = new FourierFilter(input);
        MaskSet masks = MaskSet.of(new BraggMask(G_A[0], G_A[1], new GaussianShape(0.15)));
        BraggFilteredImage out = filter.braggFilter(masks);

        assertEquals(w, out.image().width());
        assertEquals(h, out.image().height());
        assertEquals(PIXEL_NM, out.image().pixelSizeNmX(), 1e-12);
        assertEquals(PIXEL_NM, out.image().pixelSizeNmY(), 1e-12);
        assertTrue(out.image().metadata().get(ReflectionImage.FILTER_KEY).contains("Bragg"));
        float[] filtered = out.image().pixels();
        float[] clean = new float[w * h];
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                clean[y * w + x] = (float) fringe(G_A, PHASE_A, x, y);
            }
        }
        double r = correlation(filtered, clean);
        assertTrue(r > 0.95, "correlation with the noise-free lattice A " + r);
        double ratioB = powerAt(filtered, w, h, G_B) / powerAt(noisy, w, h, G_B);
        assertTrue(ratioB < 0.01, "lattice B power kept " + ratioB);
        double ratioA = powerAt(filtered, w, h, G_A) / powerAt(noisy, w, h, G_A);
        assertTrue(ratioA > 0.8, "lattice A power kept " + ratioA);
        // Friedel mate added automatically: the inverse transform is real to single-precision round-off.
        assertTrue(out.imaginaryResidual() < 1e-5, "imaginary residual " + out.imaginaryResidual());
    }

    @Test
    void masksTouchingTheNyquistEdgeOfAnEvenSizeStayPointSymmetric() {
        int w = 256;
        int h = 200;
        CalibratedImage input = image("even", w, h, twoLattices(w, h, true, 1.0));
        FourierFilter filter = new FourierFilter(input);
        double nyquistX = 0.5 / PIXEL_NM;
        MaskSet masks = MaskSet.of(new BraggMask(nyquistX - 0.1, 1.3, new CircleShape(0.6, 0.2)),
                new BraggMask(G_B[0], G_B[1], new AnnulusShape(0.1, 0.4)));
        BraggFilteredImage out = filter.braggFilter(masks);
        assertTrue(out.imaginaryResidual() < 1e-5, "imaginary residual " + out.imaginaryResidual());
    }

    @Test
    void withoutTheMateTheInverseWouldBeComplexSoTheAmplitudeOfOneFringeIsHalfItsCosineAmplitude() {
        int w = 300;
        int h = 240;
        CalibratedImage input = image("one", w, h, twoLattices(w, h, false, 0));
        ReflectionImage ref = new FourierFilter(input).reflection(new BraggMask(G_A[0], G_A[1],
                new GaussianShape(0.2)));
        // Away from the edges (5/σ = 25 nm is too much; 3 nm margin suffices for a 0.2 1/nm Gaussian).
        float[] amp = ref.amplitude().pixels();
        float[] phase = ref.phaseRad().pixels();
        int margin = 60;
        double maxPhaseError = 0;
        for (int y = margin; y < h - margin; y++) {
            for (int x = margin; x < w - margin; x++) {
                assertEquals(0.5, amp[y * w + x], 0.02, "amplitude at " + x + "," + y);
                double d = Math.abs(Math.IEEEremainder(phase[y * w + x] - PHASE_A, 2 * Math.PI));
                maxPhaseError = Math.max(maxPhaseError, d);
            }
        }
        // Reference lattice exp(2πi g·r) removed: the phase is the fringe's own phase offset, flat.
        assertTrue(maxPhaseError < 0.05, "phase error " + maxPhaseError);
    }

    @Test
    void amplitudeOfAPhaseSpecificReflectionIsAPhaseMap() {
        int w = 400;
        int h = 256;
        Random rnd = new Random(7);
        float[] v = new float[w * h];
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                double lattice = x < w / 2 ? fringe(G_A, PHASE_A, x, y) : fringe(G_B, 0, x, y);
                v[y * w + x] = (float) (5 + lattice + 0.5 * rnd.nextGaussian());
            }
        }
        ReflectionImage ref = new FourierFilter(image("half-and-half", w, h, v))
                .reflection(new BraggMask(G_A[0], G_A[1], new GaussianShape(0.25)));
        float[] amp = ref.amplitude().pixels();
        // Compare the interiors, 40 px (2 nm, 2/σ) from the boundary and from the image edges.
        double[] left = stats(amp, w, 40, w / 2 - 40, 40, h - 40);
        double[] right = stats(amp, w, w / 2 + 40, w - 40, 40, h - 40);
        assertEquals(0.5, left[0], 0.05, "mean amplitude where lattice A exists");
        assertTrue(left[1] / left[0] < 0.15, "amplitude spread where A exists " + left[1] / left[0]);
        assertTrue(right[0] < 0.1 * left[0], "amplitude where A is absent " + right[0] + " vs " + left[0]);
    }

    private static double[] stats(float[] v, int w, int x0, int x1, int y0, int y1) {
        double s = 0;
        double s2 = 0;
        int n = 0;
        for (int y = y0; y < y1; y++) {
            for (int x = x0; x < x1; x++) {
                s += v[y * w + x];
                s2 += v[y * w + x] * (double) v[y * w + x];
                n++;
            }
        }
        double mean = s / n;
        return new double[] {mean, Math.sqrt(Math.max(0, s2 / n - mean * mean))};
    }

    @Test
    void uncalibratedOrComplexImagesAreRejectedWithTheFileName() {
        CalibratedImage raw = CalibratedImage.builder("raw.tif", 8, 8, new float[64], PixelType.FLOAT32)
                .uncalibrated("test").build();
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new FourierFilter(raw));
        assertTrue(e.getMessage().contains("raw.tif"), e.getMessage());
        CalibratedImage complex = CalibratedImage.builder("wave.mrc", 8, 8, new float[64], PixelType.FLOAT32)
                .imaginary(new float[64]).pixelSize(0.1, 0.1, "nm", "nm").build();
        assertThrows(IllegalArgumentException.class, () -> new FourierFilter(complex));
    }
}
