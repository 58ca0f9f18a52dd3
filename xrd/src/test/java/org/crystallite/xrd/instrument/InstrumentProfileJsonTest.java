package org.crystallite.xrd.instrument;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.crystallite.spectrum.io.DataFormatException;
import org.crystallite.xrd.peaks.AxialDivergence;
import org.crystallite.xrd.peaks.Measured;
import org.crystallite.xrd.radiation.Radiation;
import org.crystallite.xrd.radiation.Wavelengths;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The axial divergence in {@code instr.json}: written, read back, absent in older files, checked when malformed. */
class InstrumentProfileJsonTest {

    private static final Radiation CU = Wavelengths.anode("Cu").orElseThrow();
    private static final InstrumentProfile PROFILE = new InstrumentProfile(CU, "tch", new Measured(0.004, 1e-4),
            new Measured(-0.002, 2e-4), new Measured(0.002, 5e-5), new Measured(0.03, 1e-3), new Measured(0.012, 5e-4),
            "LaB6", 4.15692, "2026-11-22", 14, 21.4, 136.9);

    /**
     * An instrument file exactly as {@code xrd instrument} wrote it before the axial divergence existed (format
     * version 1, no {@code axialDivergence} field).
     */
    private static final String OLD_FILE = """
            {
              "format" : "crystallite-instrument-profile",
              "version" : 1,
              "profile" : "tch",
              "standard" : "LaB6",
              "standardA" : 4.15692,
              "date" : "2026-11-01",
              "wavelength" : {
                "name" : "CuKa",
                "lambda1" : 1.5405929,
                "lambda2" : 1.5444274,
                "ratio" : 0.5
              },
              "U" : -6.18E-4,
              "U_sigma" : 3.1E-4,
              "V" : 0.00206,
              "V_sigma" : 6.8E-4,
              "W" : 0.001055,
              "W_sigma" : 3.2E-4,
              "X" : 0.0148,
              "X_sigma" : 0.0049,
              "Y" : 0.0217,
              "Y_sigma" : null,
              "units" : "U, V, W in deg^2 and X, Y in deg of 2-theta; FWHM_G^2 = U tan^2(theta) + V tan(theta) + W, FWHM_L = X tan(theta) + Y / cos(theta)",
              "peakCount" : 24,
              "twoThetaRange" : [ 21.36, 148.7 ]
            }
            """;

    @TempDir
    Path tmp;

    private InstrumentProfile roundTrip(InstrumentProfile p) throws IOException {
        Path f = tmp.resolve("instr.json");
        InstrumentProfileJson.write(p, f);
        return InstrumentProfileJson.read(f);
    }

    @Test
    void fittedAxialDivergenceKeepsValuesSigmaSourceAndOrigin() throws IOException {
        InstrumentAxialDivergence fitted = InstrumentAxialDivergence.fitted(new AxialDivergence(0.0193, 0.0193),
                8.6e-4, "2 of 8 peaks of LaB6 between 21.360 and 30.390° 2θ, H/L = 1 × S/L");
        InstrumentProfile back = roundTrip(PROFILE.withAxialDivergence(fitted));
        assertEquals(fitted, back.axialDivergence().orElseThrow());
        assertEquals(PROFILE.u(), back.u());
        assertEquals(PROFILE.y(), back.y());
        assertEquals(PROFILE.maxTwoThetaDeg(), back.maxTwoThetaDeg());
        String text = InstrumentProfileJson.toJson(PROFILE.withAxialDivergence(fitted));
        assertTrue(text.contains("\"source\" : \"fitted\"") && text.contains("\"sOverL_sigma\" : 8.6E-4"), text);
    }

    @Test
    void prmAndGivenValuesRoundTripWithoutSigma() throws IOException {
        InstrumentAxialDivergence prm = InstrumentAxialDivergence.fromPrm(new AxialDivergence(0.0011, 0.0011),
                "data/11bmb_3844.prm");
        InstrumentAxialDivergence backPrm = roundTrip(PROFILE.withAxialDivergence(prm)).axialDivergence().orElseThrow();
        assertEquals(prm, backPrm);
        assertTrue(Double.isNaN(backPrm.sOverLSigma()));
        assertEquals("data/11bmb_3844.prm", backPrm.origin());

        InstrumentAxialDivergence given = InstrumentAxialDivergence.given(new AxialDivergence(0.02, 0.01));
        assertEquals(given, roundTrip(PROFILE.withAxialDivergence(given)).axialDivergence().orElseThrow());
        String text = InstrumentProfileJson.toJson(PROFILE.withAxialDivergence(given));
        assertFalse(text.contains("sOverL_sigma") || text.contains("origin"), text);
    }

    @Test
    void aProfileWithoutAxialDivergenceWritesNoFieldAndReadsBackEmpty() throws IOException {
        assertFalse(InstrumentProfileJson.toJson(PROFILE).contains("axialDivergence"));
        assertTrue(roundTrip(PROFILE).axialDivergence().isEmpty());
    }

    @Test
    void aFileWrittenBeforeTheAxialDivergenceStillReads() throws IOException {
        Path f = Files.writeString(tmp.resolve("old.json"), OLD_FILE);
        InstrumentProfile p = InstrumentProfileJson.read(f);
        assertTrue(p.axialDivergence().isEmpty());
        assertEquals(-6.18e-4, p.u().value());
        assertTrue(Double.isNaN(p.y().sigma()));
        assertEquals(1.5444274, p.radiation().kAlpha2Angstrom().getAsDouble());
        assertEquals(24, p.peakCount());
        Path withNull = Files.writeString(tmp.resolve("null.json"),
                OLD_FILE.replace("\"peakCount\"", "\"axialDivergence\" : null, \"peakCount\""));
        assertTrue(InstrumentProfileJson.read(withNull).axialDivergence().isEmpty());
    }

    @Test
    void malformedAxialDivergenceNamesTheFileAndTheField() throws IOException {
        String[][] cases = {
            {"\"axialDivergence\" : 0.001", "'axialDivergence' must be an object"},
            {"\"axialDivergence\" : {\"sOverL\" : \"0.001\", \"hOverL\" : 0.001, \"source\" : \"given\"}",
                "'axialDivergence.sOverL' must be a number"},
            {"\"axialDivergence\" : {\"sOverL\" : 0.001, \"source\" : \"given\"}",
                "'axialDivergence.hOverL' must be a number"},
            {"\"axialDivergence\" : {\"sOverL\" : 0.001, \"hOverL\" : 0.001, \"source\" : \"guessed\"}",
                "prm, fitted or given"},
            {"\"axialDivergence\" : {\"sOverL\" : 0.001, \"hOverL\" : 0.001}", "'axialDivergence.source'"},
            {"\"axialDivergence\" : {\"sOverL\" : 0.5, \"hOverL\" : 0.001, \"source\" : \"given\"}", "S/L and H/L"},
        };
        for (String[] c : cases) {
            Path f = Files.writeString(tmp.resolve("bad.json"), OLD_FILE.replace("\"peakCount\"", c[0]
                    + ", \"peakCount\""));
            DataFormatException e = assertThrows(DataFormatException.class, () -> InstrumentProfileJson.read(f), c[0]);
            assertTrue(e.getMessage().contains("bad.json") && e.getMessage().contains(c[1]), e.getMessage());
        }
    }

    @Test
    void onlyAFittedValueCarriesASigma() {
        assertThrows(IllegalArgumentException.class, () -> new InstrumentAxialDivergence(
                new AxialDivergence(0.001, 0.001), InstrumentAxialDivergence.Source.PRM, 1e-4, "x.prm"));
        assertThrows(IllegalArgumentException.class, () -> InstrumentAxialDivergence.fitted(
                new AxialDivergence(0.001, 0.001), -1e-4, "peaks"));
        assertEquals(InstrumentAxialDivergence.Source.FITTED, InstrumentAxialDivergence.Source.parse(" Fitted "));
    }
}
