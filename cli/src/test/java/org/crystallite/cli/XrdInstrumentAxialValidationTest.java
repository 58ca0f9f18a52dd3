package org.crystallite.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;

import com.fasterxml.jackson.databind.JsonNode;
import org.crystallite.spectrum.testing.ValidationData;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Calibrate once on the 11-BM LaB6 standard (SRM 660a) with the beamline's type-3 .prm (S/L = H/L = 0.0011), then
 * refine jadarite measured on the same instrument with {@code --profile fcj-pv --instrument}: the cell must be the
 * one the documented command gives with {@code --axial 0.0011,0.0011} typed in (SOURCES.md §4, §5).
 */
@Tag("validation")
class XrdInstrumentAxialValidationTest {

    @TempDir
    Path tmp;

    @Test
    void jadariteWithTheLab6InstrumentFileHasTheCellOfTheTypedInAxialDivergence() throws Exception {
        Path lab6 = ValidationData.file("xrd", "11bmb_3844.fxye.zip");
        Path prm = ValidationData.file("xrd", "11bmb_3844.prm");
        Path jadarite = ValidationData.file("xrd", "11bmb_6231.fxye.zip");
        Path instr = tmp.resolve("11bm.json");

        CliRun cal = CliRun.of("xrd", "instrument", lab6.toString(), "--phase", "LaB6", "--range", "5:15", "--axial",
                prm.toString(), "--out", instr.toString(), "--json");
        assertEquals(0, cal.exitCode(), cal.describe());
        JsonNode stored = cal.singleJsonObject().get("instrument").get("axialDivergence");
        assertEquals(0.0011, stored.get("sOverL").asDouble(), 0);
        assertEquals(0.0011, stored.get("hOverL").asDouble(), 0);
        assertEquals("prm", stored.get("source").asText());

        CliRun fromFile = CliRun.of(XrdLatticeJadariteValidationTest.jadariteLattice(jadarite, "--isolation", "0.05",
                "--tolerance", "0.02", "--json", "--instrument", instr.toString()));
        assertEquals(0, fromFile.exitCode(), fromFile.describe());
        JsonNode a = fromFile.singleJsonObject();
        assertEquals("instrument", a.get("axialDivergence").get("source").asText());
        assertEquals("prm", a.get("axialDivergence").get("instrumentSource").asText());
        assertEquals(0.0011, a.get("axialDivergence").get("sOverL").asDouble(), 0);

        CliRun typed = CliRun.of(XrdLatticeJadariteValidationTest.jadariteLattice(jadarite, "--isolation", "0.05",
                "--tolerance", "0.02", "--json", "--axial", "0.0011,0.0011"));
        assertEquals(0, typed.exitCode(), typed.describe());
        JsonNode b = typed.singleJsonObject();
        assertEquals("given", b.get("axialDivergence").get("source").asText());
        for (String p : new String[] {"a", "b", "c", "beta"}) {
            // the same S/L and H/L give the same fits: equal to rounding
            assertEquals(b.get(p).asDouble(), a.get(p).asDouble(), 1e-12 * Math.abs(b.get(p).asDouble()), p);
        }
        assertEquals(b.get("peaks").size(), a.get("peaks").size());
        // and both meet the GSAS Rietveld cell (KRYPTONITE.EXP) as the documented command does
        assertEquals(6.763493, a.get("a").asDouble(), 60e-6 * 6.763493);
        assertEquals(13.803014, a.get("b").asDouble(), 60e-6 * 13.803014);
        assertEquals(7.689354, a.get("c").asDouble(), 60e-6 * 7.689354);
        assertEquals(124.0869, a.get("beta").asDouble(), 0.005);
    }
}
