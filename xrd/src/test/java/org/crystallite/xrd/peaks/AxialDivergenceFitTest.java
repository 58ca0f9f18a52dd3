package org.crystallite.xrd.peaks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.crystallite.spectrum.AxisQuantity;
import org.crystallite.spectrum.Spectrum;
import org.crystallite.spectrum.fit.PoissonReplica;
import org.crystallite.xrd.radiation.Radiation;
import org.junit.jupiter.api.Test;

/**
 * S/L and H/L recovered from synthetic FCJ lines (S/L 0.010, H/L 0.006, FWHM 0.05°, η 0.3, 8·10⁴ counts a line) at 8°
 * and 15°. At 8° the asymmetric tail (2θ − 2φ_min ≈ 0.09°) is wider than the peak and fixes S/L; at 15° (≈ 0.05°)
 * a shifted, narrower symmetric peak fits almost as well. With symmetric lines no peak may claim an S/L: a small
 * FCJ tail is taken up by the centre and the FWHM, so χ² is flat in S/L and noise alone makes shallow minima.
 */
class AxialDivergenceFitTest {

    private static final Radiation MONO = Radiation.monochromatic("test", 1.0);
    private static final double[] BRAGG = {8, 15};

    /** Poisson counts of FCJ pseudo-Voigt lines at {@link #BRAGG} on a flat background, 5–18° in 0.005° steps. */
    private static Spectrum pattern(AxialDivergence axial, long seed) {
        FcjPseudoVoigt shape = new FcjPseudoVoigt();
        int n = (int) Math.round((18.0 - 5.0) / 0.005) + 1;
        double[] x = new double[n];
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = 5.0 + i * 0.005;
            double v = 20;
            for (double c : BRAGG) {
                if (Math.abs(x[i] - c) < 3) {
                    v += shape.value(x[i], new double[] {c, 0.05, 400, 0.3, axial.sOverL(), axial.hOverL()});
                }
            }
            y[i] = v;
        }
        return Spectrum.of(x, PoissonReplica.sample(y, seed), AxisQuantity.TWO_THETA, AxisQuantity.INTENSITY);
    }

    @Test
    void recoversTheSlitRatiosWhereTheTailIsAsWideAsThePeak() {
        AxialDivergence truth = FcjPeakFitTest.AXIAL;
        Spectrum s = pattern(truth, 3);
        double ratio = truth.hOverL() / truth.sOverL();
        AxialDivergenceFit.Result r = AxialDivergenceFit.fit(s, MONO, List.of(8.0, 15.0),
                XrdPeakFitter.Options.defaults(), ratio);
        assertEquals(List.of(8.0), r.peaksUsedDeg(), r.warnings().toString());
        assertEquals(1, r.perPeakSOverL().size());
        assertTrue(r.warnings().stream().anyMatch(w -> w.contains("15.0000°") && w.contains("not determined")),
                r.warnings().toString());
        assertTrue(r.warnings().stream().anyMatch(w -> w.contains("rests on one peak")), r.warnings().toString());
        assertEquals(truth.sOverL(), r.axial().sOverL(), 3 * r.sOverLSigma(), r.warnings().toString());
        assertEquals(truth.hOverL(), r.axial().hOverL(), 3 * ratio * r.sOverLSigma());
        assertTrue(r.sOverLSigma() < 0.1 * truth.sOverL(), "σ(S/L) " + r.sOverLSigma());
        assertThrows(IllegalArgumentException.class,
                () -> AxialDivergenceFit.fit(s, MONO, List.of(8.0), XrdPeakFitter.Options.defaults(), 0));
    }

    @Test
    void symmetricLinesDetermineNoSOverL() {
        Spectrum s = pattern(AxialDivergence.NONE, 4);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> AxialDivergenceFit.fit(s, MONO, List.of(8.0, 15.0), XrdPeakFitter.Options.defaults(), 1));
        assertTrue(e.getMessage().contains("no peak determined S/L"), e.getMessage());
    }
}
