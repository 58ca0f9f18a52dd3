package org.crystallite.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.crystallite.spectrum.shape.LineShape;
import org.crystallite.spectrum.shape.LineShapes;
import org.crystallite.xrd.instrument.StandardPhase;
import org.crystallite.xrd.peaks.KAlphaDoublet;
import org.crystallite.xrd.radiation.Radiation;
import org.crystallite.xrd.radiation.Wavelengths;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class XrdCommandTest {

    private static final Radiation CU = Wavelengths.anode("Cu").orElseThrow();
    /** Instrument widths (°) used to draw the synthetic patterns: ΓG = 0.05, ΓL = 0.02 / cos θ. */
    private static final double FWHM_G = 0.05;
    private static final double FWHM_L0 = 0.02;

    @TempDir
    Path tmp;

    /**
     * Noise-free Kα doublets of exact Voigt lines (ΓL grows by the given sample Lorentzian FWHM at
     * 2θ = 90°, scaled by 1/cos θ as size broadening does), written as a two-column xy file.
     */
    private Path pattern(String name, StandardPhase phase, double sampleFwhmLAt90) throws IOException {
        LineShape shape = KAlphaDoublet.forRadiation(LineShapes.byName("voigt"), CU);
        List<StandardPhase.Reflection> lines = phase.reflections(CU.kAlpha1Angstrom(), 128);
        StringBuilder sb = new StringBuilder("# synthetic ").append(phase.name()).append('\n');
        for (double x = 20; x <= 130; x += 0.01) {
            double y = 50;
            for (StandardPhase.Reflection r : lines) {
                double cos = Math.cos(Math.toRadians(r.twoThetaDeg() / 2));
                double fwhmL = FWHM_L0 / cos + sampleFwhmLAt90 * Math.cos(Math.toRadians(45)) / cos;
                y += shape.value(x, new double[] {r.twoThetaDeg(), fwhmL, FWHM_G, 300});
            }
            sb.append(String.format(java.util.Locale.ROOT, "%.4f %.3f%n", x, y));
        }
        Path f = tmp.resolve(name);
        Files.writeString(f, sb.toString());
        return f;
    }

    @Test
    void peaksJsonHasTheContractFields() throws IOException {
        Path f = pattern("lab6.xy", StandardPhase.parse("LaB6"), 0);
        CliRun r = CliRun.of("xrd", "peaks", f.toString(), "--wavelength", "Cu", "--range", "20:50", "--json");
        assertEquals(0, r.exitCode(), r.stderr());
        JsonNode json = new ObjectMapper().readTree(r.stdout());
        assertEquals(CU.kAlpha1Angstrom(), json.get("wavelength").asDouble());
        JsonNode peaks = json.get("peaks");
        List<StandardPhase.Reflection> lines = StandardPhase.parse("LaB6").reflections(CU.kAlpha1Angstrom(), 50);
        assertEquals(5, lines.size(), "LaB6 100, 110, 111, 200, 210 below 50°");
        assertEquals(5, peaks.size(), peaks.toString());
        for (int k = 0; k < 5; k++) {
            JsonNode p = peaks.get(k);
            for (String field : List.of("twoTheta", "d", "fwhm", "area", "height", "integralBreadth", "eta")) {
                assertTrue(p.has(field) && p.has(field + "_sigma"), field + " in " + p);
            }
            assertEquals(lines.get(k).twoThetaDeg(), p.get("twoTheta").asDouble(), 1e-3);
            assertEquals(lines.get(k).dAngstrom(), p.get("d").asDouble(), 1e-4);
        }
    }

    /** fcj-pv from the command line: S/L, H/L as numbers or from a GSAS .prm; each needs the other. */
    @Test
    void fcjProfileTakesItsAxialDivergenceFromTheOptionOrAPrmFile() throws IOException {
        Path f = pattern("lab6fcj.xy", StandardPhase.parse("LaB6"), 0);
        CliRun r = CliRun.of("xrd", "peaks", f.toString(), "--wavelength", "Cu", "--range", "20:50", "--profile", "fcj-pv",
                "--axial", "0.002,0.001", "--json");
        assertEquals(0, r.exitCode(), r.stderr());
        JsonNode json = new ObjectMapper().readTree(r.stdout());
        assertEquals("fcj-pv", json.get("profile").asText());
        assertEquals(0.002, json.get("axialDivergence").get("sOverL").asDouble(), 0);
        assertEquals(0.001, json.get("axialDivergence").get("hOverL").asDouble(), 0);
        assertEquals(5, json.get("peaks").size(), json.get("peaks").toString());

        Path prm = tmp.resolve("inst.prm");
        Files.writeString(prm, String.join("\n",
                "INS  1 ICONS  1.540500  1.544300       0.0         0       0.7    0       0.5   ",
                "INS  1PRCF1     3   19   0.00100",
                "INS  1PRCF11       1.163000      -0.126000       0.063000   0.000000E+00",
                "INS  1PRCF12       0.173000       0.000000       0.003000       0.001500"));
        CliRun fromFile = CliRun.of("xrd", "peaks", f.toString(), "--wavelength", "Cu", "--range", "20:50", "--profile",
                "fcj-pv", "--axial", prm.toString(), "--json");
        assertEquals(0, fromFile.exitCode(), fromFile.stderr());
        JsonNode axial = new ObjectMapper().readTree(fromFile.stdout()).get("axialDivergence");
        assertEquals(0.003, axial.get("sOverL").asDouble(), 0);
        assertEquals(0.0015, axial.get("hOverL").asDouble(), 0);

        CliRun missing = CliRun.of("xrd", "peaks", f.toString(), "--wavelength", "Cu", "--profile", "fcj-pv");
        assertEquals(Main.USAGE_ERROR, missing.exitCode());
        assertTrue(missing.stderr().contains("--axial"), missing.stderr());
        assertEquals(Main.USAGE_ERROR, CliRun.of("xrd", "peaks", f.toString(), "--wavelength", "Cu", "--axial",
                "0.001,0.001").exitCode());
        assertEquals(Main.USAGE_ERROR, CliRun.of("xrd", "peaks", f.toString(), "--wavelength", "Cu", "--profile", "fcj-pv",
                "--axial", "0.001").exitCode());
    }

    @Test
    void aPatternWithoutWavelengthIsAUsageErrorNamingTheFile() throws IOException {
        Path f = pattern("nowavelength.xy", StandardPhase.parse("LaB6"), 0);
        CliRun r = CliRun.of("xrd", "peaks", f.toString(), "--json");
        assertEquals(Main.USAGE_ERROR, r.exitCode());
        assertTrue(r.stderr().contains("nowavelength.xy") && r.stderr().contains("--wavelength"), r.stderr());
        assertEquals("", r.stdout());
        assertEquals(Main.USAGE_ERROR, CliRun.of("xrd", "peaks", f.toString(), "--wavelength", "Zz").exitCode());
        assertEquals(Main.USAGE_ERROR, CliRun.of("xrd", "peaks", f.toString(), "--wavelength", "Cu", "--profile", "x").exitCode());
        assertEquals(Main.USAGE_ERROR, CliRun.of("xrd").exitCode());
    }

    @Test
    void instrumentThenSizeFromTheCommandLine() throws IOException {
        Path standard = pattern("lab6.xy", StandardPhase.parse("LaB6"), 0);
        Path instr = tmp.resolve("instr.json");
        CliRun cal = CliRun.of("xrd", "instrument", standard.toString(), "--phase", "LaB6", "--out", instr.toString(),
                "--wavelength", "Cu", "--json");
        assertEquals(0, cal.exitCode(), cal.stderr());
        assertTrue(Files.isRegularFile(instr));
        JsonNode calJson = new ObjectMapper().readTree(cal.stdout());
        // the synthetic Gaussian FWHM is 0.05° at every angle: W = 0.0025 deg², U and V ≈ 0
        assertEquals(0.0025, calJson.get("instrument").get("W").asDouble(), 2.5e-4);

        // sample: Lorentzian size broadening 0.2° FWHM at 90° on a cubic a = 4.0 Å phase
        Path sample = pattern("sample.xy", new StandardPhase("fcc", 4.0, StandardPhase.Centering.FACE_CENTRED), 0.2);
        Path outDir = tmp.resolve("out");
        CliRun size = CliRun.of("xrd", "size", sample.toString(), "--instrument", instr.toString(), "--wavelength", "Cu",
                "--method", "scherrer", "--k", "1", "--json", "--out", outDir.toString());
        assertEquals(0, size.exitCode(), size.stderr());
        JsonNode json = new ObjectMapper().readTree(size.stdout());
        for (String field : List.of("sizeNm", "sizeNm_sigma", "strain", "strain_sigma", "method", "correction",
                "peaks", "warnings")) {
            assertTrue(json.has(field), field);
        }
        assertEquals("scherrer", json.get("method").asText());
        assertEquals("voigt", json.get("correction").asText());
        // β = π/2 · 0.2° · cos45°/cosθ → D = λ / (β cos θ) = λ / (π/2 · 0.2° · cos 45°) in radians
        double expected = CU.kAlpha1Angstrom() / 10 / (Math.PI / 2 * Math.toRadians(0.2) * Math.cos(Math.toRadians(45)));
        assertEquals(expected, json.get("sizeNm").asDouble(), 0.05 * expected);
        assertTrue(Files.isRegularFile(outDir.resolve("size.json")) && Files.isRegularFile(outDir.resolve("size.csv")));

        CliRun missing = CliRun.of("xrd", "size", sample.toString(), "--instrument", tmp.resolve("none.json").toString(),
                "--wavelength", "Cu");
        assertEquals(Main.USAGE_ERROR, missing.exitCode());
        CliRun badMethod = CliRun.of("xrd", "size", sample.toString(), "--instrument", instr.toString(), "--method", "x");
        assertEquals(Main.USAGE_ERROR, badMethod.exitCode());
        assertFalse(Files.exists(tmp.resolve("x.json")));
    }
}
