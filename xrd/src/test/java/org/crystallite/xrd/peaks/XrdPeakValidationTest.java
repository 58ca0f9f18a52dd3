package org.crystallite.xrd.peaks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;

import org.crystallite.spectrum.Spectrum;
import org.crystallite.spectrum.testing.ValidationData;
import org.crystallite.xrd.instrument.StandardPhase;
import org.crystallite.xrd.io.XrdReaders;
import org.crystallite.xrd.radiation.Radiation;
import org.crystallite.xrd.radiation.SpectrumRadiation;
import org.crystallite.xrd.radiation.Wavelengths;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("validation")
class XrdPeakValidationTest {

    @Test
    void nacl01MainLineAgreesWithFityk() throws IOException {
        Spectrum s = XrdReaders.read(ValidationData.file("xrd", "nacl01.dat")).get(0);
        // the file's wavelength is undocumented; λ only sets d, not the fitted 2θ
        PeakList r = new XrdPeakFitter().fit(s, Radiation.monochromatic("undocumented", 1.21));
        XrdPeak main = r.peaks().stream().max((a, b) -> Double.compare(a.area().value(), b.area().value())).orElseThrow();
        // fityk 1.3.2, Gaussian on 23–26°: centre 24.7223595, FWHM 0.281318 (SOURCES.md §8). Our
        // pseudo-Voigt is symmetric too, so the centres agree within the σ; the widths differ by
        // the profile (pseudo-Voigt with η ≈ 0.1 vs Gaussian).
        assertEquals(24.7223595, main.twoThetaDeg().value(), 3 * main.twoThetaDeg().sigma());
        assertEquals(0.281318, main.fwhmDeg().value(), 0.05 * 0.281318);
        for (double expected : new double[] {24.71, 34.93, 49.44}) {
            assertTrue(r.peaks().stream().anyMatch(p -> Math.abs(p.twoThetaDeg().value() - expected) < 0.05),
                    "reflection near " + expected + "°: " + r.peaks());
        }
    }

    @Test
    void lab6Jan2018DoubletsSitOnTheCertifiedLines() throws IOException {
        Spectrum s = XrdReaders.read(ValidationData.file("xrd", "LaB6_Jan2018.raw")).get(0);
        Radiation radiation = SpectrumRadiation.of(s).orElseThrow();
        assertTrue(radiation.isDoublet(), "the RAW header states Kα1, Kα2 and the ratio");
        PeakList r = new XrdPeakFitter().fit(s, radiation);
        // SRM 660b, a = 4.15689 Å (the tutorial's value)
        List<StandardPhase.Reflection> lines = new StandardPhase("LaB6 660b", 4.15689, StandardPhase.Centering.PRIMITIVE)
                .reflections(radiation.kAlpha1Angstrom(), 70);
        assertEquals(8, lines.size());
        for (StandardPhase.Reflection line : lines) {
            XrdPeak p = r.peaks().stream()
                    .min((a, b) -> Double.compare(Math.abs(a.twoThetaDeg().value() - line.twoThetaDeg()),
                            Math.abs(b.twoThetaDeg().value() - line.twoThetaDeg())))
                    .orElseThrow();
            // the notes measure this pattern 100–300 ppm low in d (zero/displacement on a short range):
            // 0.02° is about a quarter of the FWHM and covers that
            assertEquals(line.twoThetaDeg(), p.twoThetaDeg().value(), 0.02, line.hkl());
            assertEquals(line.dAngstrom(), p.dAngstrom().value(), 4e-4 * line.dAngstrom(), line.hkl());
        }
        assertTrue(r.warnings().stream().anyMatch(w -> w.contains("Kα2 line of a stronger peak")),
                "the Kα2 shoulders found by the search must be recognised");
    }

    @Test
    void highAngleLab6NeedsTheDoublet() throws IOException {
        Spectrum s = XrdReaders.read(ValidationData.file("xrd", "LaB6_d500_si_psd.xye")).get(0);
        Radiation cu = Wavelengths.anode("Cu").orElseThrow();
        List<Double> positions = List.of(103.66, 107.75, 111.93, 116.24, 120.72);
        PeakList doublet = new XrdPeakFitter().fitAt(s, cu, positions);
        PeakList single = new XrdPeakFitter().fitAt(s, Radiation.monochromatic("Kα1 only", cu.kAlpha1Angstrom()),
                positions);
        for (int k = 0; k < positions.size(); k++) {
            double withDoublet = doublet.peaks().get(k).windowReducedChi2();
            double withSingle = single.peaks().get(k).windowReducedChi2();
            assertTrue(withDoublet < 1.5, "doublet χ²ν " + withDoublet + " at " + positions.get(k));
            assertTrue(withSingle > 3 * withDoublet, "single line χ²ν " + withSingle + " vs doublet " + withDoublet);
        }
    }
}
