package org.crystallite.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.crystallite.spectrum.shape.LineShape;
import org.crystallite.spectrum.shape.LineShapes;
import org.crystallite.xrd.lattice.CrystalSystem;
import org.crystallite.xrd.lattice.PatternCellRefinement;
import org.crystallite.xrd.lattice.ReflectionConditions;
import org.crystallite.xrd.lattice.UnitCell;
import org.crystallite.xrd.peaks.KAlphaDoublet;
import org.crystallite.xrd.radiation.Radiation;
import org.crystallite.xrd.radiation.Wavelengths;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class XrdLatticeCommandTest {

    private static final Radiation CU = Wavelengths.anode("Cu").orElseThrow();
    private static final UnitCell ZN = UnitCell.hexagonal(2.66917, 4.94440);
    /** Specimen displacement s/R drawn into the pattern. */
    private static final double DISPLACEMENT = 4e-4;

    @TempDir
    Path tmp;

    /** Noise-free Cu Kα doublets of Voigt lines at the P6₃/mmc positions of ZN, shifted by the displacement. */
    private Path pattern() throws IOException {
        LineShape shape = KAlphaDoublet.forRadiation(LineShapes.byName("voigt"), CU);
        List<Double> lines = PatternCellRefinement.reflectionPositions(ZN, CrystalSystem.HEXAGONAL,
                ReflectionConditions.forSpaceGroup("P63/mmc"), CU.kAlpha1Angstrom(), 125);
        StringBuilder sb = new StringBuilder("# synthetic Zn\n");
        for (double x = 30; x <= 125; x += 0.01) {
            double y = 50;
            for (double tt : lines) {
                double theta = Math.toRadians(tt / 2);
                double shifted = tt - Math.toDegrees(2 * DISPLACEMENT * Math.cos(theta));
                y += shape.value(x, new double[] {shifted, 0.03 / Math.cos(theta), 0.05, 300});
            }
            sb.append(String.format(java.util.Locale.ROOT, "%.4f %.6f%n", x, y));
        }
        Path f = tmp.resolve("zn.xy");
        Files.writeString(f, sb.toString());
        return f;
    }

    @Test
    void refinesAHexagonalCellWithDisplacementAsJson() throws Exception {
        Path f = pattern();
        CliRun r = CliRun.of("xrd", "lattice", f.toString(), "--system", "hexagonal", "--cell", "2.668,4.946",
                "--spacegroup", "P6_3/mmc", "--wavelength", "Cu", "--shift", "displacement", "--isolation", "0.5",
                "--json");
        assertEquals(0, r.exitCode(), r.stderr());
        JsonNode j = new ObjectMapper().readTree(r.stdout());
        assertEquals(ZN.a(), j.get("a").asDouble(), 2e-5 * ZN.a(), r.stdout());
        assertEquals(ZN.c(), j.get("c").asDouble(), 2e-5 * ZN.c());
        assertEquals(j.get("a").asDouble(), j.get("b").asDouble());
        assertEquals(120.0, j.get("gamma").asDouble());
        assertEquals("displacement", j.get("shift").get("model").asText());
        assertEquals(DISPLACEMENT, j.get("shift").get("displacementSOverR").asDouble(), 2e-5);
        assertTrue(j.get("volume_sigma").asDouble() >= 0);
        assertTrue(j.get("chi2r").isNumber());
        assertTrue(j.get("warnings").isArray());
        JsonNode peaks = j.get("peaks");
        assertTrue(peaks.size() >= 8, "peaks " + peaks.size());
        for (JsonNode p : peaks) {
            int h = p.get("hkl").get(0).asInt();
            int k = p.get("hkl").get(1).asInt();
            int l = p.get("hkl").get(2).asInt();
            assertTrue(!(h == k && l % 2 != 0), "hhl with odd l is absent in P63/mmc: " + p);
            assertTrue(Math.abs(p.get("residual").asDouble()) < 0.01);
            assertTrue(p.has("twoThetaObs") && p.has("twoThetaCalc") && p.has("d"));
        }
    }

    @Test
    void writesFilesAndPrintsASummary() throws Exception {
        Path f = pattern();
        Path out = tmp.resolve("out");
        CliRun r = CliRun.of("xrd", "lattice", f.toString(), "--system", "hexagonal", "--cell", "2.668,4.946",
                "--centring", "P", "--condition", "hhl: l=2n", "--condition", "00l: l=2n", "--wavelength", "Cu",
                "--isolation", "0.5", "--out", out.toString());
        assertEquals(0, r.exitCode(), r.stderr());
        assertTrue(r.stdout().contains("a = 2.669"), r.stdout());
        assertTrue(Files.size(out.resolve("lattice.json")) > 0);
        assertTrue(Files.readString(out.resolve("lattice_peaks.csv")).startsWith("h,k,l"));
        assertTrue(Files.size(out.resolve("lattice_residuals.png")) > 0);
    }

    @Test
    void usageErrorsExitWithTwo() throws Exception {
        Path f = pattern();
        String file = f.toString();
        CliRun badCell = CliRun.of("xrd", "lattice", file, "--system", "hexagonal", "--cell", "2.668;4.9", "--wavelength", "Cu");
        assertEquals(2, badCell.exitCode());
        assertTrue(badCell.stderr().contains("--cell"), badCell.stderr());
        CliRun wrongCount = CliRun.of("xrd", "lattice", file, "--system", "monoclinic", "--cell", "2.668,4.9", "--wavelength",
                "Cu");
        assertEquals(2, wrongCount.exitCode());
        assertTrue(wrongCount.stderr().contains("monoclinic needs 4 cell parameters"), wrongCount.stderr());
        CliRun both = CliRun.of("xrd", "lattice", file, "--system", "hexagonal", "--cell", "2.668,4.946", "--spacegroup",
                "P63/mmc", "--centring", "P", "--wavelength", "Cu");
        assertEquals(2, both.exitCode());
        CliRun unknownGroup = CliRun.of("xrd", "lattice", file, "--system", "cubic", "--cell", "5", "--spacegroup", "Pa-3",
                "--wavelength", "Cu");
        assertEquals(2, unknownGroup.exitCode());
        assertTrue(unknownGroup.stderr().contains("not in the table"), unknownGroup.stderr());
        CliRun noWavelength = CliRun.of("xrd", "lattice", file, "--system", "hexagonal", "--cell", "2.668,4.946");
        assertEquals(2, noWavelength.exitCode());
        assertTrue(noWavelength.stderr().contains("zn.xy"), noWavelength.stderr());
        CliRun badShift = CliRun.of("xrd", "lattice", file, "--system", "hexagonal", "--cell", "2.668,4.946", "--shift",
                "tilt", "--wavelength", "Cu");
        assertEquals(2, badShift.exitCode());
    }
}
