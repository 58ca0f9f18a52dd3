package org.crystallite.plugins.tem;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;

import org.crystallite.spectrum.testing.ValidationData;
import org.crystallite.tem.lattice.LatticeAnalyzer;
import org.crystallite.tem.lattice.LatticeFit;
import org.crystallite.tem.lattice.LatticeMeasurement;
import org.crystallite.tem.lattice.PhaseLibrary;
import org.crystallite.tem.lattice.PhaseMatcher;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import ij.IJ;
import ij.ImagePlus;
import ij.WindowManager;
import ij.gui.OvalRoi;
import ij.measure.ResultsTable;

/** Plugins › Crystallite › TEM › Measure Lattice Spacings, run as a macro would. */
class MeasureLatticeCommandTest {

    private static final double PIXEL_NM = 0.02;
    /** SrTiO3 [110]: d(001) = a along x, d(1-10) = a/√2 along y. */
    private static final double A_NM = 0.3905;
    private static final double A_OVER_ROOT2_NM = A_NM / Math.sqrt(2);
    static final String OPTIONS = "window=Hann minimum_snr=25 refinement=[Hann ratio] maximum_spots=60";

    @BeforeEach
    void start() {
        HeadlessImageJ.start();
    }

    @AfterEach
    void cleanUp() {
        HeadlessImageJ.reset();
    }

    @Test
    void syntheticRectangularLatticeGivesBothSpacingsAndARightAngle() {
        // Noise σ 0.5 against fringe amplitudes of 10: a perfectly noise-free spectrum has no meaningful SNR.
        ImagePlus imp = LatticeImages.image("sto110", 384, 320, PIXEL_NM, PIXEL_NM, PIXEL_NM, A_NM, A_OVER_ROOT2_NM,
                0.5, 11);
        imp.show();

        IJ.run(imp, "Measure Lattice Spacings", OPTIONS + " show display");

        ResultsTable rt = ResultsTable.getResultsTable();
        assertEquals(1, rt.size(), "one row per image");
        assertEquals("sto110", rt.getStringValue("Image", 0));
        // Synthetic lattice: |Δd/d| ≤ 0.1 % and the angle within 0.1° (notes/tem.md §6).
        assertEquals(A_NM, rt.getValue("d1 (nm)", 0), 0.001 * A_NM);
        assertEquals(A_OVER_ROOT2_NM, rt.getValue("d2 (nm)", 0), 0.001 * A_OVER_ROOT2_NM);
        assertEquals(90, rt.getValue("Angle (deg)", 0), 0.1);
        assertEquals(0, rt.getValue("g1 direction (deg)", 0) % 180, 0.1, "g1 = (001) lies along x");
        assertEquals(6, rt.getValue("Indexed", 0), "(1,0) (0,1) (1,1) (1,-1) (2,0) (0,2)");
        assertEquals(0, rt.getValue("Unindexed", 0));
        assertEquals(12, rt.getValue("Spots", 0), "six Friedel pairs");
        assertTrue(rt.getValue("d1 SE (nm)", 0) < 0.001 * A_NM, "standard error of d1 below 0.1 %");

        ImagePlus fft = WindowManager.getImage("FFT of sto110");
        assertNotNull(fft, "the FFT with the spots is shown");
        long circles = Arrays.stream(fft.getOverlay().toArray()).filter(r -> r instanceof OvalRoi).count();
        assertEquals(12, circles, "one circle per spot");
    }

    @Test
    void namedTablesHoldOneRowPerSpotPerReflectionAndPerImage() {
        ImagePlus imp = LatticeImages.image("sto110", 384, 320, PIXEL_NM, PIXEL_NM, PIXEL_NM, A_NM, A_OVER_ROOT2_NM,
                0.5, 12);
        LatticeMeasurement m = new LatticeAnalyzer().measure(CalibratedImagePlus.toCalibratedImage(imp));
        LatticeFit fit = m.lattice();
        assertNotNull(fit);

        ResultsTable spots = new ResultsTable();
        LatticeTables.addSpots(spots, "sto110", m.spots());
        ResultsTable reflections = new ResultsTable();
        LatticeTables.addReflections(reflections, "sto110", fit, Optional.empty());
        ResultsTable spacings = new ResultsTable();
        LatticeTables.addSpacings(spacings, "sto110", m, Optional.empty());

        assertEquals(m.spots().size(), spots.size());
        for (int i = 0; i < spots.size(); i++) {
            int mate = (int) spots.getValue("Friedel mate", i) - 1;
            assertEquals(-spots.getValue("gx (1/nm)", i), spots.getValue("gx (1/nm)", mate), 1e-3,
                    "mates lie at -g");
            assertEquals(spots.getValue("d (nm)", i), 1 / spots.getValue("g (1/nm)", i), 1e-12);
        }
        assertEquals(fit.reflections().size(), reflections.size());
        boolean found002 = false;
        for (int i = 0; i < reflections.size(); i++) {
            if (Math.abs(reflections.getValue("h", i)) == 2 && reflections.getValue("k", i) == 0) {
                assertEquals(A_NM / 2, reflections.getValue("d (nm)", i), 0.001 * A_NM / 2);
                found002 = true;
            }
        }
        assertTrue(found002, "(002) is indexed as (2,0)");
        assertEquals(1, spacings.size());
        assertEquals(A_NM, spacings.getValue("d1 (nm)", 0), 0.002 * A_NM);
        assertEquals(PIXEL_NM, spacings.getValue("Pixel x (nm)", 0), 1e-12);
        assertEquals(1, spacings.getValue("Scale x", 0), 0, "no calibration applied");
    }

    @Test
    void aPhaseGivesEachReflectionItsHklAndTheLatticeItsZoneAxis() {
        ImagePlus imp = LatticeImages.image("sto110", 384, 320, PIXEL_NM, PIXEL_NM, PIXEL_NM, A_NM, A_OVER_ROOT2_NM,
                0.5, 13);
        LatticeMeasurement m = new LatticeAnalyzer().measure(CalibratedImagePlus.toCalibratedImage(imp));
        Optional<PhaseSettings.PhaseMatch> srTiO3 = Optional.of(new PhaseSettings.PhaseMatch(
                PhaseLibrary.find("srtio3").orElseThrow(), new PhaseMatcher(0.02)));

        ResultsTable reflections = new ResultsTable();
        LatticeTables.addReflections(reflections, "sto110", m.lattice(), srTiO3);
        ResultsTable spacings = new ResultsTable();
        LatticeTables.addSpacings(spacings, "sto110", m, srTiO3);

        for (int i = 0; i < reflections.size(); i++) {
            double d = reflections.getValue("d (nm)", i);
            double dCalc = reflections.getValue("d calc (nm)", i);
            assertEquals(d / dCalc - 1, reflections.getValue("d error (%)", i) / 100, 1e-12);
            assertTrue(Math.abs(d / dCalc - 1) < 0.001, "synthetic spacings are SrTiO3's: " + d + " vs " + dCalc);
            String hkl = reflections.getStringValue("hkl", i);
            double[] expected = {A_NM, A_NM / Math.sqrt(2), A_NM / Math.sqrt(3), A_NM / 2, A_NM / Math.sqrt(8)};
            String[] families = {"{100}", "{110}", "{111}", "{200}", "{220}"};
            int f = 0;
            while (f < expected.length && Math.abs(dCalc - expected[f]) > 1e-6) {
                f++;
            }
            assertTrue(f < expected.length, "reflection " + i + " has an expected spacing: " + dCalc);
            assertEquals(families[f], family(hkl), "reflection " + i + " d " + d);
        }
        // d(001) = 0.3905 ⟂ d(1-10) = 0.2761 nm: the [110] zone (some member of <110>).
        assertEquals("<110>", zoneFamily(spacings.getStringValue("Zone axis", 0)));
    }

    /** "{hkl}" with sorted absolute indices, e.g. "1-10" → "{110}". */
    private static String family(String hkl) {
        return "{" + sortedDigits(hkl) + "}";
    }

    private static String zoneFamily(String uvw) {
        return "<" + sortedDigits(uvw.replace("[", "").replace("]", "")) + ">";
    }

    private static String sortedDigits(String indices) {
        String digits = indices.replace("-", "");
        char[] c = digits.toCharArray();
        Arrays.sort(c);
        return new StringBuilder(new String(c)).reverse().toString();
    }

    @Tag("validation")
    @Test
    void srTiO3Along110FromHyperSpyFileMatchesTheKnownSpacings() {
        Path file = ValidationData.file("tem", "test_ADF_cropped.hdf5");
        IJ.run("Crystallite...", "open=[" + file + "]");
        ImagePlus imp = WindowManager.getImage("test_ADF_cropped.hdf5");
        // SOURCES #9: the file stores the scale 0.009326270 without a unit; the user sets the unit.
        IJ.run(imp, "Set Scale...", "distance=1 known=0.009326270 unit=nm");

        IJ.run(imp, "Measure Lattice Spacings", OPTIONS + " phase=srtio3 match_tolerance=2 display");

        ResultsTable rt = ResultsTable.getResultsTable();
        assertEquals("<110>", zoneFamily(rt.getStringValue("Zone axis", 0)), "SOURCES #9: SrTiO3 [110]");
        double d1 = rt.getValue("d1 (nm)", 0);
        double d2 = rt.getValue("d2 (nm)", 0);
        double angle = rt.getValue("Angle (deg)", 0);
        System.out.printf("test_ADF_cropped: d1 %.5f nm, d2 %.5f nm, angle %.3f deg%n", d1, d2, angle);
        assertEquals(A_NM, d1, 0.005 * A_NM, "d(001) within 0.5 %");
        // The independent sub-pixel FFT (SOURCES #9) measures d(1-10) = 0.2746–0.2748 nm in this image.
        assertEquals(0.2747, d2, 0.001 * 0.2747);
        assertEquals(90, angle, 0.3);
        // …because the vertical spacing changes across the image: 0.95 % between its quadrants.
        assertTrue(rt.getValue("d2 quadrant spread (%)", 0) > 0.5, "d2 quadrant spread");
    }
}
