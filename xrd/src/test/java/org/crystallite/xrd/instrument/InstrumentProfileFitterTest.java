package org.crystallite.xrd.instrument;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.crystallite.spectrum.Spectrum;
import org.crystallite.spectrum.io.DataFormatException;
import org.crystallite.xrd.peaks.Measured;
import org.crystallite.xrd.peaks.SyntheticPattern;
import org.crystallite.xrd.radiation.Radiation;
import org.crystallite.xrd.radiation.Wavelengths;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InstrumentProfileFitterTest {

    private static final Radiation CU = Wavelengths.anode("Cu").orElseThrow();
    /** A plausible lab Bragg–Brentano profile (deg², deg). */
    private static final InstrumentProfile TRUE = new InstrumentProfile(CU, "tch", Measured.exact(0.0040),
            Measured.exact(-0.0020), Measured.exact(0.0020), Measured.exact(0.030), Measured.exact(0.012), "LaB6",
            4.15692, "2026-01-01", 0, 20, 140);

    @TempDir
    Path tmp;

    /** TCH doublets of LaB6 with the widths of {@link #TRUE}, so the only error is counting noise. */
    static Spectrum lab6Pattern(InstrumentProfile instrument, double area, long seed) {
        StandardPhase lab6 = StandardPhase.parse("LaB6");
        List<SyntheticPattern.Line> lines = new ArrayList<>();
        for (StandardPhase.Reflection r : lab6.reflections(CU.kAlpha1Angstrom(), 138)) {
            double t = r.twoThetaDeg();
            lines.add(new SyntheticPattern.Line(t, area, instrument.fwhmGaussianDeg(t), instrument.fwhmLorentzianDeg(t)));
        }
        return SyntheticPattern.counts(SyntheticPattern.grid(18, 140, 0.01), lines, CU, 40, seed, "tch");
    }

    @Test
    void recoversCagliotiAndLorentzianTermsFromSyntheticWidths() {
        InstrumentCalibration cal = new InstrumentProfileFitter().fit(lab6Pattern(TRUE, 300, 42), CU,
                StandardPhase.parse("LaB6"), LocalDate.of(2026, 1, 2));
        InstrumentProfile p = cal.profile();
        assertTrue(cal.peaks().size() >= 20, "LaB6 has 23 lines below 138°; matched " + cal.peaks().size());
        for (Measured m : List.of(p.u(), p.v(), p.w(), p.x(), p.y())) {
            assertTrue(m.sigma() > 0, "σ reported");
        }
        assertEquals(0.0040, p.u().value(), 4 * p.u().sigma());
        assertEquals(-0.0020, p.v().value(), 4 * p.v().sigma());
        assertEquals(0.0020, p.w().value(), 4 * p.w().sigma());
        assertEquals(0.030, p.x().value(), 4 * p.x().sigma());
        assertEquals(0.012, p.y().value(), 4 * p.y().sigma());
        for (double t : new double[] {25, 60, 100, 135}) {
            assertEquals(TRUE.fwhmDeg(t), p.fwhmDeg(t), 0.02 * TRUE.fwhmDeg(t), "FWHM at " + t + "°");
        }
        assertEquals("LaB6", p.standard());
        assertEquals("2026-01-02", p.date());
        assertEquals("tch", p.profile());
    }

    @Test
    void jsonRoundTripKeepsEveryField() throws IOException {
        InstrumentProfile p = new InstrumentProfile(CU, "tch", new Measured(0.004, 1e-4), new Measured(-0.002, 2e-4),
                new Measured(0.002, Double.NaN), new Measured(0.03, 1e-3), new Measured(0.012, 5e-4), "Si", 5.431194,
                "2026-03-04", 12, 28.4, 136.9);
        Path f = tmp.resolve("instr.json");
        InstrumentProfileJson.write(p, f);
        InstrumentProfile back = InstrumentProfileJson.read(f);
        assertEquals(p.u(), back.u());
        assertEquals(p.v(), back.v());
        assertTrue(Double.isNaN(back.w().sigma()));
        assertEquals(p.w().value(), back.w().value());
        assertEquals(p.x(), back.x());
        assertEquals(p.y(), back.y());
        assertEquals(p.radiation().kAlpha1Angstrom(), back.radiation().kAlpha1Angstrom());
        assertEquals(p.radiation().kAlpha2Angstrom(), back.radiation().kAlpha2Angstrom());
        assertEquals(p.radiation().kAlpha2Ratio(), back.radiation().kAlpha2Ratio());
        assertEquals(p.radiation().name(), back.radiation().name());
        assertEquals(p.standard(), back.standard());
        assertEquals(p.date(), back.date());
        assertEquals(p.peakCount(), back.peakCount());
        assertEquals(p.maxTwoThetaDeg(), back.maxTwoThetaDeg());
    }

    @Test
    void malformedJsonNamesTheFileAndField() throws IOException {
        Path f = tmp.resolve("bad.json");
        InstrumentProfile p = TRUE;
        Files.writeString(f, InstrumentProfileJson.toJson(p).replace("\"U\"", "\"u\""));
        DataFormatException e = assertThrows(DataFormatException.class, () -> InstrumentProfileJson.read(f));
        assertTrue(e.getMessage().contains("bad.json") && e.getMessage().contains("'U'"), e.getMessage());
        Files.writeString(f, "{ not json");
        assertThrows(DataFormatException.class, () -> InstrumentProfileJson.read(f));
    }

    @Test
    void tooFewPeaksIsAClearError() {
        Spectrum narrow = lab6Pattern(TRUE, 300, 1);
        InstrumentProfileFitter fitter = new InstrumentProfileFitter(
                org.crystallite.xrd.peaks.XrdPeakFitter.Options.defaults().withRange(18, 40));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> fitter.fit(narrow, CU, StandardPhase.parse("LaB6"), LocalDate.of(2026, 1, 1)));
        assertTrue(e.getMessage().contains("U, V, W need at least 4"), e.getMessage());
    }
}
