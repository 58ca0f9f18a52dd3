package org.crystallite.tem.lattice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.crystallite.tem.fft.FftEngine;
import org.crystallite.tem.fft.PowerSpectrum;
import org.crystallite.tem.io.CalibratedImage;
import org.crystallite.tem.io.PixelType;
import org.junit.jupiter.api.Test;

class SpotDetectorTest {

    private static final double PX = 0.02;

    @Test
    void pureNoiseGivesNoSpotsAtTheDefaultThreshold() {
        CalibratedImage noise = SyntheticLattice.image(512, 400, PX, new double[0][], 10, 3);
        SpotDetection det = new SpotDetector().detect(new FftEngine().powerSpectrum(noise));
        assertEquals(0, det.spots().size(), "false spots: " + det.spots());
    }

    @Test
    void noiseFreeSimulationGivesTheTrueBasisAndIndexesEveryReflection() {
        // Without noise the annulus scatter is float round-off; ranking spots by it used to drop the
        // (0,1) reflection from the basis candidates and fit a lattice twice as fine along y.
        double[][] waves = SyntheticLattice.lattice(new double[] {1 / 0.39, 0}, new double[] {0, 1 / 0.276}, 2);
        LatticeMeasurement m = new LatticeAnalyzer().measure(SyntheticLattice.image(301, 283, PX, waves, 0, 7));
        LatticeFit fit = m.lattice();
        assertEquals(0.39, fit.d1Nm(), 1e-4 * 0.39);
        assertEquals(0.276, fit.d2Nm(), 1e-4 * 0.276);
        assertEquals(0, fit.unindexed(), m.warnings().toString());
        assertEquals(m.spots().size() / 2, fit.reflections().size());
    }

    @Test
    void everySpotOfARealImageHasItsFriedelMateAtMinusG() {
        double[] g1 = {2.1, 0.7};
        double[] g2 = {-0.9, 3.3};
        CalibratedImage img = SyntheticLattice.image(301, 257, PX, SyntheticLattice.lattice(g1, g2, 2), 3, 5);
        SpotDetection det = new SpotDetector().detect(new FftEngine().powerSpectrum(img));

        assertEquals(24, det.spots().size());
        assertEquals(0, det.rejectedWithoutMate());
        for (Spot s : det.spots()) {
            Spot mate = det.spots().get(s.friedelMate());
            assertEquals(-s.gx(), mate.gx(), 1e-9);
            assertEquals(-s.gy(), mate.gy(), 1e-9);
            assertEquals(s.snr(), mate.snr(), 1e-6 * s.snr());
        }
    }

    @Test
    void aSpotWithoutMateInAComplexImageIsRejected() {
        int w = 256;
        int h = 200;
        double[] lonely = {5.0, -4.5}; // far from every lattice spot, so their backgrounds stay clean
        CalibratedImage lattice = SyntheticLattice.image(w, h, PX,
                SyntheticLattice.lattice(new double[] {2.0, 0}, new double[] {0, 2.5}, 1), 2, 9);
        float[] re = lattice.pixels();
        float[] im = new float[w * h];
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                double phase = 2 * Math.PI * (lonely[0] * x * PX + lonely[1] * y * PX);
                re[y * w + x] += (float) (20 * Math.cos(phase));
                im[y * w + x] = (float) (20 * Math.sin(phase));
            }
        }
        CalibratedImage wave = CalibratedImage.builder("exit wave", w, h, re, PixelType.COMPLEX64).imaginary(im)
                .pixelSize(PX, PX, "nm", "nm").build();
        SpotDetection det = new SpotDetector().detect(new FftEngine().powerSpectrum(wave));

        assertEquals(1, det.rejectedWithoutMate());
        assertTrue(det.warnings().stream().anyMatch(m -> m.contains("Friedel")), det.warnings().toString());
        for (Spot s : det.spots()) {
            assertTrue(Math.hypot(s.gx() - lonely[0], s.gy() - lonely[1]) > 0.5, "lonely spot kept: " + s);
        }
        assertEquals(8, det.spots().size());
    }

    @Test
    void zeroFrequencyDiscIsExcluded() {
        // A slow modulation 2 spectrum pixels from the centre and a lattice fringe further out.
        int n = 300;
        double slow = 2.0 / (n * PX);
        double[][] waves = {{slow, 0, 30}, {3.0, 0, 5}, {0, 2.6, 5}};
        CalibratedImage img = SyntheticLattice.image(n, n, PX, waves, 1, 11);
        PowerSpectrum ps = new FftEngine().powerSpectrum(img);
        List<Spot> spots = new SpotDetector().detect(ps).spots();
        assertEquals(4, spots.size());
        assertTrue(spots.stream().allMatch(s -> s.g() > 2), spots.toString());
    }

    @Test
    void spotAnglesAreCounterClockwiseOnScreen() {
        // g pointing up on screen (negative image y) has angle +90°.
        Spot up = new Spot(0, 0, 0, -2, 10, 1, 1);
        assertEquals(90, up.angleDeg(), 1e-12);
        assertEquals(0.5, up.dNm(), 1e-12);
        assertEquals(-45, new Spot(0, 0, 1, 1, 10, 1, 0).angleDeg(), 1e-12);
    }
}
