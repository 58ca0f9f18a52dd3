package org.crystallite.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.crystallite.spectrum.shape.LineShape;
import org.crystallite.spectrum.shape.LineShapes;
import org.crystallite.xrd.lattice.Bragg;
import org.crystallite.xrd.lattice.Centring;
import org.crystallite.xrd.lattice.CrystalSystem;
import org.crystallite.xrd.lattice.Reflection;
import org.crystallite.xrd.lattice.ReflectionConditions;
import org.crystallite.xrd.lattice.ReflectionList;
import org.crystallite.xrd.lattice.UnitCell;
import org.crystallite.xrd.peaks.KAlphaDoublet;
import org.crystallite.xrd.radiation.Radiation;
import org.crystallite.xrd.radiation.Wavelengths;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code xrd lattice --phase …}: the Pawley route. */
class XrdPawleyCommandTest {

    private static final Radiation CU = Wavelengths.anode("Cu").orElseThrow();
    private static final UnitCell SIC = UnitCell.cubic(4.3596);
    private static final UnitCell ZN = UnitCell.hexagonal(2.6649, 4.9468);
    private static final String SIC_PHASE = "SiC=cubic:F:4.355";
    private static final String ZN_PHASE = "Zn=hexagonal:P6_3/mmc:2.668,4.94";

    @TempDir
    Path tmp;

    /**
     * Seeded Cu Kα1/Kα2 pattern, 33–73°, of broad-lined SiC (FWHM 0.8°) and sharp-lined Zn (0.25°): SiC 1 1 1
     * overlaps Zn 0 0 2 and SiC 3 1 1 the Zn 1 0 3/1 1 0 pair.
     */
    private Path pattern() throws IOException {
        LineShape shape = KAlphaDoublet.forRadiation(LineShapes.byName("pseudo-voigt"), CU);
        Random rnd = new Random(5);
        int n = 2001;
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            y[i] = 40;
        }
        addPhase(y, shape, SIC, CrystalSystem.CUBIC, ReflectionConditions.of(Centring.F), 0.8, 30);
        addPhase(y, shape, ZN, CrystalSystem.HEXAGONAL, ReflectionConditions.forSpaceGroup("P63/mmc"), 0.25, 15);
        StringBuilder sb = new StringBuilder("# synthetic SiC + Zn\n");
        for (int i = 0; i < n; i++) {
            double counts = Math.max(0, Math.round(y[i] + Math.sqrt(y[i]) * rnd.nextGaussian()));
            sb.append(String.format(java.util.Locale.ROOT, "%.2f %.0f%n", 33 + 0.02 * i, counts));
        }
        Path f = tmp.resolve("sic_zn.xy");
        Files.writeString(f, sb.toString());
        return f;
    }

    private static void addPhase(double[] y, LineShape shape, UnitCell cell, CrystalSystem system,
                                 ReflectionConditions conditions, double fwhm, double areaPerMultiplicity) {
        for (Reflection r : ReflectionList.generate(cell, system, conditions, Bragg.dSpacing(76, 1.5406))) {
            double tt = Bragg.twoThetaDeg(r.dAngstrom(), CU.kAlpha1Angstrom()).orElseThrow();
            for (int i = 0; i < y.length; i++) {
                y[i] += shape.value(33 + 0.02 * i, new double[] {tt, fwhm, areaPerMultiplicity * r.multiplicity(), 0.5});
            }
        }
    }

    @Test
    void refinesTwoOverlappedPhasesAsJson() throws Exception {
        Path f = pattern();
        CliRun r = CliRun.of("xrd", "lattice", f.toString(), "--phase", SIC_PHASE, "--phase", ZN_PHASE, "--wavelength", "Cu",
                "--json");
        assertEquals(0, r.exitCode(), r.stderr());
        JsonNode j = new ObjectMapper().readTree(r.stdout());
        assertEquals("pawley", j.get("method").asText());
        assertEquals("zero", j.get("shift").get("model").asText());
        assertTrue(j.get("kAlpha2").asBoolean());
        assertEquals("phase", j.get("widths").asText());
        JsonNode sic = j.get("phases").get(0);
        JsonNode zn = j.get("phases").get(1);
        assertEquals("SiC", sic.get("name").asText());
        assertEquals("Zn", zn.get("name").asText());
        assertWithin(SIC.a(), sic, "a");
        assertWithin(ZN.a(), zn, "a");
        assertWithin(ZN.c(), zn, "c");
        assertEquals(zn.get("a").asDouble(), zn.get("b").asDouble());
        assertEquals(120.0, zn.get("gamma").asDouble());
        assertTrue(zn.get("volume_sigma").asDouble() > 0);
        assertTrue(zn.get("profile").has("W_sigma"));
        for (JsonNode x : zn.get("reflections")) {
            int h = x.get("hkl").get(0).asInt();
            int k = x.get("hkl").get(1).asInt();
            int l = x.get("hkl").get(2).asInt();
            assertTrue(!(h == k && l % 2 != 0), "hhl with odd l is absent in P63/mmc: " + x);
            assertTrue(x.has("twoThetaCalc") && x.has("area_sigma") && x.has("localChi2r"), x.toString());
        }
        assertEquals(4, j.get("parameters").size());
        assertEquals(4, j.get("correlation").size());
        assertTrue(j.get("chi2r").asDouble() < 1.3, "chi2r " + j.get("chi2r"));
    }

    private static void assertWithin(double expected, JsonNode phase, String field) {
        double v = phase.get(field).asDouble();
        double s = phase.get(field + "_sigma").asDouble();
        assertTrue(s > 0 && s < 1e-3, field + " σ " + s);
        assertTrue(Math.abs(v - expected) <= 3 * s, phase.get("name") + " " + field + " = " + v + " ± " + s
                + ", true " + expected);
    }

    @Test
    void writesFilesAndPrintsASummaryWithPerReflectionWidths() throws Exception {
        Path f = pattern();
        Path out = tmp.resolve("out");
        CliRun r = CliRun.of("xrd", "lattice", f.toString(), "--phase", SIC_PHASE, "--phase", ZN_PHASE, "--wavelength", "Cu",
                "--widths", "reflection", "--fwhm", "0.4", "--range", "33:58", "--out", out.toString());
        assertEquals(0, r.exitCode(), r.stderr());
        assertTrue(r.stdout().contains("Pawley, 2 phase(s)") && r.stdout().contains("SiC (cubic")
                && r.stdout().contains("Zn (hexagonal"), r.stdout());
        JsonNode j = new ObjectMapper().readTree(out.resolve("pawley.json").toFile());
        assertEquals("reflection", j.get("widths").asText());
        assertTrue(j.get("chi2r").asDouble() < 1.3, "chi2r " + j.get("chi2r"));
        assertTrue(!j.get("phases").get(0).has("profile"));
        assertTrue(Files.readString(out.resolve("pawley_reflections.csv")).startsWith("phase,h,k,l"));
        assertTrue(Files.size(out.resolve("pawley_fit.png")) > 0);
    }

    @Test
    void badPhaseOptionsAreUsageErrors() throws Exception {
        String file = pattern().toString();
        String[][] usage = {
            {"--phase", "cubic:F"},
            {"--phase", "cubic:F:x"},
            {"--phase", "cubical:F:4.36"},
            {"--phase", SIC_PHASE, "--system", "cubic"},
            {"--phase", SIC_PHASE, "--spacegroup", "Fm-3m"},
            {"--phase", SIC_PHASE, "--phase", "SiC=cubic:F:4.2"},
            {"--phase", SIC_PHASE, "--widths", "per-peak"},
            {"--phase", SIC_PHASE, "--isolation", "0.5"},
            {"--pawley"},
            {},
        };
        for (String[] extra : usage) {
            String[] args = new String[4 + extra.length];
            args[0] = "xrd";
            args[1] = "lattice";
            args[2] = file;
            args[3] = "--wavelength=Cu";
            System.arraycopy(extra, 0, args, 4, extra.length);
            CliRun r = CliRun.of(args);
            assertEquals(2, r.exitCode(), String.join(" ", extra) + ": " + r.stderr());
            assertTrue(!r.stderr().isBlank());
        }
        CliRun messages = CliRun.of("xrd", "lattice", file, "--wavelength", "Cu", "--phase", "cubic:F");
        assertTrue(messages.stderr().contains("[NAME=]SYSTEM:LATTICE:CELL"), messages.stderr());
        // A phase without reflections in the range is an analysis failure (exit 1) naming the file and the phase,
        // with the --out folder left untouched.
        FailureChecks.assertFailsCleanly(1, tmp.resolve("failed"), java.util.List.of("xrd", "lattice", file,
                "--wavelength", "Cu", "--phase", SIC_PHASE, "--range", "62:70"), "sic_zn.xy", "SiC has 0 reflection(s)");
    }
}
