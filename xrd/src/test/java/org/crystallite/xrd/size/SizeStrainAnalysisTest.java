package org.crystallite.xrd.size;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.crystallite.spectrum.Spectrum;
import org.crystallite.xrd.instrument.InstrumentProfile;
import org.crystallite.xrd.peaks.Measured;
import org.crystallite.xrd.peaks.PeakList;
import org.crystallite.xrd.peaks.PeakProfile;
import org.crystallite.xrd.peaks.XrdPeakFitter;
import org.crystallite.xrd.radiation.Radiation;
import org.crystallite.xrd.radiation.Wavelengths;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class SizeStrainAnalysisTest {

    private static final Radiation CU = Wavelengths.anode("Cu").orElseThrow();
    /**
     * The instrument profile InstrumentProfileFitter obtained from the real LaB6 D500 pattern
     * (LaB6_d500_si_psd.xye, Cu Kα, 24 lines 21–149°); see InstrumentValidationTest.
     */
    static final InstrumentProfile LAB6_D500 = new InstrumentProfile(CU, "tch", Measured.exact(-6.18e-4),
            Measured.exact(2.064e-3), Measured.exact(1.055e-3), Measured.exact(0.01482), Measured.exact(0.02167), "LaB6",
            4.15692, "2026-11-22", 24, 21.36, 148.68);
    private static final double STRAIN = 1e-3;

    private static PeakList fittedLines(InstrumentProfile instrument, double sizeNm, double strain, long seed) {
        Spectrum s = NanocrystallinePattern.pattern(instrument, sizeNm, strain, 2000, seed);
        List<Double> positions = NanocrystallinePattern.reflections(instrument).stream()
                .map(r -> r.twoThetaDeg()).toList();
        return new XrdPeakFitter(XrdPeakFitter.Options.defaults().withProfile(PeakProfile.TCH)).fitAt(s, CU, positions);
    }

    /** K = 1: the synthetic size broadening is λ / (D cos θ), the volume-weighted column length. */
    private static SizeStrainAnalysis analysis(SizeMethod method) {
        return new SizeStrainAnalysis(SizeStrainAnalysis.Options.defaults().withMethod(method).withScherrerConstant(1));
    }

    @ParameterizedTest
    @ValueSource(doubles = {5, 10, 20, 50, 100})
    void williamsonHallRecoversSizeAndStrain(double sizeNm) {
        PeakList lines = fittedLines(LAB6_D500, sizeNm, STRAIN, 7 + (long) sizeNm);
        SizeStrainResult r = analysis(SizeMethod.WILLIAMSON_HALL).analyse(lines.peaks(), LAB6_D500);
        assertEquals(sizeNm, r.sizeNm().value(), 0.10 * sizeNm, "size; warnings " + r.warnings());
        assertEquals(STRAIN, r.strain().value(), 0.20 * STRAIN, "strain");
        assertTrue(r.sizeNm().sigma() > 0 && r.strain().sigma() > 0);
        assertEquals(lines.peaks().size(), r.plot().x().length, "every line is broadened enough to be used");
        assertEquals(Correction.VOIGT, r.correction());
    }

    @ParameterizedTest
    @ValueSource(doubles = {5, 20, 100})
    void scherrerRecoversSizeWithoutStrain(double sizeNm) {
        PeakList lines = fittedLines(LAB6_D500, sizeNm, 0, 31 + (long) sizeNm);
        SizeStrainResult r = analysis(SizeMethod.SCHERRER).analyse(lines.peaks(), LAB6_D500);
        assertEquals(sizeNm, r.sizeNm().value(), 0.10 * sizeNm, "size; warnings " + r.warnings());
        assertTrue(Double.isNaN(r.strain().value()), "Scherrer reports no strain");
        for (SamplePeak p : r.peaks()) {
            assertTrue(p.used());
            assertEquals(sizeNm, p.scherrerSizeNm().value(), 0.15 * sizeNm, "single line at " + p.twoThetaDeg());
        }
    }

    @Test
    void refusesASizeWhenTheLinesAreNotBroadenedBeyondTheInstrument() {
        // 2 µm crystallites: the sample adds only a few % to the instrument's FWHM
        PeakList lines = fittedLines(LAB6_D500, 2000, 0, 3);
        for (SizeMethod m : SizeMethod.values()) {
            SizeStrainResult r = analysis(m).analyse(lines.peaks(), LAB6_D500);
            assertTrue(Double.isNaN(r.sizeNm().value()), m + " must not report a size");
            assertFalse(r.peaks().stream().anyMatch(SamplePeak::used));
            assertTrue(r.peaks().get(0).refusal().orElseThrow().contains("needs ≥ 20 %"));
            assertTrue(r.warnings().stream().anyMatch(w -> w.startsWith("no size")), r.warnings().toString());
        }
    }

    @Test
    void correctionsAgreeForPurelyLorentzianLines() {
        // instrument and sample both Lorentzian: linear subtraction is exact, Voigt must agree with it
        InstrumentProfile lorentzian = new InstrumentProfile(CU, "tch", Measured.exact(0), Measured.exact(0),
                Measured.exact(0), Measured.exact(0.01), Measured.exact(0.05), "test", 4.0, "2026-01-01", 10, 20, 140);
        List<org.crystallite.xrd.peaks.XrdPeak> peaks = List.of(line(50, 0.30, 0, 0.30), line(90, 0.45, 0, 0.45));
        double voigt = new SizeStrainAnalysis(SizeStrainAnalysis.Options.defaults().withMethod(SizeMethod.SCHERRER))
                .analyse(peaks, lorentzian).peaks().get(0).sampleBreadthDeg().value();
        double linear = new SizeStrainAnalysis(SizeStrainAnalysis.Options.defaults().withMethod(SizeMethod.SCHERRER)
                .withCorrection(Correction.LORENTZIAN)).analyse(peaks, lorentzian).peaks().get(0).sampleBreadthDeg()
                .value();
        double expected = (0.30 - lorentzian.fwhmLorentzianDeg(50)) * Math.PI / 2;
        assertEquals(expected, linear, 1e-3, "β = π/2 · (ΓL,obs − ΓL,inst) for Lorentzians");
        assertEquals(expected, voigt, 1e-3);
    }

    /** A TCH line with given FWHM, Gaussian and Lorentzian widths (exact, no σ needed for this check). */
    private static org.crystallite.xrd.peaks.XrdPeak line(double twoTheta, double fwhm, double g, double l) {
        double eta = org.crystallite.spectrum.shape.ThompsonCoxHastings.eta(g, l);
        double height = (1 - eta) * Math.sqrt(4 * Math.log(2) / Math.PI) / fwhm + eta * 2 / (Math.PI * fwhm);
        return new org.crystallite.xrd.peaks.XrdPeak(Measured.exact(twoTheta), Measured.exact(1), Measured.exact(fwhm),
                Measured.exact(1 / height), Measured.exact(1), Measured.exact(height), "eta", Measured.exact(eta),
                Measured.exact(g), Measured.exact(l), PeakProfile.TCH, 0, 1);
    }
}
