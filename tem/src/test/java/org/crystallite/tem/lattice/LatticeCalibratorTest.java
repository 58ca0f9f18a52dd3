package org.crystallite.tem.lattice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.crystallite.spectrum.io.DataFormatException;
import org.crystallite.tem.io.CalibratedImage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LatticeCalibratorTest {

    private static final double A = 0.3905;
    private static final double TRUE_PX = 0.0100;

    /**
     * A cubic lattice (a = 0.3905 nm, rotated by {@code rotation}) drawn on true pixels of 0.01 nm but
     * labelled with pixel sizes 0.01·sx and 0.01·sy, and scanned with rows shifted by {@code shear}·y.
     */
    private static CalibratedImage distorted(double sx, double sy, double shear, double rotation, long seed) {
        // True position of pixel (x, y): (x + shear·y, y)·TRUE_PX; in g terms the wave's pixel-grid
        // frequencies are gx' = gx and gy' = gy + shear·gx.
        double[] g1 = {Math.cos(rotation) / A, -Math.sin(rotation) / A};
        double[] g2 = {Math.sin(rotation) / A, Math.cos(rotation) / A};
        double[][] waves = SyntheticLattice.lattice(g1, g2, 2);
        for (double[] w : waves) {
            w[1] = w[1] + shear * w[0];
        }
        CalibratedImage img = SyntheticLattice.image(400, 352, TRUE_PX, waves, 4, seed);
        return img.withCalibration(TRUE_PX * sx, TRUE_PX * sy, "nm");
    }

    @Test
    void recoversSeparateXAndYScaleErrors() {
        CalibratedImage img = distorted(1.03, 1.04, 0, 0, 1);
        LatticeFit fit = new LatticeAnalyzer().measure(img).lattice();
        assertEquals(A * 1.04, fit.d1Nm(), 0.002 * A);

        LatticeCalibration c = new LatticeCalibrator().calibrate(fit, List.of(A), 90, "synthetic", 0.0103, 0.0104);
        assertEquals(1 / 1.03, c.scaleX(), 0.002);
        assertEquals(1 / 1.04, c.scaleY(), 0.002);
        assertEquals(0, c.shear(), 0.002);
        assertTrue(c.scaleXSigma() > 0 && c.scaleXSigma() < 0.001, "σ " + c.scaleXSigma());

        LatticeFit corrected = new LatticeAnalyzer(org.crystallite.tem.fft.FftOptions.defaults(), SpotOptions.defaults(), c)
                .measure(distorted(1.03, 1.04, 0, 0, 2)).lattice();
        assertEquals(A, corrected.d1Nm(), 0.002 * A);
        assertEquals(A, corrected.d2Nm(), 0.002 * A);
        assertEquals(90, corrected.gammaDeg(), 0.1);
    }

    @Test
    void recoversShearOnARotatedLatticeWhenTheAngleIsKnown() {
        CalibratedImage img = distorted(0.97, 1.02, 0.015, Math.toRadians(17), 3);
        LatticeFit fit = new LatticeAnalyzer().measure(img).lattice();
        assertTrue(Math.abs(fit.gammaDeg() - 90) > 0.5, "the shear must show as a non-right angle: " + fit.gammaDeg());

        LatticeCalibration c = new LatticeCalibrator().calibrate(fit, List.of(A), 90, "synthetic", 0.0097, 0.0102);
        assertEquals(1 / 0.97, c.scaleX(), 0.002);
        assertEquals(1 / 1.02, c.scaleY(), 0.002);
        // True X = x_nominal/0.97 + 0.015·y_nominal/1.02 (rows displaced by 0.015 true pixels per row), so the
        // shear element of A is 0.015/1.02.
        assertEquals(0.015 / 1.02, c.shear(), 0.001);
        double[] g = c.correct(fit.g1x(), fit.g1y());
        assertEquals(1 / A, Math.hypot(g[0], g[1]), 0.002 / A);
        double[] h = c.correct(fit.g2x(), fit.g2y());
        assertEquals(0, g[0] * h[0] + g[1] * h[1], 1e-9 / (A * A));
    }

    @Test
    void withoutAngleOnlyScalesAreFitted() {
        CalibratedImage img = distorted(1.03, 0.98, 0, 0, 4);
        LatticeFit fit = new LatticeAnalyzer().measure(img).lattice();
        LatticeCalibration c = new LatticeCalibrator().calibrate(fit, List.of(A), Double.NaN, "s", 0.0103, 0.0098);
        assertEquals(1 / 1.03, c.scaleX(), 0.002);
        assertEquals(1 / 0.98, c.scaleY(), 0.002);
        assertEquals(0, c.shear());
    }

    @Test
    void withoutAngleALatticeAtFortyFiveDegreesIsRefused() {
        LatticeFit fit = new LatticeAnalyzer().measure(distorted(1, 1, 0, Math.toRadians(45), 5)).lattice();
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new LatticeCalibrator().calibrate(fit, List.of(A), Double.NaN, "s", 0.01, 0.01));
        assertTrue(e.getMessage().contains("angle"), e.getMessage());
    }

    @Test
    void badKnownValuesAreRefused() {
        LatticeFit fit = new LatticeAnalyzer().measure(distorted(1, 1, 0, 0, 6)).lattice();
        LatticeCalibrator cal = new LatticeCalibrator();
        assertThrows(IllegalArgumentException.class, () -> cal.calibrate(fit, List.of(), 90, "s", 1, 1));
        assertThrows(IllegalArgumentException.class, () -> cal.calibrate(fit, List.of(-0.3), 90, "s", 1, 1));
        assertThrows(IllegalArgumentException.class, () -> cal.calibrate(fit, List.of(0.39), 200, "s", 1, 1));
    }

    @Test
    void jsonRoundTripAndBadFiles(@TempDir Path dir) throws IOException {
        LatticeCalibration c = new LatticeCalibration(0.9714, 0.9595, 0.0123, 1e-4, 2e-4, 3e-4, List.of(0.3905), 90,
                "16_STOimage_1.ser", 0.0100127, 0.0100127);
        Path file = dir.resolve("calib.json");
        CalibrationJson.write(c, file);
        assertEquals(c, CalibrationJson.read(file));
        assertTrue(Files.readString(file).contains("\"format\" : \"crystallite-tem-calibration\""));

        LatticeCalibration noAngle = new LatticeCalibration(1.01, 0.99, 0, Double.NaN, Double.NaN, Double.NaN,
                List.of(0.2, 0.3), Double.NaN, "x", 0.1, 0.1);
        CalibrationJson.write(noAngle, file);
        LatticeCalibration back = CalibrationJson.read(file);
        assertTrue(Double.isNaN(back.knownAngleDeg()));
        assertEquals(List.of(0.2, 0.3), back.knownDNm());

        Files.writeString(file, "{\"format\": \"crystallite-tem-calibration\", \"scaleX\": 1.0, \"shear\": 0}");
        DataFormatException missing = assertThrows(DataFormatException.class, () -> CalibrationJson.read(file));
        assertTrue(missing.getMessage().contains("scaleY") && missing.getMessage().contains("calib.json"));
        Files.writeString(file, "{\"scaleX\": 1}");
        assertThrows(DataFormatException.class, () -> CalibrationJson.read(file));
        Files.writeString(file, "{not json");
        assertThrows(DataFormatException.class, () -> CalibrationJson.read(file));
        Files.writeString(file, "{\"format\": \"crystallite-tem-calibration\", \"scaleX\": -1, \"scaleY\": 1, \"shear\": 0}");
        assertThrows(DataFormatException.class, () -> CalibrationJson.read(file));
    }

    @Test
    void correctionFormulaInvertsTheAffineMap() {
        // A = [[sx, s], [0, sy]] maps measured to true positions; g·r must be invariant: (C g)·(A r) = g·r.
        LatticeCalibration c = new LatticeCalibration(0.97, 1.02, 0.03, 0, 0, 0, List.of(), Double.NaN, "", 1, 1);
        double[] g = {1.3, -0.7};
        double[] r = {2.0, 5.0};
        double[] cg = c.correct(g[0], g[1]);
        double[] ar = {0.97 * r[0] + 0.03 * r[1], 1.02 * r[1]};
        assertEquals(g[0] * r[0] + g[1] * r[1], cg[0] * ar[0] + cg[1] * ar[1], 1e-12);
    }
}
