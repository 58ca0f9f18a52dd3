package org.crystallite.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import ij.ImagePlus;
import ij.io.FileSaver;
import ij.measure.Calibration;
import ij.process.FloatProcessor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TemCommandTest {

    private static final double A = 0.3905;

    @TempDir
    Path dir;

    /**
     * A square lattice of spacing a drawn on true 0.01-nm pixels, saved as a TIFF calibrated with
     * {@code pixelX}/{@code pixelY} nm (or uncalibrated when null). Size 301 × 257, seeded noise.
     */
    private Path lattice(String name, Double pixelX, Double pixelY) throws Exception {
        int w = 301;
        int h = 257;
        double p = 0.01;
        Random rnd = new Random(17);
        float[] v = new float[w * h];
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                double fx = x * p / A;
                double fy = y * p / A;
                v[y * w + x] = (float) (100 + 10 * Math.cos(2 * Math.PI * fx) + 10 * Math.cos(2 * Math.PI * fy)
                        + 4 * Math.cos(2 * Math.PI * (fx + fy)) + 4 * Math.cos(2 * Math.PI * (fx - fy))
                        + 2 * rnd.nextGaussian());
            }
        }
        ImagePlus imp = new ImagePlus(name, new FloatProcessor(w, h, v));
        if (pixelX != null) {
            Calibration cal = new Calibration();
            cal.pixelWidth = pixelX;
            cal.pixelHeight = pixelY;
            cal.setUnit("nm");
            imp.setCalibration(cal);
        }
        Path file = dir.resolve(name);
        assertTrue(new FileSaver(imp).saveAsTiff(file.toString()));
        return file;
    }

    private static JsonNode json(CliRun r) throws Exception {
        return new ObjectMapper().readTree(r.stdout());
    }

    @Test
    void fftJsonHasTheContractFields() throws Exception {
        Path tif = lattice("sto.tif", 0.01, 0.01);
        CliRun r = CliRun.of("tem", "fft", tif.toString(), "--json", "--phase", "srtio3", "--cell", "BaZrO3-strained:Pm-3m:3.93");
        assertEquals(0, r.exitCode(), r.stderr());
        JsonNode j = json(r);
        assertEquals(0.01, j.get("pixelSizeNm").asDouble(), 1e-9);
        JsonNode spot = j.get("spots").get(0);
        for (String f : new String[] {"d_nm", "angleDeg", "snr", "gx", "gy"}) {
            assertTrue(spot.has(f), f);
        }
        JsonNode lattice = j.get("lattice");
        assertEquals(A, lattice.get("d1_nm").asDouble(), 0.002 * A);
        assertEquals(A, lattice.get("d2_nm").asDouble(), 0.002 * A);
        assertEquals(90, lattice.get("gammaDeg").asDouble(), 0.1);
        assertTrue(lattice.get("d1_nm_sigma").asDouble() > 0);
        assertTrue(lattice.has("gammaDeg_sigma") && lattice.has("d2_nm_sigma"));
        assertEquals("100", lattice.get("d1_matches").get(0).get("hkl").asText());
        assertEquals("SrTiO3", lattice.get("d1_matches").get(0).get("phase").asText());
        assertEquals("BaZrO3-strained", lattice.get("d1_matches").get(1).get("phase").asText());
        // A square lattice of SrTiO3 {100} spacings at 90° is the [001] zone (any of its equivalents).
        String zone = lattice.get("zoneAxes").get(0).get("uvw").asText();
        assertTrue(zone.matches("\\[-?[01]-?[01]-?[01]\\]"), zone);
        assertEquals(1, zone.replace("-", "").chars().filter(c -> c == '1').count(), zone);
        // Quadrants of 150 × 128 px hold only 3.8 periods of 0.39 nm: inside the 4-pixel zero-frequency
        // exclusion of their spectra, so the spacing is not resolved there and is null, not a number.
        JsonNode field = j.get("fieldVariation");
        assertEquals(4, field.get("quadrants").size());
        assertEquals(List.of(150, 0, 151, 128), List.of(field.get("quadrants").get(1).get("roi").get(0).asInt(),
                field.get("quadrants").get(1).get("roi").get(1).asInt(),
                field.get("quadrants").get(1).get("roi").get(2).asInt(),
                field.get("quadrants").get(1).get("roi").get(3).asInt()));
        assertTrue(field.get("quadrants").get(3).get("d2_nm").isNull(), field.toString());
        assertTrue(field.get("d1SpreadPercent").isNull(), field.toString());
        assertTrue(j.get("warnings").isArray());
    }

    @Test
    void outWritesSpectrumPngSpotsCsvAndJson() throws Exception {
        Path tif = lattice("sto.tif", 0.01, 0.01);
        Path out = dir.resolve("result");
        CliRun r = CliRun.of("tem", "fft", tif.toString(), "--roi", "10,20,256,200", "--out", out.toString());
        assertEquals(0, r.exitCode(), r.stderr());
        assertTrue(r.stdout().contains("lattice: d1 = 0.39"), r.stdout());
        assertTrue(r.stdout().contains("spread between the quadrants: d1 "), r.stdout());
        byte[] png = Files.readAllBytes(out.resolve("fft.png"));
        assertEquals((byte) 0x89, png[0]);
        assertEquals('P', png[1]);
        String csv = Files.readString(out.resolve("spots.csv"));
        assertTrue(csv.startsWith("d (nm),angle (deg),snr,gx (1/nm),gy (1/nm)"), csv);
        JsonNode j = new ObjectMapper().readTree(out.resolve("fft.json").toFile());
        assertEquals(256, j.get("roi").get(2).asInt());
        assertEquals(1 / (256 * 0.01), j.get("reciprocalPixelX").asDouble(), 1e-9);
    }

    @Test
    void calibrateThenApplyRemovesAScaleError() throws Exception {
        // Labelled 3 % (x) and 4 % (y) too large, as the SER file of SOURCES #4.
        Path tif = lattice("wrong.tif", 0.0103, 0.0104);
        Path calib = dir.resolve("cal").resolve("calib.json");
        CliRun c = CliRun.of("tem", "calibrate", tif.toString(), "--known-d", "0.3905", "--known-angle", "90", "--out",
                calib.toString(), "--json");
        assertEquals(0, c.exitCode(), c.stderr());
        JsonNode cj = json(c).get("calibration");
        assertEquals(1 / 1.03, cj.get("scaleX").asDouble(), 0.002);
        assertEquals(1 / 1.04, cj.get("scaleY").asDouble(), 0.002);
        assertTrue(Files.isRegularFile(calib));

        CliRun before = CliRun.of("tem", "fft", tif.toString(), "--json");
        CliRun after = CliRun.of("tem", "fft", tif.toString(), "--json", "--calibration", calib.toString());
        assertEquals(0, after.exitCode(), after.stderr());
        assertEquals(A * 1.04, json(before).get("lattice").get("d1_nm").asDouble(), 0.002 * A);
        assertEquals(A, json(after).get("lattice").get("d1_nm").asDouble(), 0.002 * A);
        assertEquals(A, json(after).get("lattice").get("d2_nm").asDouble(), 0.002 * A);
        assertEquals(1 / 1.03, json(after).get("calibration").get("scaleX").asDouble(), 0.002);
    }

    @Test
    void pixelSizeIsRequiredForUncalibratedImagesAndCanOverride() throws Exception {
        Path tif = lattice("raw.tif", null, null);
        CliRun missing = CliRun.of("tem", "fft", tif.toString(), "--json");
        assertEquals(2, missing.exitCode());
        assertTrue(missing.stderr().contains("--pixel-size"), missing.stderr());
        assertEquals("", missing.stdout());
        CliRun given = CliRun.of("tem", "fft", tif.toString(), "--json", "--pixel-size", "0.01");
        assertEquals(0, given.exitCode(), given.stderr());
        assertEquals(A, json(given).get("lattice").get("d1_nm").asDouble(), 0.002 * A);
    }

    @Test
    void usageErrorsExitWithTwoAndBadDataWithOne() throws Exception {
        Path tif = lattice("sto.tif", 0.01, 0.01);
        assertEquals(2, CliRun.of("tem", "fft", tif.toString(), "--roi", "1,2,3").exitCode());
        assertEquals(2, CliRun.of("tem", "fft", tif.toString(), "--roi", "200,0,200,100").exitCode());
        assertEquals(2, CliRun.of("tem", "fft", tif.toString(), "--phase", "kryptonite").exitCode());
        assertEquals(2, CliRun.of("tem", "fft", tif.toString(), "--window", "blackman").exitCode());
        assertEquals(2, CliRun.of("tem", "fft", tif.toString(), "--cell", "NiO:Fm-3m:four").exitCode());
        assertEquals(2, CliRun.of("tem", "fft", tif.toString(), "--pixel-size", "-1").exitCode());
        assertEquals(2, CliRun.of("tem", "calibrate", tif.toString(), "--known-d", "0.39").exitCode()); // no --out
        assertEquals(2, CliRun.of("tem", "calibrate", tif.toString(), "--known-d", "-0.39", "--out",
                dir.resolve("c.json").toString()).exitCode());
        assertEquals(2, CliRun.of("tem").exitCode());
        Path garbage = dir.resolve("garbage.dm3");
        Files.writeString(garbage, "not an image");
        CliRun bad = CliRun.of("tem", "fft", garbage.toString());
        assertEquals(1, bad.exitCode());
        assertTrue(bad.stderr().contains("garbage.dm3"), bad.stderr());
        assertEquals(1, CliRun.of("tem", "fft", dir.resolve("absent.tif").toString()).exitCode());
        Path badCal = dir.resolve("bad.json");
        Files.writeString(badCal, "{}");
        assertEquals(1, CliRun.of("tem", "fft", tif.toString(), "--calibration", badCal.toString()).exitCode());
        assertFalse(Files.exists(dir.resolve("c.json")));
    }
}
