package org.crystallite.plugins.tem;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Locale;
import java.util.Random;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import ij.IJ;
import ij.ImagePlus;
import ij.WindowManager;
import ij.gui.OvalRoi;
import ij.gui.Overlay;
import ij.gui.PointRoi;
import ij.measure.Calibration;
import ij.measure.ResultsTable;
import ij.process.FloatProcessor;

/**
 * Plugins › Crystallite › TEM › Bragg Filter (IFFT), run as a macro would, on a seeded image of two
 * lattices (as tem's FourierFilterTest): A, 0.50 nm fringes at −20° on screen (g = (cos 20°, sin 20°)/d,
 * y down) with amplitude 2; B, 0.31 nm at −75° with amplitude 1; noise σ 1. Filtering at A must give
 * back the clean lattice A and suppress B.
 */
class BraggFilterCommandTest {

    private static final double PIXEL_NM = 0.05;
    private static final int W = 320;
    private static final int H = 256;
    private static final double[] G_A = g(0.50, 20);
    private static final double[] G_B = g(0.31, 75);
    private static final double AMPLITUDE_A = 2;
    private static final double PHASE_A = 0.7;
    private static final String TITLE = "two lattices";

    @BeforeEach
    void start() {
        HeadlessImageJ.start();
    }

    @AfterEach
    void cleanUp() {
        HeadlessImageJ.reset();
    }

    private static double[] g(double dNm, double angleDeg) {
        double a = Math.toRadians(angleDeg);
        return new double[] {Math.cos(a) / dNm, Math.sin(a) / dNm};
    }

    private static double latticeA(int x, int y) {
        return AMPLITUDE_A * Math.cos(2 * Math.PI * (G_A[0] * x + G_A[1] * y) * PIXEL_NM + PHASE_A);
    }

    private static double latticeB(int x, int y) {
        return Math.cos(2 * Math.PI * (G_B[0] * x + G_B[1] * y) * PIXEL_NM);
    }

    private static float[] noisyTwoLattices() {
        Random rnd = new Random(41);
        float[] v = new float[W * H];
        for (int y = 0; y < H; y++) {
            for (int x = 0; x < W; x++) {
                v[y * W + x] = (float) (10 + latticeA(x, y) + latticeB(x, y) + rnd.nextGaussian());
            }
        }
        return v;
    }

    private static ImagePlus twoLattices() {
        ImagePlus imp = new ImagePlus(TITLE, new FloatProcessor(W, H, noisyTwoLattices()));
        Calibration cal = new Calibration();
        cal.pixelWidth = PIXEL_NM;
        cal.pixelHeight = PIXEL_NM;
        cal.setUnit("nm");
        imp.setCalibration(cal);
        imp.show();
        return imp;
    }

    private static String gVector(double[] g) {
        return String.format(Locale.ROOT, "%.8f,%.8f", g[0], g[1]);
    }

    /** |Σ f(r) exp(−2πi g·r)|²: the power of one lattice frequency (exact g, not the nearest bin). */
    private static double powerAt(float[] v, double[] g) {
        double re = 0;
        double im = 0;
        for (int y = 0; y < H; y++) {
            for (int x = 0; x < W; x++) {
                double p = 2 * Math.PI * (g[0] * x + g[1] * y) * PIXEL_NM;
                re += v[y * W + x] * Math.cos(p);
                im -= v[y * W + x] * Math.sin(p);
            }
        }
        return re * re + im * im;
    }

    private static double correlationWithLatticeA(float[] v) {
        double[] clean = new double[v.length];
        for (int y = 0; y < H; y++) {
            for (int x = 0; x < W; x++) {
                clean[y * W + x] = latticeA(x, y);
            }
        }
        double ma = 0;
        double mb = 0;
        for (int i = 0; i < v.length; i++) {
            ma += v[i];
            mb += clean[i];
        }
        ma /= v.length;
        mb /= v.length;
        double sab = 0;
        double saa = 0;
        double sbb = 0;
        for (int i = 0; i < v.length; i++) {
            sab += (v[i] - ma) * (clean[i] - mb);
            saa += (v[i] - ma) * (v[i] - ma);
            sbb += (clean[i] - mb) * (clean[i] - mb);
        }
        return sab / Math.sqrt(saa * sbb);
    }

    private static float[] filtered() {
        ImagePlus out = WindowManager.getImage("Bragg filtered " + TITLE);
        assertNotNull(out, "the filtered image is shown");
        return (float[]) out.getProcessor().getPixels();
    }

    private static long circles(Overlay overlay) {
        return Arrays.stream(overlay.toArray()).filter(r -> r instanceof OvalRoi).count();
    }

    @Test
    void typedGVectorKeepsLatticeAAndSuppressesLatticeB() {
        ImagePlus imp = twoLattices();
        float[] noisy = (float[]) imp.getProcessor().getPixels();

        IJ.run(imp, "Bragg Filter (IFFT)", "spots=Typed g_vectors=" + gVector(G_A)
                + " mask=Gaussian sigma=0.15 mask_units=1/nm display");

        ImagePlus out = WindowManager.getImage("Bragg filtered " + TITLE);
        assertNotNull(out);
        assertEquals(W, out.getWidth());
        assertEquals(H, out.getHeight());
        assertEquals(32, out.getBitDepth());
        assertEquals(PIXEL_NM, out.getCalibration().pixelWidth, 0, "calibrated like the source");
        assertEquals(PIXEL_NM, out.getCalibration().pixelHeight, 0);
        assertEquals("nm", out.getCalibration().getUnit());
        float[] v = filtered();
        double r = correlationWithLatticeA(v);
        assertTrue(r > 0.95, "correlation with the noise-free lattice A " + r);
        double keptB = powerAt(v, G_B) / powerAt(noisy, G_B);
        assertTrue(keptB < 0.01, "lattice B power kept " + keptB);
        double keptA = powerAt(v, G_A) / powerAt(noisy, G_A);
        assertTrue(keptA > 0.8, "lattice A power kept " + keptA);

        ResultsTable rt = ResultsTable.getResultsTable();
        assertEquals(1, rt.size(), "one row per reflection");
        assertEquals(TITLE, rt.getStringValue("Image", 0));
        assertEquals("Typed", rt.getStringValue("Spots", 0));
        assertEquals(0.50, rt.getValue("d (nm)", 0), 1e-6);
        assertEquals(-20, rt.getValue("Angle (deg)", 0), 1e-4, "counter-clockwise on screen, y down");
        assertTrue(rt.getStringValue("Mask", 0).startsWith("gaussian(sigma=0.15"), rt.getStringValue("Mask", 0));

        ImagePlus fft = WindowManager.getImage("FFT of " + TITLE);
        assertTrue(fft == null, "no FFT window without show");
    }

    @Test
    void autoPicksTheStrongestPairAndDrawsItsMasksOnTheFft() {
        ImagePlus imp = twoLattices();

        IJ.run(imp, "Bragg Filter (IFFT)", "spots=Auto pairs=1 window=Hann minimum_snr=25 "
                + "refinement=[Hann ratio] maximum_spots=60 mask=Circle radius=0.3 edge=0.1 mask_units=1/nm show display");

        ResultsTable rt = ResultsTable.getResultsTable();
        assertEquals(1, rt.size());
        assertEquals("Auto", rt.getStringValue("Spots", 0));
        assertEquals(0.50, rt.getValue("d (nm)", 0), 0.005 * 0.50, "lattice A, the stronger one, within 0.5 %");
        assertEquals(-20, Math.IEEEremainder(rt.getValue("Angle (deg)", 0), 180), 0.5);
        assertTrue(rt.getValue("SNR", 0) > 25, "SNR " + rt.getValue("SNR", 0));
        double r = correlationWithLatticeA(filtered());
        assertTrue(r > 0.9, "correlation with the noise-free lattice A " + r);

        ImagePlus fft = WindowManager.getImage("FFT of " + TITLE);
        assertNotNull(fft, "the FFT with the masks is shown");
        assertEquals(4, circles(fft.getOverlay()), "radius and end of the cosine edge, at +g and -g");
    }

    @Test
    void pointsOnTheFftAreSnappedToTheSpotAndGiveAmplitudeAndPhase() {
        ImagePlus imp = twoLattices();
        IJ.run(imp, "FFT (calibrated)", "window=Hann");
        ImagePlus fft = WindowManager.getImage("FFT of " + TITLE);
        Calibration cal = fft.getCalibration();
        // Lattice A lies at (190.1, 136.8) and its mate at (129.9, 119.2): click near both, off by 1–2 px.
        fft.setRoi(new PointRoi(new float[] {189, 131}, new float[] {138, 118}, 2));

        IJ.run(imp, "Bragg Filter (IFFT)", "spots=Points snap mask=Gaussian sigma=2 mask_units=pixels "
                + "amplitude phase show display");

        ResultsTable rt = ResultsTable.getResultsTable();
        assertEquals(1, rt.size(), "a point and its Friedel mate are one reflection");
        assertEquals("Points", rt.getStringValue("Spots", 0));
        assertEquals(G_A[0], rt.getValue("gx (1/nm)", 0), cal.pixelWidth, "the maximum pixel of spot A");
        assertEquals(G_A[1], rt.getValue("gy (1/nm)", 0), cal.pixelHeight);
        assertTrue(rt.getStringValue("Mask", 0).startsWith("gaussian(sigma=" + String.format(Locale.ROOT, "%.6g",
                2 * 0.5 * (cal.pixelWidth + cal.pixelHeight))), "2 pixels in 1/nm: " + rt.getStringValue("Mask", 0));
        assertEquals(2, circles(fft.getOverlay()) / 2, "σ and 2σ at +g and −g, drawn on the FFT that had the points");
        double r = correlationWithLatticeA(filtered());
        assertTrue(r > 0.9, "correlation with the noise-free lattice A " + r);

        ImagePlus amplitude = WindowManager.getImage("Amplitude 1 of " + TITLE);
        ImagePlus phase = WindowManager.getImage("Phase 1 of " + TITLE);
        assertNotNull(amplitude);
        assertNotNull(phase);
        assertEquals(PIXEL_NM, amplitude.getCalibration().pixelWidth, 0);
        // Mask at +g only: |H_g| is half the cosine amplitude, away from the edges (60 px ≈ 3/σ).
        float[] amp = (float[]) amplitude.getProcessor().getPixels();
        double sum = 0;
        int n = 0;
        for (int y = 60; y < H - 60; y++) {
            for (int x = 60; x < W - 60; x++) {
                sum += amp[y * W + x];
                n++;
            }
        }
        assertEquals(AMPLITUDE_A / 2, sum / n, 0.1 * AMPLITUDE_A / 2, "mean amplitude of lattice A");
        assertEquals(-Math.PI, phase.getProcessor().getMin(), 1e-6, "phase shown on (−π, π]");
    }

    @Test
    void missingPointsAndBadGVectorsAreRefusedWithAReason() {
        ImagePlus imp = twoLattices();

        String noFft = HeadlessImageJ.capturingOutput(() -> assertThrows(RuntimeException.class,
                () -> IJ.run(imp, "Bragg Filter (IFFT)", "spots=Points mask=Gaussian sigma=0.2 mask_units=1/nm")));
        assertTrue(noFft.contains("FFT of " + TITLE), noFft);

        String badG = HeadlessImageJ.capturingOutput(() -> assertThrows(RuntimeException.class,
                () -> IJ.run(imp, "Bragg Filter (IFFT)", "spots=Typed g_vectors=2.0;1 mask=Gaussian sigma=0.2")));
        assertTrue(badG.contains("'2.0'"), badG);

        String badMask = HeadlessImageJ.capturingOutput(() -> assertThrows(RuntimeException.class,
                () -> IJ.run(imp, "Bragg Filter (IFFT)", "spots=Typed g_vectors=2,0 mask=Annulus inner=1 outer=0.5")));
        assertTrue(badMask.contains("annulus"), badMask);
        assertEquals(1, WindowManager.getImageCount(), "no output image");
    }
}
