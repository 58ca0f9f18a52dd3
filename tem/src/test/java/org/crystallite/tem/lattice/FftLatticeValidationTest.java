package org.crystallite.tem.lattice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.crystallite.spectrum.testing.ValidationData;
import org.crystallite.tem.fft.FftOptions;
import org.crystallite.tem.fft.Roi;
import org.crystallite.tem.io.CalibratedImage;
import org.crystallite.tem.io.ImageReaders;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Known answers from shared/validation/tem/SOURCES.md, entries 4–6 and 9 (SrTiO3, a = 0.3905 nm). */
@Tag("validation")
class FftLatticeValidationTest {

    private static final double A_NM = 0.3905;

    private static CalibratedImage read(String name) throws Exception {
        return ImageReaders.read(ValidationData.file("tem", name));
    }

    private static LatticeAnalyzer analyzer(Roi roi, LatticeCalibration calibration) {
        return new LatticeAnalyzer(FftOptions.defaults().withRegion(roi), SpotOptions.defaults(), calibration);
    }

    @Test
    void srTiO3Along110HasTheKnownSpacingsAndARightAngle() throws Exception {
        // SOURCES #9: the file stores scale 0.009326270 without a unit; the unit is nm.
        CalibratedImage img = read("test_ADF_cropped.hdf5").withCalibration(0.009326270, 0.009326270, "nm");
        LatticeMeasurement m = new LatticeAnalyzer().measure(img);
        LatticeFit fit = m.lattice();

        // d(001) = a = 0.3905 nm horizontally, within 0.5 %.
        assertEquals(A_NM, fit.d1Nm(), 0.005 * A_NM);
        assertEquals(0, fit.g1y(), 0.02 * Math.abs(fit.g1x()));
        // d(1-10) vertically: this image measures 0.2746–0.2748 nm by independent sub-pixel FFT (SOURCES #9,
        // peer numpy), i.e. −0.5 % from a/√2 = 0.2761 nm: its y scan is short. We reproduce the peer
        // value; against a/√2 the deviation is about −0.55 % (see the branch report).
        assertEquals(0.2747, fit.d2Nm(), 0.001 * 0.2747);
        assertEquals(0, fit.g2x(), 0.02 * Math.abs(fit.g2y()));
        assertEquals(90, fit.gammaDeg(), 0.5);
        // Why d(1-10) misses a/√2 by −0.55 %: the vertical spacing itself changes across this image. Per
        // quadrant it runs from 0.2743 to 0.2770 nm (0.95 % spread; an independent numpy exact-DTFT
        // maximum per quadrant gives 0.2745–0.2768 nm), which brackets 0.2761 nm; the Hann-weighted
        // whole-image value is that of the centre.
        FieldVariation v = assertFieldVariationIsFlagged(m);
        assertTrue(v.d2SpreadPercent() > 0.5, "d2 spread " + v.d2SpreadPercent());
        double lowest = v.quadrants().stream().mapToDouble(QuadrantSpacing::d2Nm).min().orElseThrow();
        double highest = v.quadrants().stream().mapToDouble(QuadrantSpacing::d2Nm).max().orElseThrow();
        assertTrue(lowest < 0.2761 && 0.2761 < highest, lowest + " … " + highest);
        // (002) and (1-11) are indexed on the same lattice: (2,0) and (1,±1).
        assertTrue(fit.reflections().stream().anyMatch(r -> r.h() == 2 && r.k() == 0
                && Math.abs(r.dNm() - 0.1953) < 0.005 * 0.1953));
        assertTrue(fit.reflections().stream().anyMatch(r -> r.h() == 1 && Math.abs(r.k()) == 1
                && Math.abs(r.dNm() - 0.2255) < 0.005 * 0.2255));
    }

    @Test
    void serStoImageShowsItsScanCalibrationErrorAndCalibrationRemovesIt() throws Exception {
        CalibratedImage img = read("16_STOimage_1.ser");
        LatticeMeasurement m = new LatticeAnalyzer().measure(img);
        assertFieldVariationIsFlagged(m);
        LatticeFit fit = m.lattice();
        // SOURCES #4: [001] with metadata calibration, d(100) 0.4020 nm along x (+3.0 %), 0.4070 along y (+4.2 %).
        double dx = Math.abs(fit.g1x()) > Math.abs(fit.g2x()) ? fit.d1Nm() : fit.d2Nm();
        double dy = Math.abs(fit.g1x()) > Math.abs(fit.g2x()) ? fit.d2Nm() : fit.d1Nm();
        assertEquals(0.4020, dx, 0.0010);
        assertEquals(0.4070, dy, 0.0010);

        LatticeCalibration c = new LatticeCalibrator().calibrate(fit, List.of(A_NM), 90, img.sourceFile(),
                img.pixelSizeNmX(), img.pixelSizeNmY());
        // Project goal (notes/tem.md §6): scale factors 0.971 ± 0.003 (x) and 0.960 ± 0.003 (y).
        assertEquals(0.971, c.scaleX(), 0.003);
        assertEquals(0.960, c.scaleY(), 0.003);

        assertCalibrationTransfersAcrossHalves(img);
    }

    @Test
    void berkeleyEmdStoImageIsFivePercentLargeAndRotatedAndCalibrationRemovesIt() throws Exception {
        CalibratedImage img = read("Acquisition_18.emd");
        LatticeMeasurement m = new LatticeAnalyzer().measure(img);
        assertFieldVariationIsFlagged(m);
        LatticeFit fit = m.lattice();
        // SOURCES #6: d(100) 0.4112 / 0.4092 nm (+5 %), lattice rotated by about 17°, angle 88.9°.
        assertEquals(0.4112, fit.d1Nm(), 0.0010);
        assertEquals(0.4092, fit.d2Nm(), 0.0010);
        assertEquals(88.9, fit.gammaDeg(), 0.2);
        double rotation = Math.toDegrees(Math.atan2(-fit.g1y(), fit.g1x()));
        assertEquals(17, rotation, 1.5);

        assertCalibrationTransfersAcrossHalves(img);
    }

    /**
     * Not circular: calibrate on the left half, then measure the right half with that calibration,
     * which must give the cubic lattice (a = 0.3905 nm, 90°) that the metadata calibration misses by 3–5 %.
     */
    private static void assertCalibrationTransfersAcrossHalves(CalibratedImage img) {
        int half = img.width() / 2;
        Roi left = new Roi(0, 0, half, img.height());
        Roi right = new Roi(half, 0, img.width() - half, img.height());
        LatticeFit leftFit = analyzer(left, null).measure(img).lattice();
        LatticeCalibration c = new LatticeCalibrator().calibrate(leftFit, List.of(A_NM), 90, img.sourceFile(),
                img.pixelSizeNmX(), img.pixelSizeNmY());

        LatticeFit before = analyzer(right, null).measure(img).lattice();
        LatticeFit after = analyzer(right, c).measure(img).lattice();
        assertTrue(Math.abs(before.d1Nm() / A_NM - 1) > 0.02, "uncalibrated d1 " + before.d1Nm());
        assertEquals(A_NM, after.d1Nm(), 0.005 * A_NM);
        assertEquals(A_NM, after.d2Nm(), 0.005 * A_NM);
        assertEquals(90, after.gammaDeg(), 0.5);
    }

    /**
     * The image's own non-uniformity: the basis spacings measured per quadrant differ by more than the
     * scan-distortion warning level. The peer GPA null test (notes/tem.md §2 and §5.3) sees the same thing as
     * a strain standard deviation of 0.2–1.1 % on these perfect crystals.
     */
    private static FieldVariation assertFieldVariationIsFlagged(LatticeMeasurement m) {
        FieldVariation v = m.fieldVariationIfAny().orElseThrow();
        assertTrue(v.largestSpreadPercent() > LatticeAnalyzer.FIELD_VARIATION_WARNING_PERCENT,
                "quadrant spread " + v.largestSpreadPercent());
        assertTrue(m.warnings().stream().anyMatch(w -> w.contains("between the quadrants")), m.warnings().toString());
        return v;
    }
}
