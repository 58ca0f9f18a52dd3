package org.crystallite.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import com.fasterxml.jackson.databind.JsonNode;
import org.crystallite.spectrum.fit.PoissonReplica;
import org.crystallite.xrd.instrument.InstrumentProfile;
import org.crystallite.xrd.instrument.InstrumentProfileJson;
import org.crystallite.xrd.instrument.StandardPhase;
import org.crystallite.xrd.peaks.FcjPseudoVoigt;
import org.crystallite.xrd.peaks.Measured;
import org.crystallite.xrd.radiation.Radiation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Calibrate once, reuse: {@code xrd instrument --axial …} stores the axial divergence in the instrument file and
 * {@code xrd peaks}/{@code xrd lattice --profile fcj-pv --instrument} take it from there. The standard is a
 * synthetic LaB6 pattern at λ = 1 Å of FCJ pseudo-Voigt lines (S/L = H/L = 0.010, FWHM 0.03°), Poisson counts.
 */
class XrdInstrumentAxialTest {

    private static final double LAMBDA = 1.0;
    private static final double S_OVER_L = 0.010;
    private static final StandardPhase LAB6 = StandardPhase.parse("LaB6");

    @TempDir
    Path tmp;

    private Path standard() throws IOException {
        FcjPseudoVoigt shape = new FcjPseudoVoigt();
        List<StandardPhase.Reflection> lines = LAB6.reflections(LAMBDA, 35.5);
        int n = (int) Math.round((36.0 - 10.0) / 0.004) + 1;
        double[] x = new double[n];
        double[] mean = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = 10 + i * 0.004;
            mean[i] = 20;
            for (StandardPhase.Reflection r : lines) {
                if (Math.abs(x[i] - r.twoThetaDeg()) < 2) {
                    mean[i] += shape.value(x[i], new double[] {r.twoThetaDeg(), 0.03, 200, 0.3, S_OVER_L, S_OVER_L});
                }
            }
        }
        double[] counts = PoissonReplica.sample(mean, 11);
        StringBuilder sb = new StringBuilder("# synthetic LaB6, FCJ S/L = H/L = 0.010, lambda 1 A\n");
        for (int i = 0; i < n; i++) {
            sb.append(String.format(Locale.ROOT, "%.3f %.0f%n", x[i], counts[i]));
        }
        return Files.writeString(tmp.resolve("lab6.xy"), sb.toString());
    }

    /** An instrument file as written before the axial divergence existed (no such field). */
    private Path fileWithoutAxial() throws IOException {
        Path f = tmp.resolve("old.json");
        InstrumentProfileJson.write(new InstrumentProfile(Radiation.monochromatic("1.0", LAMBDA), "tch",
                Measured.exact(0), Measured.exact(0), Measured.exact(9e-4), Measured.exact(0), Measured.exact(0.01),
                "LaB6", 4.15692, "2026-11-01", 6, 13.8, 34.3), f);
        return f;
    }

    @Test
    void calibrateOnceThenFcjFitsTakeTheAxialDivergenceFromTheFile() throws IOException {
        Path standard = standard();
        Path instr = tmp.resolve("instr.json");
        CliRun cal = CliRun.of("xrd", "instrument", standard.toString(), "--phase", "LaB6", "--wavelength", "1.0",
                "--axial", "fit", "--out", instr.toString(), "--json");
        assertEquals(0, cal.exitCode(), cal.describe());
        JsonNode axial = cal.singleJsonObject().get("instrument").get("axialDivergence");
        assertEquals("fitted", axial.get("source").asText());
        double sOverL = axial.get("sOverL").asDouble();
        double sigma = axial.get("sOverL_sigma").asDouble();
        assertTrue(sigma > 0 && sigma < 0.1 * S_OVER_L, "σ " + sigma);
        assertEquals(S_OVER_L, sOverL, 3 * sigma);
        assertEquals(sOverL, axial.get("hOverL").asDouble(), 0, "H/L held equal to S/L");
        assertFalse(cal.singleJsonObject().get("axialPeaks").isEmpty());
        assertTrue(Files.readString(instr).contains("\"axialDivergence\""));

        // fcj-pv without --axial: S/L from the file, so the centres are the Bragg angles of LaB6
        CliRun peaks = CliRun.of("xrd", "peaks", standard.toString(), "--wavelength", "1.0", "--range", "12:26",
                "--profile", "fcj-pv", "--instrument", instr.toString(), "--json");
        assertEquals(0, peaks.exitCode(), peaks.describe());
        JsonNode json = peaks.singleJsonObject();
        JsonNode used = json.get("axialDivergence");
        assertEquals("instrument", used.get("source").asText());
        assertEquals(instr.toString(), used.get("file").asText());
        assertEquals("fitted", used.get("instrumentSource").asText());
        assertEquals(sOverL, used.get("sOverL").asDouble(), 0);
        List<StandardPhase.Reflection> lines = LAB6.reflections(LAMBDA, 26);
        assertEquals(lines.size(), json.get("peaks").size(), json.get("peaks").toString());
        for (int k = 0; k < lines.size(); k++) {
            // a symmetric pseudo-Voigt sits 0.004–0.007° low on these lines
            assertEquals(lines.get(k).twoThetaDeg(), json.get("peaks").get(k).get("twoTheta").asDouble(), 0.002);
        }

        // an explicit --axial wins over the file and says so
        CliRun explicit = CliRun.of("xrd", "peaks", standard.toString(), "--wavelength", "1.0", "--range", "12:16",
                "--profile", "fcj-pv", "--instrument", instr.toString(), "--axial", "0.002,0.002", "--json");
        assertEquals(0, explicit.exitCode(), explicit.describe());
        JsonNode given = explicit.singleJsonObject().get("axialDivergence");
        assertEquals("given", given.get("source").asText());
        assertEquals(0.002, given.get("sOverL").asDouble(), 0);
        assertEquals(instr.toString(), given.get("overrides").asText());

        CliRun lattice = CliRun.of("xrd", "lattice", standard.toString(), "--wavelength", "1.0", "--system", "cubic",
                "--cell", "4.157", "--shift", "none", "--profile", "fcj-pv", "--instrument", instr.toString(), "--json");
        assertEquals(0, lattice.exitCode(), lattice.describe());
        JsonNode cell = lattice.singleJsonObject();
        assertEquals("instrument", cell.get("axialDivergence").get("source").asText());
        assertEquals(4.15692, cell.get("a").asDouble(), 30e-6 * 4.15692);
    }

    @Test
    void givenAndPrmValuesAreRecordedWithTheirSource() throws IOException {
        Path standard = standard();
        Path instr = tmp.resolve("given.json");
        CliRun given = CliRun.of("xrd", "instrument", standard.toString(), "--phase", "LaB6", "--wavelength", "1.0",
                "--axial", "0.004,0.002", "--out", instr.toString());
        assertEquals(0, given.exitCode(), given.describe());
        assertTrue(given.stdout().contains("axial divergence S/L = 0.004") && given.stdout().contains("(given)"),
                given.stdout());
        JsonNode file = CliRun.MAPPER.readTree(instr.toFile()).get("axialDivergence");
        assertEquals(0.004, file.get("sOverL").asDouble(), 0);
        assertEquals(0.002, file.get("hOverL").asDouble(), 0);
        assertEquals("given", file.get("source").asText());
        assertFalse(file.has("sOverL_sigma"));

        Path prm = Files.writeString(tmp.resolve("inst.prm"), String.join("\n",
                "INS  1 ICONS  1.000000  0.000000       0.0         0       0.7    0       0.5   ",
                "INS  1PRCF1     3   19   0.00100",
                "INS  1PRCF11       1.163000      -0.126000       0.063000   0.000000E+00",
                "INS  1PRCF12       0.173000       0.000000       0.003000       0.001500"));
        Path fromPrm = tmp.resolve("prm.json");
        CliRun prmRun = CliRun.of("xrd", "instrument", standard.toString(), "--phase", "LaB6", "--wavelength", "1.0",
                "--axial", prm.toString(), "--out", fromPrm.toString(), "--json");
        assertEquals(0, prmRun.exitCode(), prmRun.describe());
        JsonNode axial = prmRun.singleJsonObject().get("instrument").get("axialDivergence");
        assertEquals(0.003, axial.get("sOverL").asDouble(), 0);
        assertEquals(0.0015, axial.get("hOverL").asDouble(), 0);
        assertEquals("prm", axial.get("source").asText());
        assertEquals(prm.toString(), axial.get("origin").asText());
        assertEquals(axial, CliRun.MAPPER.readTree(fromPrm.toFile()).get("axialDivergence"));
    }

    @Test
    void fcjPvWithoutAnyAxialDivergenceAndMisplacedOptionsAreUsageErrors() throws IOException {
        Path pattern = tmp.resolve("any.xy");
        Files.writeString(pattern, "10 1\n10.1 2\n10.2 1\n");
        Path old = fileWithoutAxial();
        String p = pattern.toString();

        CliRun noAxial = CliRun.of("xrd", "peaks", p, "--wavelength", "1.0", "--profile", "fcj-pv", "--instrument",
                old.toString());
        assertEquals(Main.USAGE_ERROR, noAxial.exitCode(), noAxial.describe());
        assertTrue(noAxial.stderr().contains(old.toString()) && noAxial.stderr().contains("no axial divergence")
                && noAxial.stderr().contains("--axial"), noAxial.stderr());

        CliRun neither = CliRun.of("xrd", "lattice", p, "--wavelength", "1.0", "--system", "cubic", "--cell", "4.157",
                "--profile", "fcj-pv");
        assertEquals(Main.USAGE_ERROR, neither.exitCode(), neither.describe());
        assertTrue(neither.stderr().contains("--axial") && neither.stderr().contains("--instrument"), neither.stderr());

        CliRun otherProfile = CliRun.of("xrd", "peaks", p, "--wavelength", "1.0", "--instrument", old.toString());
        assertEquals(Main.USAGE_ERROR, otherProfile.exitCode(), otherProfile.describe());
        assertTrue(otherProfile.stderr().contains("--instrument applies to --profile fcj-pv"), otherProfile.stderr());

        Path missing = tmp.resolve("missing.json");
        CliRun notFound = CliRun.of("xrd", "peaks", p, "--wavelength", "1.0", "--profile", "fcj-pv", "--instrument",
                missing.toString());
        assertEquals(Main.USAGE_ERROR, notFound.exitCode(), notFound.describe());
        assertTrue(notFound.stderr().contains("missing.json") && notFound.stderr().contains("not found"),
                notFound.stderr());

        CliRun pawley = CliRun.of("xrd", "lattice", p, "--wavelength", "1.0", "--phase", "cubic:P:4.157",
                "--instrument", old.toString());
        assertEquals(Main.USAGE_ERROR, pawley.exitCode(), pawley.describe());
        assertTrue(pawley.stderr().contains("--instrument"), pawley.stderr());

        Path out = tmp.resolve("instr.json");
        for (String bad : List.of("fit:0", "fit:x", "0.001", "0.5,0.001")) {
            CliRun r = CliRun.of("xrd", "instrument", p, "--phase", "LaB6", "--wavelength", "1.0", "--axial", bad,
                    "--out", out.toString());
            assertEquals(Main.USAGE_ERROR, r.exitCode(), bad + ": " + r.describe());
            assertTrue(r.stderr().contains("--axial"), r.stderr());
            assertFalse(Files.exists(out), "nothing written for --axial " + bad);
        }
    }
}
