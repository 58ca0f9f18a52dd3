package org.crystallite.spectrum.shape;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.apache.commons.math3.special.Erf;
import org.junit.jupiter.api.Test;

class VoigtTest {

    /** w(z) for z = x + iy: reference values from mpmath (30 digits), exp(-z²)·erfc(-iz). */
    private static final double[][] FADDEEVA_REFERENCE = {
        {1, 1, 0.30474420525691259, 0.20821893820283163},
        {0.5, 0.1, 0.71758774215759441, 0.40847440160301643},
        {3, 0.01, 0.0009088307067415805, 0.2011464625401964},
        {5.5, 2, 0.034227126649241346, 0.091289982917823137},
        {0, 1e-3, 0.99887262008115141, 0},
        {10, 0.5, 0.0028569536993223132, 0.056560328935308771},
        {25, 3, 0.0026758871263701768, 0.022263806885610942},
        {2, 7, 0.074028850447058249, 0.02076774539528954},
        {0.1, 20, 0.028173648761638364, 0.00014051826275430023},
    };

    @Test
    void faddeevaMatchesTabulatedValues() {
        double[] w = new double[2];
        for (double[] row : FADDEEVA_REFERENCE) {
            Faddeeva.w(row[0], row[1], w, 0);
            assertEquals(row[2], w[0], 1e-13 * Math.abs(row[2]) + 1e-16, "Re w at " + row[0] + "+" + row[1] + "i");
            assertEquals(row[3], w[1], 1e-13 * Math.abs(row[3]) + 1e-16, "Im w at " + row[0] + "+" + row[1] + "i");
            assertEquals(row[2], Faddeeva.re(row[0], row[1]), 1e-13 * Math.abs(row[2]) + 1e-16);
        }
        assertEquals(0.3047442052569126, Faddeeva.re(1, 1), 1e-15);
    }

    @Test
    void faddeevaOnRealAxisIsGaussianAndErfcxMatchesErfc() {
        for (double x = -7.5; x <= 7.5; x += 0.25) {
            assertEquals(Math.exp(-x * x), Faddeeva.re(x, 0), 1e-14);
        }
        for (double y = 0; y <= 5; y += 0.125) {
            double reference = Math.exp(y * y) * Erf.erfc(y);
            assertEquals(reference, Faddeeva.erfcx(y), 1e-13 * reference);
        }
        // asymptote erfcx(y) ~ 1/(y√π)(1 − 1/(2y²) + 3/(4y⁴)) for large y
        double y = 1e4;
        assertEquals(1 / (y * Math.sqrt(Math.PI)) * (1 - 0.5 / (y * y)), Faddeeva.erfcx(y), 1e-15 / y);
        assertThrows(IllegalArgumentException.class, () -> Faddeeva.erfcx(-1));
    }

    @Test
    void voigtTendsToLorentzianAndGaussianLimits() {
        Voigt voigt = new Voigt();
        Lorentzian lorentzian = new Lorentzian();
        Gaussian gaussian = new Gaussian();
        for (double x = -40; x <= 40; x += 0.173) {
            double lor = lorentzian.value(x, new double[] {0.3, 1.2, 5});
            assertEquals(lor, voigt.value(x, new double[] {0.3, 1.2, 1e-6, 5}), 1e-6 * lor);
            assertEquals(lor, voigt.value(x, new double[] {0.3, 1.2, 0, 5}), 1e-15 * lor);
        }
        // within ±1.5 FWHM, where the Lorentzian tail of fwhmL = 1e-9 is < 1e-7 of the Gaussian
        for (double x = 0.3 - 1.8; x <= 0.3 + 1.8; x += 0.0173) {
            double gau = gaussian.value(x, new double[] {0.3, 1.2, 5});
            assertEquals(gau, voigt.value(x, new double[] {0.3, 1e-9, 1.2, 5}), 1e-6 * gau);
            assertEquals(gau, voigt.value(x, new double[] {0.3, 0, 1.2, 5}), 1e-13 * gau);
        }
    }

    @Test
    void voigtEqualsNumericalConvolutionOfLorentzianAndGaussian() {
        Voigt voigt = new Voigt();
        double fwhmL = 0.7;
        double fwhmG = 1.3;
        for (double x : new double[] {0, 0.4, 1.1, 2.5, 6, 15}) {
            double convolution = ShapeChecks.integrate(
                    s -> ShapeMath.lorentz(x - s, fwhmL) * ShapeMath.gauss(s, fwhmG), -8 * fwhmG, 8 * fwhmG, 400);
            assertEquals(convolution, voigt.value(x, new double[] {0, fwhmL, fwhmG, 1}), 1e-10 * convolution,
                    "x=" + x);
        }
    }

    @Test
    void oliveroLongbothumWidthWithinItsStatedAccuracy() {
        Voigt voigt = new Voigt();
        for (double[] widths : new double[][] {{1, 0.01}, {1, 0.5}, {1, 1}, {0.3, 1}, {0.01, 1}}) {
            double[] p = {0, widths[0], widths[1], 1};
            double measured = ShapeChecks.measuredFwhm(x -> voigt.value(x, p), 0, 20);
            // Olivero & Longbothum (1977) quote ≈0.02 % for their formula
            assertEquals(measured, voigt.fwhm(p), 2.5e-4 * measured, "fL=" + widths[0] + " fG=" + widths[1]);
        }
    }
}
