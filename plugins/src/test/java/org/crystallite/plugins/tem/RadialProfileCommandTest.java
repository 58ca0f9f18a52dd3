package org.crystallite.plugins.tem;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.SplittableRandom;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import ij.IJ;
import ij.ImagePlus;
import ij.WindowManager;
import ij.gui.PolygonRoi;
import ij.measure.Calibration;
import ij.measure.ResultsTable;
import ij.process.FloatProcessor;

/** Plugins › Crystallite › TEM › Radial Profile, run as a macro would, on seeded synthetic ring patterns. */
class RadialProfileCommandTest {

    private static final double AU_A_NM = 0.40782;
    private static final double AL_A_NM = 0.40495;
    private static final int[] FCC = {3, 4, 8, 11, 12, 16};
    private static final String OPTIONS = "match_tolerance=2 camera=[] mask_below=0 ellipse show_plot display";

    @TempDir
    Path dir;

    @BeforeEach
    void start() {
        HeadlessImageJ.start();
    }

    @AfterEach
    void cleanUp() {
        HeadlessImageJ.reset();
    }

    /** 301 × 281 px of 0.05 1/nm, centre (160.4, 131.7), a/b = 1.02 at 20°, Poisson-like noise. */
    private static ImagePlus pattern(String title, double aNm, boolean calibrated, long seed) {
        int w = 301;
        int h = 281;
        double perNm = 0.05;
        double c = Math.cos(Math.toRadians(20));
        double s = Math.sin(Math.toRadians(20));
        SplittableRandom rnd = new SplittableRandom(seed);
        float[] v = new float[w * h];
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                double dx = x - 160.4;
                double dy = y - 131.7;
                double u = c * dx + s * dy;
                double t = -s * dx + c * dy;
                double r = Math.sqrt(u * u / 1.02 + t * t * 1.02);
                double value = 20 + 200 * Math.exp(-r / 40);
                for (int k = 0; k < FCC.length; k++) {
                    double z = (r - Math.sqrt(FCC[k]) / aNm / perNm) / 1.4;
                    value += (k < 2 ? 150 : 80) * Math.exp(-0.5 * z * z);
                }
                double g = Math.sqrt(-2 * Math.log(1 - rnd.nextDouble())) * Math.cos(2 * Math.PI * rnd.nextDouble());
                v[y * w + x] = (float) Math.max(0, Math.round(value + Math.sqrt(value) * g));
            }
        }
        ImagePlus imp = new ImagePlus(title, new FloatProcessor(w, h, v));
        if (calibrated) {
            Calibration cal = new Calibration();
            cal.pixelWidth = perNm;
            cal.pixelHeight = perNm;
            cal.setUnit("1/nm");
            imp.setCalibration(cal);
        }
        return imp;
    }

    @Test
    void goldRingsAreIndexedPlottedAndDrawnOnThePattern() {
        ImagePlus imp = pattern("au", AU_A_NM, true, 1);
        imp.show();

        IJ.run(imp, "Radial Profile", "mode=Auto phase=au standard=none save_to=[] " + OPTIONS);

        ResultsTable rt = ResultsTable.getResultsTable();
        assertTrue(rt.size() >= 4, "one row per ring: " + rt.size());
        assertEquals("au", rt.getStringValue("Image", 0));
        assertEquals(AU_A_NM / Math.sqrt(3), rt.getValue("d (nm)", 0), 0.003 * AU_A_NM / Math.sqrt(3));
        assertEquals("111", rt.getStringValue("hkl", 0));
        assertEquals("200", rt.getStringValue("hkl", 1));
        assertEquals("Au", rt.getStringValue("Phase", 0));
        assertEquals(160.4, rt.getValue("Centre x (px)", 0), 0.2);
        assertEquals(1.02, rt.getValue("a/b", 0), 0.003);

        assertNotNull(WindowManager.getImage("Radial Profile of au"), "the profile plot is shown");
        long ellipses = Arrays.stream(imp.getOverlay().toArray())
                .filter(r -> r instanceof PolygonRoi && r.getName().startsWith("ring")).count();
        assertEquals(rt.size(), ellipses, "one ellipse per ring on the pattern");
        assertEquals(1, Arrays.stream(imp.getOverlay().toArray()).filter(r -> "centre".equals(r.getName())).count());
    }

    @Test
    void aStandardMakesACameraFileForUncalibratedPatterns() throws Exception {
        Path camera = dir.resolve("camera.json");
        ImagePlus au = pattern("au-raw", AU_A_NM, false, 2);
        au.show();
        IJ.run(au, "Radial Profile", "mode=Diffraction phase=none standard=au save_to=[" + camera + "] "
                + OPTIONS);
        assertTrue(Files.isRegularFile(camera));
        assertTrue(Files.readString(camera).contains("\"cameraConstant_pxNm\" : 20."), Files.readString(camera));
        ResultsTable.getResultsTable().reset();

        ImagePlus al = pattern("al-raw", AL_A_NM, false, 3);
        al.show();
        IJ.run(al, "Radial Profile", "mode=Diffraction phase=al standard=none save_to=[] "
                + OPTIONS.replace("camera=[]", "camera=[" + camera + "]"));
        ResultsTable rt = ResultsTable.getResultsTable();
        assertEquals(AL_A_NM / Math.sqrt(3), rt.getValue("d (nm)", 0), 0.003 * AL_A_NM / Math.sqrt(3));
        assertEquals("Al", rt.getStringValue("Phase", 0));
    }

    @Test
    void aBrightHolderInsideTheSelectionIsExcluded() {
        // A dark beam stop (disc of 12 px reading 2) on a bright holder arm from it to the right edge (rows
        // 126-137, 900 counts): the threshold masks the stop, only the selection can mask the arm.
        ImagePlus imp = pattern("au-holder", AU_A_NM, true, 5);
        for (int y = 0; y < imp.getHeight(); y++) {
            for (int x = 0; x < imp.getWidth(); x++) {
                if (Math.hypot(x - 160.4, y - 131.7) < 12) {
                    imp.getProcessor().setf(x, y, 2);
                } else if (x >= 160 && y >= 126 && y < 138) {
                    imp.getProcessor().setf(x, y, 900);
                }
            }
        }
        imp.show();
        String options = "mode=Auto phase=au standard=none save_to=[] match_tolerance=2 camera=[] mask mask_below=8 "
                + "ellipse show_plot display";
        IJ.run(imp, "Radial Profile", options);
        ResultsTable biased = ResultsTable.getResultsTable();
        assertTrue(biased.size() == 0 || Math.abs(biased.getValue("Centre x (px)", 0) - 160.4) > 5,
                "the holder passes the threshold: no rings, or a wrong centre");
        biased.reset();

        // A polygon around the arm with a margin: pixel centres inside are x 158-300, y 124-139 (143 × 16).
        imp.setRoi(new PolygonRoi(new float[] {158, 301, 301, 158}, new float[] {124, 124, 140, 140},
                ij.gui.Roi.POLYGON));
        String log = HeadlessImageJ.capturingOutput(() -> IJ.run(imp, "Radial Profile",
                options + " exclude_selection"));
        ResultsTable rt = ResultsTable.getResultsTable();
        assertEquals(160.4, rt.getValue("Centre x (px)", 0), 0.2);
        assertEquals(131.7, rt.getValue("Centre y (px)", 0), 0.2);
        assertEquals(1.02, rt.getValue("a/b", 0), 0.003);
        assertEquals("111", rt.getStringValue("hkl", 0));
        assertEquals("200", rt.getStringValue("hkl", 1));
        assertEquals(AU_A_NM / Math.sqrt(3), rt.getValue("d (nm)", 0), 0.003 * AU_A_NM / Math.sqrt(3));
        assertEquals(AU_A_NM / 2, rt.getValue("d (nm)", 1), 0.003 * AU_A_NM / 2);
        // The selection, and the pixels below 8 (the stop, noise in the corners) grown by 2 px.
        int excluded = 0;
        for (int y = 0; y < imp.getHeight(); y++) {
            for (int x = 0; x < imp.getWidth(); x++) {
                boolean dark = false;
                for (int j = Math.max(0, y - 2); j <= Math.min(imp.getHeight() - 1, y + 2); j++) {
                    for (int i = Math.max(0, x - 2); i <= Math.min(imp.getWidth() - 1, x + 2); i++) {
                        dark |= imp.getProcessor().getf(i, j) < 8;
                    }
                }
                excluded += dark || (x >= 158 && x <= 300 && y >= 124 && y <= 139) ? 1 : 0;
            }
        }
        assertTrue(log.contains(", " + excluded + " pixels excluded"), excluded + " expected in " + log);
        assertTrue(log.contains("started from the centre of the sharpest profile"), log);
        long shown = Arrays.stream(imp.getOverlay().toArray()).filter(r -> "excluded".equals(r.getName())).count();
        assertEquals(1, shown, "the excluded selection is drawn on the pattern");
    }

    @Test
    void excludeSelectionWithoutASelectionSaysWhatIsMissing() {
        ImagePlus imp = pattern("au", AU_A_NM, true, 6);
        imp.show();
        String output = HeadlessImageJ.capturingOutput(() -> assertThrows(RuntimeException.class,
                () -> IJ.run(imp, "Radial Profile", "mode=Auto phase=au standard=none save_to=[] exclude_selection "
                        + OPTIONS)));
        assertTrue(output.contains("au: Exclude selection needs an area selection"), output);
        assertEquals(0, ResultsTable.getResultsTable().size());
    }

    @Test
    void anUncalibratedPatternWithoutCameraIsRefusedWithAReason() {
        ImagePlus imp = pattern("raw", AU_A_NM, false, 4);
        imp.show();
        String output = HeadlessImageJ.capturingOutput(() -> assertThrows(RuntimeException.class,
                () -> IJ.run(imp, "Radial Profile", "mode=Diffraction phase=none standard=none save_to=[] "
                        + OPTIONS)));
        assertTrue(output.contains("camera"), output);
        assertEquals(0, ResultsTable.getResultsTable().size());
    }
}
