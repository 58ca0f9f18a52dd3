package org.crystallite.xrd.peaks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.crystallite.spectrum.Spectrum;
import org.crystallite.spectrum.io.DataFormatException;
import org.crystallite.xrd.peaks.SyntheticPattern.Line;
import org.crystallite.xrd.radiation.Radiation;
import org.crystallite.xrd.radiation.Wavelengths;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class XrdPeakFitterTest {

    private static final Radiation CU = Wavelengths.anode("Cu").orElseThrow();
    private static final List<Line> LINES = List.of(
            new Line(30.0, 400, 0.08, 0.05),
            new Line(60.0, 250, 0.10, 0.06),
            new Line(110.0, 300, 0.14, 0.09));

    /**
     * Voigt lines at a few thousand counts: the pseudo-Voigt's deviation from the Voigt (≈1 % of the
     * height) stays below the counting noise, so χ²ν ≈ 1 is a fair expectation.
     */
    private static Spectrum pattern(long seed) {
        return SyntheticPattern.replica(GRID, EXPECTED, seed);
    }

    /** The pattern's grid and noise-free counts, computed once for the 23 seeded replicas the tests draw. */
    private static final double[] GRID = SyntheticPattern.grid(20, 120, 0.01);
    private static final double[] EXPECTED = SyntheticPattern.expected(GRID, LINES, CU, 50);

    @Test
    void findsAndFitsEachDoubletOnce() {
        PeakList result = new XrdPeakFitter().fit(pattern(11), CU);
        assertEquals(3, result.peaks().size(), "Kα2 lines must not be reported as peaks: " + result.peaks());
        assertEquals(3, result.windows().size());
        for (int k = 0; k < 3; k++) {
            XrdPeak p = result.peaks().get(k);
            Line truth = LINES.get(k);
            assertEquals(truth.twoThetaDeg(), p.twoThetaDeg().value(), 4 * p.twoThetaDeg().sigma());
            assertTrue(p.twoThetaDeg().sigma() < 0.005, "2θ σ " + p.twoThetaDeg().sigma());
            double d = CU.kAlpha1Angstrom() / (2 * Math.sin(Math.toRadians(truth.twoThetaDeg() / 2)));
            assertEquals(d, p.dAngstrom().value(), 4 * p.dAngstrom().sigma());
            // pseudo-Voigt fitted to Voigt lines: areas within 3 %, widths within 3 % of the Voigt FWHM
            assertEquals(truth.area(), p.area().value(), 0.03 * truth.area());
            double voigtFwhm = voigtFwhm(truth.fwhmGaussianDeg(), truth.fwhmLorentzianDeg());
            assertEquals(voigtFwhm, p.fwhmDeg().value(), 0.03 * voigtFwhm);
            assertEquals(p.area().value() / p.height().value(), p.integralBreadthDeg().value(), 1e-9);
            assertTrue(p.integralBreadthDeg().sigma() > 0);
            int dof = result.windows().get(p.window()).fit().degreesOfFreedom();
            // χ²ν of a correct model scatters by √(2/dof) around 1: allow 3.5 of those
            assertEquals(1.0, p.windowReducedChi2(), 3.5 * Math.sqrt(2.0 / dof), "χ²ν with " + dof + " dof");
            assertEquals("eta", p.shapeParameterName());
        }
    }

    /** Olivero & Longbothum (1977) Voigt FWHM, 0.02 % accurate: an independent reference for the test. */
    private static double voigtFwhm(double g, double l) {
        return 0.5346 * l + Math.sqrt(0.2166 * l * l + g * g);
    }

    @Test
    void positionErrorsAreConsistentWithTheReportedSigma() {
        double sumZ2 = 0;
        int count = 0;
        XrdPeakFitter fitter = new XrdPeakFitter();
        for (long seed = 100; seed < 120; seed++) {
            PeakList r = fitter.fitAt(pattern(seed), CU, List.of(30.0, 60.0, 110.0));
            for (int k = 0; k < 3; k++) {
                XrdPeak p = r.peaks().get(k);
                double z = (p.twoThetaDeg().value() - LINES.get(k).twoThetaDeg()) / p.twoThetaDeg().sigma();
                sumZ2 += z * z;
                count++;
            }
        }
        double rmsZ = Math.sqrt(sumZ2 / count);
        // 60 normal deviates: RMS within [0.7, 1.35] has probability > 99.9 % when σ is right
        assertTrue(rmsZ > 0.7 && rmsZ < 1.35, "RMS of (2θ − true)/σ = " + rmsZ);
    }

    @Test
    void tchProfileRecoversGaussianAndLorentzianWidths() {
        // TCH lines, so that the only error is counting noise
        List<Line> strong = List.of(new Line(60.0, 4000, 0.10, 0.06));
        Spectrum s = SyntheticPattern.counts(SyntheticPattern.grid(57, 63, 0.01), strong, CU, 50, 5, "tch");
        PeakList r = new XrdPeakFitter(XrdPeakFitter.Options.defaults().withProfile(PeakProfile.TCH)).fit(s, CU);
        assertEquals(1, r.peaks().size(), r.peaks().toString());
        XrdPeak p = r.peaks().get(0);
        assertEquals(0.10, p.fwhmGaussianDeg().value(), 4 * p.fwhmGaussianDeg().sigma());
        assertEquals(0.06, p.fwhmLorentzianDeg().value(), 4 * p.fwhmLorentzianDeg().sigma());
        assertTrue(p.fwhmGaussianDeg().sigma() < 0.005 && p.fwhmLorentzianDeg().sigma() < 0.005);
        assertTrue(p.shapeParameter().value() > 0.2 && p.shapeParameter().value() < 0.6);
        assertTrue(p.shapeParameter().sigma() > 0 && p.shapeParameter().sigma() < 0.05);
    }

    @Test
    void overlappingPeaksShareOneWindow() {
        List<Line> pair = List.of(new Line(45.0, 3000, 0.10, 0.05), new Line(45.35, 2000, 0.10, 0.05));
        Spectrum s = SyntheticPattern.counts(SyntheticPattern.grid(43, 48, 0.01), pair, CU, 30, 8);
        PeakList r = new XrdPeakFitter().fitAt(s, CU, List.of(45.0, 45.35));
        assertEquals(1, r.windows().size());
        assertEquals(2, r.windows().get(0).peakCount());
        assertEquals(45.0, r.peaks().get(0).twoThetaDeg().value(), 4 * r.peaks().get(0).twoThetaDeg().sigma());
        assertEquals(45.35, r.peaks().get(1).twoThetaDeg().value(), 4 * r.peaks().get(1).twoThetaDeg().sigma());
    }

    @Test
    void monochromaticPatternIsFittedWithSingleLines() {
        Radiation sync = Radiation.monochromatic("sync", 0.413128);
        List<Line> one = List.of(new Line(12.0, 5000, 0.01, 0.005));
        Spectrum s = SyntheticPattern.counts(SyntheticPattern.grid(11.8, 12.2, 0.001), one, sync, 20, 3);
        PeakList r = new XrdPeakFitter().fit(s, sync);
        assertEquals(1, r.peaks().size());
        XrdPeak p = r.peaks().get(0);
        assertEquals(12.0, p.twoThetaDeg().value(), 4 * p.twoThetaDeg().sigma());
        assertEquals(5000, p.area().value(), 0.03 * 5000);
        assertEquals("pseudo-voigt", r.windows().get(0).fit().model().component("peak1").orElseThrow().shape().name());
    }

    @Test
    void pearson7AndSplitPvReportTheirShapeParameter() {
        Spectrum s = pattern(21);
        PeakList p7 = new XrdPeakFitter(XrdPeakFitter.Options.defaults().withProfile(PeakProfile.PEARSON7)
                .withRange(50, 70)).fit(s, CU);
        assertEquals(1, p7.peaks().size());
        assertEquals("m", p7.peaks().get(0).shapeParameterName());
        assertEquals(60.0, p7.peaks().get(0).twoThetaDeg().value(), 4 * p7.peaks().get(0).twoThetaDeg().sigma());
        PeakList spv = new XrdPeakFitter(XrdPeakFitter.Options.defaults().withProfile(PeakProfile.SPLIT_PV)
                .withRange(50, 70)).fit(s, CU);
        assertEquals(1, spv.peaks().size());
        assertEquals("eta", spv.peaks().get(0).shapeParameterName());
        assertEquals(60.0, spv.peaks().get(0).twoThetaDeg().value(), 4 * spv.peaks().get(0).twoThetaDeg().sigma());
    }

    @Test
    void fitFileReadsThePatternAndNeedsAWavelength(@TempDir Path tmp) throws IOException {
        Spectrum s = pattern(4);
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < s.size(); i++) {
            sb.append(s.x(i)).append(' ').append(s.y(i)).append('\n');
        }
        Path file = tmp.resolve("pattern.xy");
        Files.writeString(file, sb.toString());
        XrdPeakFitter fitter = new XrdPeakFitter(XrdPeakFitter.Options.defaults().withRange(25, 35));
        DataFormatException e = assertThrows(DataFormatException.class, () -> fitter.fitFile(file, Optional.empty()));
        assertTrue(e.getMessage().contains("pattern.xy") && e.getMessage().contains("wavelength"), e.getMessage());
        PeakList r = fitter.fitFile(file, Optional.of(CU));
        assertEquals(1, r.peaks().size());
        assertEquals(30.0, r.peaks().get(0).twoThetaDeg().value(), 4 * r.peaks().get(0).twoThetaDeg().sigma());
    }
}
