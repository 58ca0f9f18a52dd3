package org.crystallite.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.SplittableRandom;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import ij.ImagePlus;
import ij.io.FileSaver;
import ij.measure.Calibration;
import ij.process.ByteProcessor;
import ij.process.FloatProcessor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code crystallite tem radial} on seeded synthetic ring patterns saved as TIFF. */
class TemRadialCommandTest {

    private static final double AU_A_NM = 0.40782;
    private static final double AL_A_NM = 0.40495;
    /** F-centred cubic families (h²+k²+l²) shown: 111, 200, 220, 311, 222, 400. */
    private static final int[] FCC = {3, 4, 8, 11, 12, 16};

    @TempDir
    Path dir;

    /**
     * A cubic ring pattern, 331 × 297 px of {@code perNm} 1/nm, centre (171.3, 140.6), a/b = 1.02 at 30°,
     * diffuse background, Poisson noise; saved calibrated in 1/nm, or uncalibrated when {@code unit} is null.
     */
    private Path pattern(String name, double aNm, double perNm, String unit, long seed) throws Exception {
        return save(name, patternValues(aNm, perNm, seed), 331, 297, unit, perNm);
    }

    /** The values of {@link #pattern}. */
    private static float[] patternValues(double aNm, double perNm, long seed) {
        int w = 331;
        int h = 297;
        double cx = 171.3;
        double cy = 140.6;
        double q = 1.02;
        double c = Math.cos(Math.toRadians(30));
        double s = Math.sin(Math.toRadians(30));
        SplittableRandom rnd = new SplittableRandom(seed);
        float[] v = new float[w * h];
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                double dx = x - cx;
                double dy = y - cy;
                double u = c * dx + s * dy;
                double t = -s * dx + c * dy;
                double r = Math.sqrt(u * u / q + t * t * q);
                double value = 20 + 200 * Math.exp(-r / 40);
                for (int k = 0; k < FCC.length; k++) {
                    double rk = Math.sqrt(FCC[k]) / aNm / perNm;
                    double z = (r - rk) / 1.4;
                    value += (k < 2 ? 150 : 80) * Math.exp(-0.5 * z * z);
                }
                double noise = Math.sqrt(value) * gaussian(rnd);
                v[y * w + x] = (float) Math.max(0, Math.round(value + noise));
            }
        }
        return v;
    }

    private static double gaussian(SplittableRandom rnd) {
        return Math.sqrt(-2 * Math.log(1 - rnd.nextDouble())) * Math.cos(2 * Math.PI * rnd.nextDouble());
    }

    private Path save(String name, float[] v, int w, int h, String unit, double size) throws Exception {
        ImagePlus imp = new ImagePlus(name, new FloatProcessor(w, h, v));
        if (unit != null) {
            Calibration cal = new Calibration();
            cal.pixelWidth = size;
            cal.pixelHeight = size;
            cal.setUnit(unit);
            imp.setCalibration(cal);
        }
        Path file = dir.resolve(name);
        assertTrue(new FileSaver(imp).saveAsTiff(file.toString()));
        return file;
    }

    private static JsonNode json(CliRun r) throws Exception {
        assertEquals(0, r.exitCode(), r.describe());
        return r.singleJsonObject();
    }

    @Test
    void diffractionJsonHasTheContractFieldsAndIndexesGold() throws Exception {
        Path tif = pattern("au.tif", AU_A_NM, 0.05, "1/nm", 1);
        JsonNode j = json(CliRun.of("tem", "radial", tif.toString(), "--json", "--phase", "au,al"));
        assertEquals("diffraction", j.get("mode").asText(), "reciprocal unit: diffraction by default");
        assertEquals(171.3, j.get("centre").get("x").asDouble(), 0.2);
        assertEquals(140.6, j.get("centre").get("y").asDouble(), 0.2);
        assertTrue(j.get("centre").get("x_sigma").asDouble() > 0);
        assertEquals(1.02, j.get("ellipse").get("ratio").asDouble(), 0.002);
        assertTrue(j.get("ellipse").has("angleDeg"));
        assertTrue(j.get("profile").get("g_per_nm").isArray());
        assertEquals(j.get("profile").get("g_per_nm").size(), j.get("profile").get("intensity").size());
        JsonNode ring = j.get("rings").get(0);
        for (String f : new String[] {"g_per_nm", "d_nm", "d_nm_sigma", "intensity", "match"}) {
            assertTrue(ring.has(f), f);
        }
        assertEquals(AU_A_NM / Math.sqrt(3), ring.get("d_nm").asDouble(), 0.003 * AU_A_NM / Math.sqrt(3));
        assertEquals("Au", ring.get("match").get("phase").asText());
        assertEquals("111", ring.get("match").get("hkl").asText());
        assertEquals("200", j.get("rings").get(1).get("match").get("hkl").asText());
        assertEquals("220", j.get("rings").get(2).get("match").get("hkl").asText());
    }

    @Test
    void standardMakesACameraFileThatCalibratesAnotherPattern() throws Exception {
        // Both recorded without calibration at 0.05 1/nm per pixel: camera constant 20 px·nm.
        Path au = pattern("au-raw.tif", AU_A_NM, 0.05, null, 2);
        Path cam = dir.resolve("cal").resolve("camera.json");
        JsonNode s = json(CliRun.of("tem", "radial", au.toString(), "--standard", "au", "--save-camera",
                cam.toString(), "--json"));
        assertEquals("standard", s.get("calibration").asText());
        assertEquals(20, s.get("camera").get("cameraConstant_pxNm").asDouble(), 0.04);
        assertTrue(Files.isRegularFile(cam));
        JsonNode saved = new ObjectMapper().readTree(cam.toFile());
        assertEquals("crystallite-tem-camera", saved.get("format").asText());
        assertEquals("Au", saved.get("standard").asText());

        Path al = pattern("al-raw.tif", AL_A_NM, 0.05, null, 3);
        JsonNode a = json(CliRun.of("tem", "radial", al.toString(), "--camera", cam.toString(), "--phase", "al",
                "--json"));
        assertEquals("camera", a.get("calibration").asText());
        JsonNode first = a.get("rings").get(0);
        assertEquals(AL_A_NM / Math.sqrt(3), first.get("d_nm").asDouble(), 0.003 * AL_A_NM / Math.sqrt(3));
        assertEquals("Al", first.get("match").get("phase").asText());
    }

    @Test
    void aMaskImageExcludesABrightHolderThatTheThresholdCannot() throws Exception {
        // The Au pattern with a dark beam stop (disc of 12 px reading 2) on a bright holder arm from it to the
        // right edge (rows 135-146, 900 counts, brighter than any ring).
        int w = 331;
        int h = 297;
        float[] v = patternValues(AU_A_NM, 0.05, 7);
        ImagePlus maskImage = new ImagePlus("holder", new ByteProcessor(w, h));
        int holderPixels = 0;
        int holderPixelsInRoi = 0;
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                if (Math.hypot(x - 171.3, y - 140.6) < 12) {
                    v[y * w + x] = 2;
                }
                if (x >= 171 && y >= 135 && y < 147) {
                    v[y * w + x] = 900;
                    maskImage.getProcessor().set(x, y, 255);
                    holderPixels++;
                    holderPixelsInRoi += x >= 20 && x < 320 && y >= 10 && y < 290 ? 1 : 0;
                }
            }
        }
        Path tif = save("au-holder.tif", v, w, h, "1/nm", 0.05);
        Path mask = dir.resolve("holder-mask.tif");
        assertTrue(new FileSaver(maskImage).saveAsTiff(mask.toString()));

        JsonNode biased = json(CliRun.of("tem", "radial", tif.toString(), "--mask-below", "8", "--phase", "au",
                "--json"));
        assertTrue(Math.hypot(biased.get("centre").get("x").asDouble() - 171.3,
                biased.get("centre").get("y").asDouble() - 140.6) > 5, "without the mask: " + biased.get("centre"));
        JsonNode firstBiased = biased.get("rings").get(0);
        assertFalse(firstBiased.get("match").isObject() && "111".equals(firstBiased.get("match").get("hkl").asText()),
                "without the mask the first ring is not Au 111: " + firstBiased);

        JsonNode j = json(CliRun.of("tem", "radial", tif.toString(), "--mask", mask.toString(), "--mask-below", "8",
                "--phase", "au", "--json"));
        assertEquals(171.3, j.get("centre").get("x").asDouble(), 0.2);
        assertEquals(140.6, j.get("centre").get("y").asDouble(), 0.2);
        assertEquals(1.02, j.get("ellipse").get("ratio").asDouble(), 0.002);
        String[] hkl = {"111", "200", "220", "311"};
        int[] s = {3, 4, 8, 11};
        for (int i = 0; i < hkl.length; i++) {
            JsonNode ring = j.get("rings").get(i);
            double d = AU_A_NM / Math.sqrt(s[i]);
            assertEquals(hkl[i], ring.get("match").get("hkl").asText());
            assertEquals(d, ring.get("d_nm").asDouble(), 0.003 * d, hkl[i]);
        }
        JsonNode m = j.get("mask");
        assertEquals(mask.toString(), m.get("file").asText());
        assertEquals(holderPixels, m.get("fileExcludedPixels").asInt());
        assertEquals(8, m.get("below").asDouble(), 0);
        assertEquals(j.get("maskedPixels").asInt(), m.get("excludedPixels").asInt());
        // The beam stop (≈ 450 px, grown by 2 px) adds to the holder, less the part under the holder.
        assertTrue(m.get("excludedPixels").asInt() > holderPixels + 300, m.toString());

        CliRun text = CliRun.of("tem", "radial", tif.toString(), "--mask", mask.toString(), "--roi", "20,10,300,280");
        assertEquals(0, text.exitCode(), text.describe());
        assertTrue(text.stdout().contains("(" + holderPixelsInRoi + " by holder-mask.tif)"), text.stdout());
    }

    @Test
    void outWritesProfileRingsPlotAndJson() throws Exception {
        Path tif = pattern("au.tif", AU_A_NM, 0.05, "1/nm", 4);
        Path out = dir.resolve("result");
        CliRun r = CliRun.of("tem", "radial", tif.toString(), "--phase", "au", "--out", out.toString());
        assertEquals(0, r.exitCode(), r.describe());
        assertTrue(r.stdout().contains("Au 111"), r.stdout());
        String profile = Files.readString(out.resolve("profile.csv"));
        assertTrue(profile.startsWith("g (1/nm),intensity"), profile.substring(0, 60));
        String rings = Files.readString(out.resolve("rings.csv"));
        assertTrue(rings.startsWith("g (1/nm),g_sigma (1/nm),d (nm)"), rings);
        assertTrue(rings.contains(",Au,111,"), rings);
        byte[] png = Files.readAllBytes(out.resolve("radial.png"));
        assertEquals('P', png[1]);
        assertTrue(Files.readString(out.resolve("radial.svg")).contains("<svg"));
        JsonNode j = new ObjectMapper().readTree(out.resolve("radial.json").toFile());
        assertEquals("Au", j.get("rings").get(0).get("match").get("phase").asText());
    }

    @Test
    void fftModeOfARealSpaceImageGivesTheFringeSpacings() throws Exception {
        // Fringes of 0.25 and 0.2 nm in many directions, 256 × 200 px of 0.02 nm.
        int w = 256;
        int h = 200;
        SplittableRandom rnd = new SplittableRandom(9);
        float[] v = new float[w * h];
        for (double d : new double[] {0.25, 0.2}) {
            for (int k = 0; k < 40; k++) {
                double angle = Math.PI * rnd.nextDouble();
                double phase = 2 * Math.PI * rnd.nextDouble();
                for (int y = 0; y < h; y++) {
                    for (int x = 0; x < w; x++) {
                        v[y * w + x] += (float) Math.cos(2 * Math.PI * 0.02 / d
                                * (x * Math.cos(angle) + y * Math.sin(angle)) + phase);
                    }
                }
            }
        }
        Path tif = save("film.tif", v, w, h, "nm", 0.02);
        JsonNode j = json(CliRun.of("tem", "radial", tif.toString(), "--json"));
        assertEquals("fft", j.get("mode").asText(), "real-space unit: fft by default");
        assertEquals(128, j.get("centre").get("x").asDouble(), 0);
        assertEquals(0.25, j.get("rings").get(0).get("d_nm").asDouble(), 0.004 * 0.25);
        assertEquals(0.2, j.get("rings").get(1).get("d_nm").asDouble(), 0.004 * 0.2);
    }

    @Test
    void badInputGivesOneLineErrorsNamingTheFile() throws Exception {
        Path out = dir.resolve("untouched");
        Files.createDirectories(out);
        Path raw = pattern("raw.tif", AU_A_NM, 0.05, null, 5);
        FailureChecks.assertFailsCleanly(2, out, List.of("tem", "radial", raw.toString(), "--mode", "diffraction"),
                "raw.tif", "--camera");
        Path hrtem = save("hrtem.tif", new float[64 * 64], 64, 64, "nm", 0.02);
        FailureChecks.assertFailsCleanly(2, out, List.of("tem", "radial", hrtem.toString(), "--mode", "diffraction"),
                "hrtem.tif", "real-space");
        // Poisson noise on a flat background: nothing to find.
        SplittableRandom rnd = new SplittableRandom(6);
        float[] flat = new float[201 * 181];
        for (int i = 0; i < flat.length; i++) {
            flat[i] = (float) Math.round(100 + 10 * gaussian(rnd));
        }
        Path blank = save("blank.tif", flat, 201, 181, "1/nm", 0.05);
        FailureChecks.assertFailsCleanly(1, out, List.of("tem", "radial", blank.toString()), "blank.tif", "no rings");
        Path garbage = dir.resolve("garbage.dm3");
        Files.writeString(garbage, "not an image");
        FailureChecks.assertFailsCleanly(1, out, List.of("tem", "radial", garbage.toString()), "garbage.dm3");
        Path badCamera = dir.resolve("camera.json");
        Files.writeString(badCamera, "{\"format\": \"something else\"}");
        FailureChecks.assertFailsCleanly(1, out, List.of("tem", "radial", raw.toString(), "--camera",
                badCamera.toString()), "camera.json");
        FailureChecks.assertFailsCleanly(2, out, List.of("tem", "radial", raw.toString(), "--save-camera",
                dir.resolve("c.json").toString()), "--standard");
        FailureChecks.assertFailsCleanly(2, out, List.of("tem", "radial", raw.toString(), "--standard", "unobtainium"),
                "unobtainium");
        FailureChecks.assertFailsCleanly(2, out, List.of("tem", "radial", raw.toString(), "--mode", "radar"), "--mode");
        assertFalse(Files.exists(dir.resolve("c.json")));

        Path au = pattern("au.tif", AU_A_NM, 0.05, "1/nm", 8);
        Path small = save("small-mask.tif", new float[100 * 90], 100, 90, null, 1);
        FailureChecks.assertFailsCleanly(1, out, List.of("tem", "radial", au.toString(), "--mask", small.toString()),
                "small-mask.tif", "100 × 90", "au.tif is 331 × 297");
        float[] ones = new float[331 * 297];
        java.util.Arrays.fill(ones, 1);
        Path all = save("all-mask.tif", ones, 331, 297, null, 1);
        FailureChecks.assertFailsCleanly(1, out, List.of("tem", "radial", au.toString(), "--mask", all.toString()),
                "all-mask.tif", "non-zero");
        FailureChecks.assertFailsCleanly(1, out, List.of("tem", "radial", au.toString(), "--mask",
                garbage.toString()), "mask image garbage.dm3");
        FailureChecks.assertFailsCleanly(2, out, List.of("tem", "radial", au.toString(), "--mask",
                dir.resolve("none.tif").toString()), "none.tif", "not found");
        Path hrtemMask = save("hrtem-mask.tif", new float[64 * 64], 64, 64, null, 1);
        FailureChecks.assertFailsCleanly(2, out, List.of("tem", "radial", hrtem.toString(), "--mask",
                hrtemMask.toString()), "--mask", "fft");
    }
}
