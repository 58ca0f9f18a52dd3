package org.crystallite.spectrum.shape;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class CasaXpsShapesTest {

    @Test
    void endMembersArePureGaussianAndPureLorentzian() {
        LineShape[] mixed = {new GaussLorentzProduct(), new SumGaussLorentz()};
        Gaussian g = new Gaussian();
        Lorentzian l = new Lorentzian();
        for (LineShape shape : mixed) {
            for (double x = 280; x <= 290; x += 0.07) {
                double gv = g.value(x, new double[] {284.8, 1.1, 1000});
                double lv = l.value(x, new double[] {284.8, 1.1, 1000});
                assertEquals(gv, shape.value(x, new double[] {284.8, 1.1, 1000, 0}), 1e-12 * gv + 1e-300,
                        shape.name() + " m=0");
                assertEquals(lv, shape.value(x, new double[] {284.8, 1.1, 1000, 100}), 1e-12 * lv,
                        shape.name() + " m=100");
            }
        }
    }

    @Test
    void glFollowsTheCasaXpsProductFormulaWithTheConvertedWidth() {
        GaussLorentzProduct gl = new GaussLorentzProduct();
        for (double m : new double[] {0, 10, 30, 50, 80, 100}) {
            double fwhm = 1.3;
            double casaF = GaussLorentzProduct.casaWidth(fwhm, m);
            double[] p = {284.8, fwhm, 500, m};
            double peak = gl.value(284.8, p);
            for (double x = 281; x <= 289; x += 0.11) {
                double u = (x - 284.8) / casaF;
                double casa = Math.exp(-4 * Math.log(2) * (1 - m / 100) * u * u) / (1 + 4 * (m / 100) * u * u);
                assertEquals(casa, gl.value(x, p) / peak, 1e-12, "m=" + m + " x=" + x);
            }
            // the curve's true FWHM is the parameter; the CasaXPS F differs for 0 < m < 100
            assertEquals(0.5, GaussLorentzProduct.unitHeight(0.5 * fwhm / casaF, m), 1e-14);
        }
        assertEquals(1.3, GaussLorentzProduct.casaWidth(1.3, 0), 1e-15);
        assertEquals(1.3, GaussLorentzProduct.casaWidth(1.3, 100), 1e-15);
    }

    @Test
    void sglFollowsTheCasaXpsSumFormula() {
        SumGaussLorentz sgl = new SumGaussLorentz();
        double[] p = {710, 3.86, 63507, 30};
        double peak = sgl.value(710, p);
        for (double x = 700; x <= 720; x += 0.13) {
            double u = (x - 710) / 3.86;
            double casa = 0.7 * Math.exp(-4 * Math.log(2) * u * u) + 0.3 / (1 + 4 * u * u);
            assertEquals(casa, sgl.value(x, p) / peak, 1e-13);
            assertEquals(casa, SumGaussLorentz.unitHeight(u, 30), 1e-15);
        }
    }

    @Test
    void glAreaHoldsAtTinyAndFullLorentzianMixing() {
        GaussLorentzProduct gl = new GaussLorentzProduct();
        for (double m : new double[] {0, 1e-5, 1e-3, 0.5, 99.9, 99.999, 100}) {
            double[] p = {0, 1, 7, m};
            double integral = ShapeChecks.integrateRealLine(x -> gl.value(x, p), 0, 1, 400);
            assertEquals(7, integral, 7e-9, "m=" + m);
            double measured = ShapeChecks.measuredFwhm(x -> gl.value(x, p), 0, 20);
            assertEquals(1, measured, 1e-9, "fwhm at m=" + m);
        }
    }

    @Test
    void glMixingDerivativeIsFiniteAndCorrectNearItsEnds() {
        GaussLorentzProduct gl = new GaussLorentzProduct();
        for (double m : new double[] {1e-3, 0.05, 97, 99.5}) {
            for (double x = -4; x <= 4; x += 0.31) {
                ShapeChecks.assertGradient(gl, x, new double[] {0, 1, 3, m}, new double[] {1, 1, 3, 1e-3}, 1e-6);
            }
        }
    }

    @Test
    void mixingOutsideZeroToHundredIsRejected() {
        GaussLorentzProduct gl = new GaussLorentzProduct();
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> gl.value(0, new double[] {0, 1, 1, 120}));
        assertEquals(true, e.getMessage().contains("[0, 100]"));
    }
}
