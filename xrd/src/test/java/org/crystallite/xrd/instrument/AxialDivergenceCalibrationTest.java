package org.crystallite.xrd.instrument;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;

import org.crystallite.spectrum.AxisQuantity;
import org.crystallite.spectrum.Spectrum;
import org.crystallite.spectrum.fit.PoissonReplica;
import org.crystallite.xrd.peaks.AxialDivergence;
import org.crystallite.xrd.peaks.FcjPseudoVoigt;
import org.crystallite.xrd.peaks.XrdPeakFitter;
import org.crystallite.xrd.radiation.Radiation;
import org.junit.jupiter.api.Test;

/**
 * The axial divergence of a synthetic instrument recovered from its LaB6 pattern: FCJ pseudo-Voigt lines (S/L =
 * H/L = 0.010, FWHM 0.03°, η 0.3) at λ = 1 Å between 10° and 46°, Poisson counts.
 */
class AxialDivergenceCalibrationTest {

    private static final Radiation MONO = Radiation.monochromatic("test", 1.0);
    private static final AxialDivergence TRUE = new AxialDivergence(0.010, 0.010);
    private static final StandardPhase LAB6 = StandardPhase.parse("LaB6");

    private static Spectrum lab6Pattern(AxialDivergence axial, long seed) {
        FcjPseudoVoigt shape = new FcjPseudoVoigt();
        List<StandardPhase.Reflection> lines = LAB6.reflections(MONO.kAlpha1Angstrom(), 45);
        int n = (int) Math.round((46.0 - 10.0) / 0.004) + 1;
        double[] x = new double[n];
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = 10 + i * 0.004;
            double v = 20;
            for (StandardPhase.Reflection r : lines) {
                if (Math.abs(x[i] - r.twoThetaDeg()) < 2) {
                    v += shape.value(x[i], new double[] {r.twoThetaDeg(), 0.03, 200, 0.3, axial.sOverL(), axial.hOverL()});
                }
            }
            y[i] = v;
        }
        return Spectrum.of(x, PoissonReplica.sample(y, seed), AxisQuantity.TWO_THETA, AxisQuantity.INTENSITY);
    }

    @Test
    void recoversSOverLFromTheLowAngleLinesOfTheStandard() {
        Spectrum s = lab6Pattern(TRUE, 7);
        InstrumentCalibration cal = new InstrumentProfileFitter().fit(s, MONO, LAB6, LocalDate.of(2026, 11, 22));
        List<Double> chosen = AxialDivergenceCalibration.peaksToFit(cal);
        assertEquals(AxialDivergenceCalibration.MAX_PEAKS, chosen.size(), cal.peaks().size() + " peaks matched");
        for (int i = 1; i < chosen.size(); i++) {
            assertTrue(chosen.get(i) > chosen.get(i - 1), "lowest angles first: " + chosen);
        }
        assertEquals(LAB6.reflections(1.0, 46).get(0).twoThetaDeg(), chosen.get(0), 0.05, "starts at LaB6 100");

        AxialDivergenceCalibration.Result r = AxialDivergenceCalibration.fit(s, MONO, cal,
                XrdPeakFitter.Options.defaults(), 1);
        InstrumentAxialDivergence a = r.axial();
        assertEquals(InstrumentAxialDivergence.Source.FITTED, a.source());
        assertTrue(a.sOverLSigma() > 0 && a.sOverLSigma() < 0.1 * TRUE.sOverL(), "σ(S/L) " + a.sOverLSigma());
        assertEquals(TRUE.sOverL(), a.axial().sOverL(), 3 * a.sOverLSigma(), r.fit().warnings().toString());
        assertEquals(a.axial().sOverL(), a.axial().hOverL(), 0, "H/L held at 1 × S/L");
        assertTrue(r.fit().perPeakSOverL().size() >= 2, r.fit().warnings().toString());
        assertTrue(a.origin().contains("of 8 peaks of LaB6") && a.origin().contains("H/L = 1 × S/L"), a.origin());
    }
}
