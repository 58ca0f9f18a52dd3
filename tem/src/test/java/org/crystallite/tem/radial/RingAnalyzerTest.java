package org.crystallite.tem.radial;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;

import org.crystallite.spectrum.io.DataFormatException;
import org.crystallite.tem.fft.FftEngine;
import org.crystallite.tem.fft.PowerSpectrum;
import org.crystallite.tem.io.CalibratedImage;
import org.crystallite.tem.io.PixelType;
import org.crystallite.tem.lattice.HklMatch;
import org.crystallite.tem.lattice.Phase;
import org.crystallite.tem.lattice.PhaseLibrary;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Ring analysis of seeded synthetic SAED patterns and power spectra with known answers. */
class RingAnalyzerTest {

    private static final Phase AU = PhaseLibrary.find("au").orElseThrow();
    private static final Phase AL = PhaseLibrary.find("al").orElseThrow();
    /** 1/nm per pixel of the synthetic Au pattern: camera constant 25 px·nm. */
    private static final double AU_SCALE = 0.04;

    @TempDir
    Path dir;

    /** Au, odd non-square 611 × 547, centre off the middle, a/b = 1.02 at 25°, beam stop, Poisson noise. */
    private static final SyntheticRings.Pattern GOLD = SyntheticRings.fcc(AU, 611, 547, 318.37, 262.81, 1.02, Math.toRadians(25), AU_SCALE, 120, 1.5, true,
            11);

    private static SyntheticRings.Pattern gold() {
        return GOLD;
    }

    private static RingAnalyzer analyzer() {
        return new RingAnalyzer(RadialOptions.defaults().withMaskBelow(8));
    }

    @Test
    void goldRingsAreIndexedWithinAFewTenthsOfAPercentAfterEllipseCorrection() {
        SyntheticRings.Pattern p = gold();
        CalibratedImage image = p.calibrated("au.tif");
        RingAnalyzer analyzer = analyzer();
        RingAnalysis a = analyzer.index(analyzer.diffraction(image, null,
                RingAnalyzer.fileScale(image).orElseThrow(), 0, null), List.of(AU));

        GeometryFit g = a.geometry();
        assertTrue(g.refined());
        assertEquals(p.centreX(), g.geometry().centreX(), 0.2);
        assertEquals(p.centreY(), g.geometry().centreY(), 0.2);
        assertEquals(0.02, g.geometry().ellipticity(), 0.002);
        // 25° from +x towards +y in image coordinates (y down) is −25° on screen (counter-clockwise positive).
        assertEquals(-25, g.geometry().majorAxisAngleDeg(), 2);
        assertTrue(g.centreXSigma() > 0 && g.centreXSigma() < 0.2 && g.ratioSigma() > 0 && g.angleDegSigma() > 0);
        assertTrue(a.maskedPixels() > 0, "the beam stop is masked");

        String[] expected = {"111", "200", "220", "311", "222", "400", "331", "420"};
        assertTrue(a.rings().size() >= expected.length, "rings found: " + a.rings().size());
        for (int i = 0; i < expected.length; i++) {
            Ring r = a.rings().get(i);
            HklMatch m = r.match().orElseThrow(() -> new AssertionError("ring " + r + " not indexed"));
            assertEquals(expected[i], RingAnalyzer.familyLabel(m), "ring " + i);
            assertEquals(m.dCalcNm(), r.dNm(), 0.003 * m.dCalcNm(), "d of " + expected[i]);
            assertTrue(r.dNmSigma() > 0 && r.dNmSigma() < 0.003 * r.dNm());
        }
    }

    @Test
    void aRegionAndAUserMaskGiveTheCentreInWholeImagePixels() {
        SyntheticRings.Pattern p = gold();
        CalibratedImage image = p.calibrated("au.tif");
        PixelMask stop = PixelMask.of(p.width(), p.height(), p.beamStop());
        RingAnalysis a = new RingAnalyzer().diffraction(image, new org.crystallite.tem.fft.Roi(40, 30, 540, 500),
                RingAnalyzer.fileScale(image).orElseThrow(), 0, stop);
        assertEquals(p.centreX(), a.geometry().geometry().centreX(), 0.2);
        assertEquals(p.centreY(), a.geometry().geometry().centreY(), 0.2);
        assertEquals(0.02, a.geometry().geometry().ellipticity(), 0.002);
        assertTrue(a.maskedPixels() > 1000, "the given beam stop is excluded: " + a.maskedPixels());
        assertEquals(AU.dAng(1, 1, 1) / 10, a.rings().get(0).dNm(), 0.003 * AU.dAng(1, 1, 1) / 10);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new RingAnalyzer()
                .diffraction(CalibratedImage.builder("tiny.tif", 10, 12, new float[120], PixelType.FLOAT32)
                        .pixelSize(0.1, 0.1, "1/nm", "1/nm").build(), null, PatternScale.perNm(0.1), 0, null));
        assertTrue(e.getMessage().startsWith("tiny.tif") && e.getMessage().contains("too small"), e.getMessage());
    }

    @Test
    void withoutEllipseCorrectionTheRingsAreBroaderAndTheCentreStillFound() {
        SyntheticRings.Pattern p = gold();
        CalibratedImage image = p.calibrated("au.tif");
        RingAnalysis corrected = analyzer().diffraction(image, null, RingAnalyzer.fileScale(image).orElseThrow(), 0,
                null);
        RingAnalysis circles = new RingAnalyzer(RadialOptions.defaults().withMaskBelow(8).withRefinement(true, false))
                .diffraction(image, null, RingAnalyzer.fileScale(image).orElseThrow(), 0, null);
        assertEquals(1, circles.geometry().geometry().ratio(), 0);
        assertEquals(p.centreX(), circles.geometry().geometry().centreX(), 0.3);
        // ±1 % of radius smears the 111 ring (r ≈ 106 px) by about ±1 px on top of its 3.5 px FWHM.
        assertTrue(circles.rings().get(0).fwhm() > 1.1 * corrected.rings().get(0).fwhm(),
                circles.rings().get(0).fwhm() + " vs " + corrected.rings().get(0).fwhm());
    }

    @Test
    void cameraConstantFromGoldCalibratesAnAluminiumPattern() throws Exception {
        SyntheticRings.Pattern au = gold();
        CalibratedImage raw = au.uncalibrated("au-raw.tif");
        RingAnalysis standard = analyzer().diffraction(raw, null, RingAnalyzer.diffractionScale(raw,
                Optional.empty(), true), 0, null);
        assertFalse(standard.calibrated());
        CameraCalibration camera = new CameraCalibrator(0.02).calibrate(standard, AU);
        assertEquals(1 / AU_SCALE, camera.cameraConstantPxNm(), 0.002 / AU_SCALE);
        assertTrue(camera.cameraConstantPxNmSigma() > 0 && camera.cameraConstantPxNmSigma() < 0.002 / AU_SCALE);
        assertEquals(List.of("111", "200", "220", "311"), camera.hkl().subList(0, 4));

        Path file = dir.resolve("camera.json");
        CameraCalibrationJson.write(camera, file);
        CameraCalibration reread = CameraCalibrationJson.read(file);
        assertEquals(camera.cameraConstantPxNm(), reread.cameraConstantPxNm(), 0);
        assertEquals(camera.hkl(), reread.hkl());

        // A second set-up-identical pattern of another phase, elsewhere on the detector, other distortion.
        SyntheticRings.Pattern al = SyntheticRings.fcc(AL, 533, 601, 250.6, 310.2, 1.015, Math.toRadians(-40),
                AU_SCALE, 90, 1.8, true, 23);
        CalibratedImage alRaw = al.uncalibrated("al-raw.tif");
        RingAnalyzer analyzer = analyzer();
        RingAnalysis a = analyzer.index(analyzer.diffraction(alRaw, null,
                RingAnalyzer.diffractionScale(alRaw, Optional.of(reread), false), reread.relativeSigma(), null),
                List.of(AU, AL));
        assertEquals(al.centreX(), a.geometry().geometry().centreX(), 0.2);
        assertEquals(0.015, a.geometry().geometry().ellipticity(), 0.002);
        String[] expected = {"111", "200", "220", "311"};
        for (int i = 0; i < expected.length; i++) {
            Ring r = a.rings().get(i);
            double dTrue = AL.dAng(Integer.parseInt(expected[i].substring(0, 1)),
                    Integer.parseInt(expected[i].substring(1, 2)), Integer.parseInt(expected[i].substring(2))) / 10;
            assertEquals(dTrue, r.dNm(), 0.003 * dTrue, "Al " + expected[i]);
            HklMatch m = r.match().orElseThrow();
            assertEquals("Al", m.phase(), "Al is nearer than Au (0.7 % apart)");
            assertEquals(expected[i], RingAnalyzer.familyLabel(m));
        }
    }

    @Test
    void powerSpectrumOfAPolycrystallineImageGivesItsSpacings() {
        // Many fringe sets of two spacings in random directions (a nanocrystalline film), 512 × 384 px of
        // 0.02 nm: the reciprocal pixels differ per axis (0.0977 and 0.130 1/nm).
        double d1 = 0.2355;
        double d2 = 0.2039;
        int w = 512;
        int h = 384;
        double px = 0.02;
        SplittableRandom rnd = new SplittableRandom(5);
        float[] v = new float[w * h];
        for (double d : new double[] {d1, d2}) {
            for (int k = 0; k < 60; k++) {
                double angle = Math.PI * rnd.nextDouble();
                double phase = 2 * Math.PI * rnd.nextDouble();
                double gx = Math.cos(angle) / d;
                double gy = Math.sin(angle) / d;
                for (int y = 0; y < h; y++) {
                    for (int x = 0; x < w; x++) {
                        v[y * w + x] += (float) Math.cos(2 * Math.PI * (gx * x * px + gy * y * px) + phase);
                    }
                }
            }
        }
        for (int i = 0; i < v.length; i++) {
            v[i] += (float) (4 * rnd.nextDouble() - 2);
        }
        CalibratedImage image = CalibratedImage.builder("film.tif", w, h, v, PixelType.FLOAT32)
                .pixelSize(px, px, "nm", "nm").build();
        PowerSpectrum ps = new FftEngine().powerSpectrum(image);
        RingAnalysis a = new RingAnalyzer().powerSpectrum(ps);
        assertEquals(PatternMode.FFT, a.mode());
        assertEquals(256, a.geometry().geometry().centreX(), 0);
        assertEquals(192, a.geometry().geometry().centreY(), 0);
        // The two strong rings are the two spacings (a noise ripple may pass the SNR threshold far below them).
        List<Ring> strongest = a.rings().stream()
                .sorted(java.util.Comparator.comparingDouble(Ring::intensity).reversed()).limit(2)
                .sorted(java.util.Comparator.comparingDouble(Ring::dNm).reversed()).toList();
        assertEquals(2, strongest.size(), "rings: " + a.rings());
        assertEquals(d1, strongest.get(0).dNm(), 0.003 * d1);
        assertEquals(d2, strongest.get(1).dNm(), 0.003 * d2);
        for (Ring r : a.rings()) {
            assertTrue(strongest.contains(r) || r.intensity() < 1e-3 * strongest.get(1).intensity(), "ring " + r);
        }
    }

    @Test
    void aPatternWithoutRingsSaysSoInsteadOfFailing() {
        SplittableRandom rnd = new SplittableRandom(3);
        float[] v = new float[301 * 257];
        for (int i = 0; i < v.length; i++) {
            v[i] = (float) SyntheticRings.poisson(rnd, 50);
        }
        CalibratedImage image = CalibratedImage.builder("blank.tif", 301, 257, v, PixelType.FLOAT32)
                .pixelSize(0.05, 0.05, "1/nm", "1/nm").build();
        RingAnalysis a = new RingAnalyzer().diffraction(image, null, RingAnalyzer.fileScale(image).orElseThrow(), 0,
                null);
        assertTrue(a.rings().isEmpty(), "rings: " + a.rings());
        assertFalse(a.geometry().refined());
        assertTrue(a.warnings().stream().anyMatch(w -> w.contains("no rings")), a.warnings().toString());
        assertEquals(50, a.profile().intensity(40), 2);
    }

    @Test
    void aRealSpaceImageIsNotADiffractionPattern() {
        CalibratedImage image = CalibratedImage.builder("hrtem.tif", 64, 64, new float[64 * 64], PixelType.FLOAT32)
                .pixelSize(0.02, 0.02, "nm", "nm").build();
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> RingAnalyzer.diffractionScale(image, Optional.empty(), false));
        assertTrue(e.getMessage().startsWith("hrtem.tif") && e.getMessage().contains("real-space"), e.getMessage());
        CalibratedImage plain = CalibratedImage.builder("raw.tif", 64, 64, new float[64 * 64], PixelType.FLOAT32)
                .uncalibrated("test").build();
        IllegalArgumentException p = assertThrows(IllegalArgumentException.class,
                () -> RingAnalyzer.diffractionScale(plain, Optional.empty(), false));
        assertTrue(p.getMessage().contains("camera"), p.getMessage());
        assertEquals(0.1, RingAnalyzer.fileScale(CalibratedImage.builder("x", 8, 8, new float[64], PixelType.FLOAT32)
                .pixelSize(0.01, 0.01, "1/Å", "1/Å").build()).orElseThrow().x(), 1e-12);
    }

    @Test
    void cameraFilesThatAreNotCameraFilesAreRefusedByName() throws Exception {
        Path bad = dir.resolve("other.json");
        Files.writeString(bad, "{\"format\": \"crystallite-tem-calibration\", \"scaleX\": 1}");
        DataFormatException e = assertThrows(DataFormatException.class, () -> CameraCalibrationJson.read(bad));
        assertTrue(e.getMessage().startsWith(bad.toString()), e.getMessage());
        Files.writeString(bad, "{\"format\": \"crystallite-tem-camera\", \"cameraConstant_pxNm\": -3}");
        assertThrows(DataFormatException.class, () -> CameraCalibrationJson.read(bad));
        Files.writeString(bad, "not json");
        assertThrows(DataFormatException.class, () -> CameraCalibrationJson.read(bad));
    }
}
