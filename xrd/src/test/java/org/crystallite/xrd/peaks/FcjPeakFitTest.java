package org.crystallite.xrd.peaks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.crystallite.spectrum.AxisQuantity;
import org.crystallite.spectrum.Spectrum;
import org.crystallite.spectrum.fit.PoissonReplica;
import org.crystallite.spectrum.shape.LineShape;
import org.crystallite.xrd.radiation.Radiation;
import org.crystallite.xrd.radiation.Wavelengths;
import org.junit.jupiter.api.Test;

/**
 * Peaks made asymmetric by axial divergence (FCJ, known S/L and H/L): the fcj-pv fit returns the Bragg positions
 * within their σ, where a symmetric pseudo-Voigt is pulled towards the tail (low angle below 90°, high above).
 */
class FcjPeakFitTest {

    static final AxialDivergence AXIAL = new AxialDivergence(0.010, 0.006);
    private static final double FWHM = 0.05;
    private static final double ETA = 0.3;
    private static final double[] BRAGG = {8, 15, 30, 60, 120, 150};

    /** Poisson counts of FCJ pseudo-Voigt lines (one per Bragg angle, ~10⁴ counts each) on a flat background. */
    static Spectrum pattern(Radiation radiation, long seed) {
        return replica(expected(radiation), seed);
    }

    /** The x grid and noise-free counts of {@link #pattern}: computed once, they serve several seeds. */
    private static Spectrum expected(Radiation radiation) {
        LineShape shape = KAlphaDoublet.forRadiation(new FcjPseudoVoigt(), radiation);
        int n = (int) Math.round((155.0 - 5.0) / 0.005) + 1;
        double[] x = new double[n];
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = 5.0 + i * 0.005;
            double v = 20;
            for (double c : BRAGG) {
                if (Math.abs(x[i] - c) < 3) {
                    v += shape.value(x[i], new double[] {c, FWHM, 50, ETA, AXIAL.sOverL(), AXIAL.hOverL()});
                }
            }
            y[i] = v;
        }
        return Spectrum.of(x, y, AxisQuantity.TWO_THETA, AxisQuantity.INTENSITY);
    }

    /** Poisson counts about the expected counts, reproducible from the seed. */
    private static Spectrum replica(Spectrum expected, long seed) {
        return Spectrum.of(expected.x(), PoissonReplica.sample(expected.y(), seed), AxisQuantity.TWO_THETA,
                AxisQuantity.INTENSITY);
    }

    private static List<Double> starts() {
        List<Double> s = new ArrayList<>();
        for (double c : BRAGG) {
            s.add(c);
        }
        return s;
    }

    @Test
    void fcjFitReturnsBraggPositionsWhereSymmetricPseudoVoigtIsBiased() {
        Radiation mono = Radiation.monochromatic("test", 1.0);
        double sumZ2 = 0;
        int count = 0;
        Spectrum expected = expected(mono);
        for (long seed = 1; seed <= 4; seed++) {
            Spectrum s = replica(expected, seed);
            XrdPeakFitter.Options base = XrdPeakFitter.Options.defaults();
            PeakList fcj = new XrdPeakFitter(base.withProfile(PeakProfile.FCJ_PV).withAxialDivergence(AXIAL))
                    .fitAt(s, mono, starts());
            PeakList pv = new XrdPeakFitter(base).fitAt(s, mono, starts());
            assertEquals(BRAGG.length, fcj.peaks().size());
            assertEquals(BRAGG.length, pv.peaks().size());
            for (int k = 0; k < BRAGG.length; k++) {
                XrdPeak p = fcj.peaks().get(k);
                double z = (p.twoThetaDeg().value() - BRAGG[k]) / p.twoThetaDeg().sigma();
                sumZ2 += z * z;
                count++;
                assertTrue(Math.abs(z) < 4, "fcj-pv at " + BRAGG[k] + "°: " + p.twoThetaDeg());
                assertEquals(ETA, p.shapeParameter().value(), 0.1, "eta at " + BRAGG[k]);
                assertEquals(50, p.area().value(), 4 * p.area().sigma(), "area at " + BRAGG[k]);
                XrdPeak q = pv.peaks().get(k);
                double bias = (q.twoThetaDeg().value() - BRAGG[k]) / q.twoThetaDeg().sigma();
                if (BRAGG[k] <= 15) {
                    assertTrue(bias < -5, "pseudo-Voigt at " + BRAGG[k] + "° should sit low: " + q.twoThetaDeg());
                } else if (BRAGG[k] >= 150) {
                    assertTrue(bias > 5, "pseudo-Voigt at " + BRAGG[k] + "° should sit high: " + q.twoThetaDeg());
                }
            }
        }
        // the reported σ are honest: mean z² near 1 (24 positions; 2.2 is the 99.9 % point of χ²₂₄/24)
        assertTrue(sumZ2 / count < 2.2, "mean z² " + sumZ2 / count);
    }

    @Test
    void fcjDoubletPlacesKAlpha2AtItsOwnBraggAngle() {
        Radiation cu = Wavelengths.anode("Cu").orElseThrow();
        Spectrum s = pattern(cu, 7);
        PeakList fcj = new XrdPeakFitter(XrdPeakFitter.Options.defaults().withProfile(PeakProfile.FCJ_PV)
                .withAxialDivergence(AXIAL)).fitAt(s, cu, starts());
        for (int k = 0; k < BRAGG.length; k++) {
            XrdPeak p = fcj.peaks().get(k);
            assertEquals(BRAGG[k], p.twoThetaDeg().value(), 4 * p.twoThetaDeg().sigma(), "Cu doublet at " + BRAGG[k]);
        }
    }
}
