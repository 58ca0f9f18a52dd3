package org.crystallite.spectrum.shape;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ThompsonCoxHastingsTest {

    @Test
    void equalsPseudoVoigtWithTheTchWidthAndEta() {
        ThompsonCoxHastings tch = new ThompsonCoxHastings();
        PseudoVoigt pv = new PseudoVoigt();
        double fwhmG = 0.8;
        double fwhmL = 0.45;
        double total = ThompsonCoxHastings.totalFwhm(fwhmG, fwhmL);
        double eta = ThompsonCoxHastings.eta(fwhmG, fwhmL);
        for (double x = 27; x <= 33; x += 0.05) {
            double expected = pv.value(x, new double[] {30, total, 12, eta});
            assertEquals(expected, tch.value(x, new double[] {30, fwhmG, fwhmL, 12}), 1e-14 * expected);
        }
    }

    @Test
    void polynomialLimitsArePureGaussianAndPureLorentzian() {
        assertEquals(1.0, ThompsonCoxHastings.totalFwhm(1.0, 0), 1e-15);
        assertEquals(0.0, ThompsonCoxHastings.eta(1.0, 0), 1e-15);
        assertEquals(2.0, ThompsonCoxHastings.totalFwhm(0, 2.0), 1e-15);
        // 1.36603 − 0.47719 + 0.11116 = 1
        assertEquals(1.0, ThompsonCoxHastings.eta(0, 2.0), 1e-12);
    }

    @Test
    void totalWidthApproximatesTheExactVoigtWidth() {
        Voigt voigt = new Voigt();
        // {fwhmG, fwhmL, exact Voigt FWHM from scipy.special.voigt_profile + brentq}
        double[][] reference = {{1, 0.2, 1.110997386796133}, {1, 0.5, 1.29377598818062},
            {1, 1, 1.6375953596274815}, {1, 5, 5.206627754358225}};
        for (double[] r : reference) {
            double[] p = {0, r[1], r[0], 1};
            double exact = ShapeChecks.measuredFwhm(x -> voigt.value(x, p), 0, 30);
            assertEquals(r[2], exact, 1e-9 * r[2], "exact Voigt FWHM");
            // TCH's Γ is the width of the pseudo-Voigt that best fits the Voigt, not its exact FWHM:
            // measured deviation is −0.08 … −0.42 % over ΓL/ΓG = 0.1 … 5 (largest near 0.5)
            assertEquals(exact, ThompsonCoxHastings.totalFwhm(r[0], r[1]), 5e-3 * exact);
        }
    }
}
