package org.crystallite.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import ij.IJ;
import ij.ImagePlus;
import ij.io.FileSaver;
import ij.measure.Calibration;
import ij.process.FloatProcessor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TemIfftCommandTest {

    private static final double PIXEL_NM = 0.05;
    private static final int W = 257;
    private static final int H = 211;
    /** Lattice A: 0.50 nm fringes along x (g = (2, 0) 1/nm); lattice B: 0.31 nm fringes at 60°. */
    private static final double[] G_A = {2.0, 0.0};
    private static final double[] G_B = {Math.cos(Math.PI / 3) / 0.31, Math.sin(Math.PI / 3) / 0.31};

    @TempDir
    Path dir;

    private static double fringe(double[] g, int x, int y) {
        return Math.cos(2 * Math.PI * (g[0] * x + g[1] * y) * PIXEL_NM);
    }

    private Path twoLattices(String name, boolean calibrated) throws Exception {
        Random rnd = new Random(3);
        float[] v = new float[W * H];
        for (int y = 0; y < H; y++) {
            for (int x = 0; x < W; x++) {
                v[y * W + x] = (float) (50 + fringe(G_A, x, y) + fringe(G_B, x, y) + 0.5 * rnd.nextGaussian());
            }
        }
        ImagePlus imp = new ImagePlus(name, new FloatProcessor(W, H, v));
        if (calibrated) {
            Calibration cal = new Calibration();
            cal.pixelWidth = PIXEL_NM;
            cal.pixelHeight = PIXEL_NM;
            cal.setUnit("nm");
            imp.setCalibration(cal);
        }
        Path file = dir.resolve(name);
        assertTrue(new FileSaver(imp).saveAsTiff(file.toString()));
        return file;
    }

    @Test
    void givenSpotWritesACalibratedFilteredTiffPngAndJson() throws Exception {
        Path tif = twoLattices("two.tif", true);
        Path out = dir.resolve("out");
        CliRun r = CliRun.of("tem", "ifft", tif.toString(), "--spots", "2,0", "--mask", "gaussian:0.2", "--out", out.toString(),
                "--json");
        assertEquals(0, r.exitCode(), r.stderr());
        JsonNode json = new ObjectMapper().readTree(r.stdout());
        assertEquals(1, json.get("masks").size());
        assertEquals(0.5, json.get("masks").get(0).get("dNm").asDouble(), 1e-9);
        assertEquals("gaussian", json.get("maskShape").get("type").asText());
        assertTrue(json.get("imaginaryResidual").asDouble() < 1e-5);
        assertTrue(Files.isRegularFile(out.resolve("filtered.png")));
        assertTrue(Files.isRegularFile(out.resolve("ifft.json")));
        ImagePlus filtered = IJ.openImage(out.resolve("filtered.tif").toString());
        assertEquals(ImagePlus.GRAY32, filtered.getType());
        assertEquals(W, filtered.getWidth());
        assertEquals(H, filtered.getHeight());
        assertEquals(PIXEL_NM, filtered.getCalibration().pixelWidth, 1e-9);
        assertEquals("nm", filtered.getCalibration().getUnit());
        // The filtered image is lattice A alone: correlation with the noise-free fringe.
        float[] v = (float[]) filtered.getProcessor().getPixels();
        double sab = 0;
        double saa = 0;
        double sbb = 0;
        for (int y = 0; y < H; y++) {
            for (int x = 0; x < W; x++) {
                double a = v[y * W + x];
                double b = fringe(G_A, x, y);
                sab += a * b;
                saa += a * a;
                sbb += b * b;
            }
        }
        double corr = sab / Math.sqrt(saa * sbb);
        assertTrue(corr > 0.95, "correlation " + corr);
    }

    @Test
    void autoMasksTheStrongestDetectedSpotsWithPixelSizes() throws Exception {
        Path tif = twoLattices("auto.tif", true);
        CliRun r = CliRun.of("tem", "ifft", tif.toString(), "--auto", "2", "--mask", "circle:3px:2px", "--json");
        assertEquals(0, r.exitCode(), r.stderr());
        JsonNode json = new ObjectMapper().readTree(r.stdout());
        assertEquals("auto", json.get("spotSource").asText());
        assertEquals(2, json.get("masks").size());
        double d0 = json.get("masks").get(0).get("dNm").asDouble();
        double d1 = json.get("masks").get(1).get("dNm").asDouble();
        double small = Math.min(d0, d1);
        double large = Math.max(d0, d1);
        assertEquals(0.31, small, 0.31 * 0.02);
        assertEquals(0.50, large, 0.50 * 0.02);
        double reciprocalPx = 0.5 * (1 / (W * PIXEL_NM) + 1 / (H * PIXEL_NM));
        assertEquals(3 * reciprocalPx, json.get("maskShape").get("radiusInvNm").asDouble(), 1e-12);
    }

    @Test
    void amplitudeOfEachReflectionIsWrittenWithItsPhase() throws Exception {
        Path tif = twoLattices("amp.tif", true);
        Path out = dir.resolve("amp");
        CliRun r = CliRun.of("tem", "ifft", tif.toString(), "--spots", "2,0;" + G_B[0] + "," + G_B[1], "--mask",
                "circle:0.3:0.2", "--amplitude", "--out", out.toString());
        assertEquals(0, r.exitCode(), r.stderr());
        for (int k = 1; k <= 2; k++) {
            ImagePlus amp = IJ.openImage(out.resolve("amplitude-" + k + ".tif").toString());
            assertEquals(PIXEL_NM, amp.getCalibration().pixelWidth, 1e-9);
            // Each fringe has amplitude 1, so |H_g| = 1/2 in the interior.
            assertEquals(0.5, amp.getProcessor().getf(W / 2, H / 2), 0.05, "amplitude of reflection " + k);
            assertTrue(Files.isRegularFile(out.resolve("phase-" + k + ".tif")));
        }
        assertEquals(2, CliRun.of("tem", "ifft", tif.toString(), "--spots", "2,0", "--mask", "gaussian:0.2", "--amplitude")
                .exitCode());
    }

    @Test
    void usageErrorsExitWithTwoAndWriteNothing() throws Exception {
        Path tif = twoLattices("u.tif", true);
        Path out = dir.resolve("none");
        assertEquals(2, CliRun.of("tem", "ifft", tif.toString(), "--mask", "gaussian:0.2", "--out", out.toString()).exitCode());
        assertEquals(2, CliRun.of("tem", "ifft", tif.toString(), "--spots", "2,0", "--auto", "1", "--mask", "gaussian:0.2")
                .exitCode());
        assertEquals(2, CliRun.of("tem", "ifft", tif.toString(), "--spots", "2,0", "--mask", "square:1").exitCode());
        assertEquals(2, CliRun.of("tem", "ifft", tif.toString(), "--spots", "2,0", "--mask", "annulus:2:1").exitCode());
        assertEquals(2, CliRun.of("tem", "ifft", tif.toString(), "--spots", "2;0", "--mask", "gaussian:0.2").exitCode());
        assertEquals(2, CliRun.of("tem", "ifft", tif.toString(), "--spots", "2,0").exitCode());
        assertEquals(2, CliRun.of("tem", "ifft", tif.toString(), "--auto", "1", "--roi", "0,0,400,400", "--mask",
                "gaussian:0.2").exitCode());
        Path raw = twoLattices("raw.tif", false);
        CliRun r = CliRun.of("tem", "ifft", raw.toString(), "--spots", "2,0", "--mask", "gaussian:0.2");
        assertEquals(2, r.exitCode());
        assertTrue(r.stderr().contains("--pixel-size"), r.stderr());
        assertEquals(0, CliRun.of("tem", "ifft", raw.toString(), "--pixel-size", "0.05", "--spots", "2,0", "--mask",
                "gaussian:0.2").exitCode());
        assertFalse(Files.exists(out));
    }

    @Test
    void aMissingImageIsAnAnalysisFailure() {
        CliRun r = CliRun.of("tem", "ifft", dir.resolve("absent.tif").toString(), "--spots", "2,0", "--mask", "gaussian:0.2");
        assertEquals(1, r.exitCode());
        assertTrue(r.stderr().contains("absent.tif"), r.stderr());
    }
}
