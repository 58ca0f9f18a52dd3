package org.crystallite.xrd.peaks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.crystallite.spectrum.Spectrum;
import org.crystallite.xrd.radiation.Radiation;
import org.junit.jupiter.api.Test;

/**
 * S/L and H/L recovered from a synthetic FCJ pattern (S/L 0.010, H/L 0.006, FWHM 0.05°). At 8° the asymmetric tail
 * (2θ − 2φ_min ≈ 0.05°) is as wide as the peak and fixes S/L; at 15° (≈ 0.027°) a shifted, broadened symmetric
 * peak fits as well (χ² flat from S/L 0.0002 to 0.008), so that peak is reported as not determining it.
 */
class AxialDivergenceFitTest {

    @Test
    void recoversTheSlitRatiosWhereTheTailIsAsWideAsThePeak() {
        Radiation mono = Radiation.monochromatic("test", 1.0);
        Spectrum s = FcjPeakFitTest.pattern(mono, 3);
        double ratio = FcjPeakFitTest.AXIAL.hOverL() / FcjPeakFitTest.AXIAL.sOverL();
        AxialDivergenceFit.Result r = AxialDivergenceFit.fit(s, mono, List.of(8.0, 15.0),
                XrdPeakFitter.Options.defaults(), ratio);
        assertEquals(1, r.perPeakSOverL().size(), r.warnings().toString());
        assertTrue(r.warnings().size() == 1 && r.warnings().get(0).contains("15.0000°"), r.warnings().toString());
        assertEquals(FcjPeakFitTest.AXIAL.sOverL(), r.axial().sOverL(), 3 * r.sOverLSigma());
        assertEquals(FcjPeakFitTest.AXIAL.hOverL(), r.axial().hOverL(), 3 * ratio * r.sOverLSigma());
        assertTrue(r.sOverLSigma() < 0.1 * FcjPeakFitTest.AXIAL.sOverL(), "σ(S/L) " + r.sOverLSigma());
        assertThrows(IllegalArgumentException.class,
                () -> AxialDivergenceFit.fit(s, mono, List.of(8.0), XrdPeakFitter.Options.defaults(), 0));
        assertThrows(IllegalArgumentException.class,
                () -> AxialDivergenceFit.fit(s, mono, List.of(15.0), XrdPeakFitter.Options.defaults(), ratio));
    }
}
