package org.crystallite.spectrum.background;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.crystallite.spectrum.AxisQuantity;
import org.junit.jupiter.api.Test;

class TougaardBackgroundTest {

    private static final double PEAK_BE = 10;
    private static final double PEAK_SIGMA = 0.3;
    private static final double PEAK_AREA = 1000;
    private static final double B = 2866;

    /** Binding energy 0 … 100 eV in 0.05 eV steps. */
    private static double[] bindingEnergy() {
        double[] x = new double[2001];
        for (int i = 0; i < x.length; i++) {
            x[i] = 0.05 * i;
        }
        return x;
    }

    private static double peak(double be) {
        double u = (be - PEAK_BE) / PEAK_SIGMA;
        return PEAK_AREA / (PEAK_SIGMA * Math.sqrt(2 * Math.PI)) * Math.exp(-0.5 * u * u);
    }

    @Test
    void narrowPeakGivesTheCrossSectionTimesItsArea() {
        // Far from a narrow peak the loss integral is B·A·K(E − E_peak) (Tougaard 1988, eq. 1).
        double[] x = bindingEnergy();
        double offset = 100;
        double[] y = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            y[i] = offset + peak(x[i]);
        }
        TougaardCrossSection k = TougaardCrossSection.u2();
        double[] bg = TougaardBackground.withB(k, B, 5, AxisQuantity.BINDING_ENERGY).compute(x, y);
        for (int i = 0; i < x.length; i++) {
            if (x[i] >= PEAK_BE + 2) {
                double expected = offset + B * PEAK_AREA * k.perUnitB(x[i] - PEAK_BE);
                assertEquals(expected - offset, bg[i] - offset, 1e-3 * (expected - offset), "at BE " + x[i]);
            } else if (x[i] < PEAK_BE - 3) {
                assertEquals(offset, bg[i], 1e-9, "below the peak the background is the low-BE level");
            }
        }
    }

    @Test
    void kineticEnergyAxisMirrorsTheBindingEnergyResult() {
        double[] x = bindingEnergy();
        int n = x.length;
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            y[i] = 50 + peak(x[i]) + 0.3 * peak(x[i] - 7);
        }
        double[] ke = new double[n];
        double[] yKe = new double[n];
        for (int i = 0; i < n; i++) {
            ke[i] = 1486.61 - x[n - 1 - i];
            yKe[i] = y[n - 1 - i];
        }
        TougaardCrossSection k = TougaardCrossSection.u3(551, 436, 3);
        double[] be = TougaardBackground.withB(k, 300, 5, AxisQuantity.BINDING_ENERGY).compute(x, y);
        double[] fromKe = TougaardBackground.withB(k, 300, 5, AxisQuantity.KINETIC_ENERGY).compute(ke, yKe);
        for (int i = 0; i < n; i++) {
            assertEquals(be[i], fromKe[n - 1 - i], 1e-6 * Math.abs(be[i]), "at BE " + x[i]);
        }
        assertTrue(be[500] > be[0] + 10, "the background rises above the peaks toward high binding energy");
    }

    @Test
    void thresholdRemovesLossesBelowT0() {
        double[] x = bindingEnergy();
        double[] y = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            y[i] = peak(x[i]);
        }
        TougaardCrossSection gap = TougaardCrossSection.u3(551, 436, 5);
        double[] bg = TougaardBackground.withB(gap, 400, 5, AxisQuantity.BINDING_ENERGY).compute(x, y);
        // 2 eV above the peak only points more than 5 eV lower (peak tail below 1e-20) count.
        assertEquals(0, bg[(int) Math.round((PEAK_BE + 2) / 0.05)], 1e-9);
        assertTrue(bg[(int) Math.round((PEAK_BE + 5) / 0.05)] > 0);
        double at8 = bg[(int) Math.round((PEAK_BE + 8) / 0.05)];
        assertEquals(400 * PEAK_AREA * gap.perUnitB(8), at8, 1e-3 * at8);
    }

    @Test
    void subtractingTheFittedBackgroundRecoversThePrimarySpectrum() {
        // Build a measured spectrum from a primary peak F by the forward loss model
        // J(E) = F(E) + B·Σ K(E − E')·J(E')·ΔE', solved point by point from the low-BE end;
        // the fitted background must then give back F and B.
        double[] x = bindingEnergy();
        int n = x.length;
        TougaardCrossSection k = TougaardCrossSection.u2();
        double h = 0.05;
        double[] j = new double[n];
        for (int i = 0; i < n; i++) {
            double sum = 0;
            for (int m = 0; m < i; m++) {
                sum += k.perUnitB(x[i] - x[m]) * j[m] * h;
            }
            j[i] = peak(x[i]) + B * sum;
        }
        TougaardBackground.Solution s = TougaardBackground.fittedB(k, 1, AxisQuantity.BINDING_ENERGY).solve(x, j);
        assertEquals(B, s.b(), 1e-6 * B);
        for (int i = 0; i < n; i++) {
            assertEquals(peak(x[i]), j[i] - s.background()[i], 1e-6 * PEAK_AREA, "at BE " + x[i]);
        }
    }

    @Test
    void fittedBMeetsTheAveragedHighBindingEnergyEnd() {
        double[] x = bindingEnergy();
        int n = x.length;
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            y[i] = 20 + peak(x[i]) + (x[i] > 12 ? 15 : 0);
        }
        TougaardBackground fitted = TougaardBackground.fittedB(TougaardCrossSection.u2(), 5,
                AxisQuantity.BINDING_ENERGY);
        TougaardBackground.Solution s = fitted.solve(x, y);
        assertEquals(35, s.background()[n - 1], 1e-9);
        assertEquals(20, s.background()[0], 1e-9);
        double[] again = TougaardBackground.withB(TougaardCrossSection.u2(), s.b(), 5, AxisQuantity.BINDING_ENERGY)
                .compute(x, y);
        assertEquals(s.background()[n / 2], again[n / 2], 1e-9);
    }

    @Test
    void nonUniformGridAgreesWithUniformGrid() {
        // Irregular spacing takes the pairwise path; on a nearly uniform grid it must agree
        // with the tabulated path to the size of the perturbation.
        double[] x = bindingEnergy();
        double[] jittered = x.clone();
        for (int i = 1; i < x.length - 1; i++) {
            jittered[i] += (i % 2 == 0 ? 1e-5 : -1e-5);
        }
        double[] y = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            y[i] = 10 + peak(x[i]);
        }
        TougaardBackground t = TougaardBackground.withB(TougaardCrossSection.u2(), B, 3, AxisQuantity.BINDING_ENERGY);
        double[] a = t.compute(x, y);
        double[] b = t.compute(jittered, y);
        for (int i = 0; i < x.length; i++) {
            assertEquals(a[i], b[i], 1e-3 * Math.abs(a[i] - 10) + 1e-9, "at " + x[i]);
        }
    }

    @Test
    void fittingBFailsClearlyWithoutSignal() {
        double[] x = {0, 1, 2, 3, 4, 5};
        double[] y = {10, 10, 10, 10, 10, 10};
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> TougaardBackground.fittedB(TougaardCrossSection.u2(), 1, AxisQuantity.BINDING_ENERGY)
                        .compute(x, y));
        assertTrue(e.getMessage().contains("cannot fit B"), e.getMessage());
    }

    @Test
    void rejectsBadParameters() {
        assertThrows(IllegalArgumentException.class, () -> new TougaardCrossSection(TougaardCrossSection.Form.U2,
                1643, 436, 0));
        assertThrows(IllegalArgumentException.class, () -> TougaardCrossSection.u3(551, 0, 0));
        assertThrows(IllegalArgumentException.class, () -> TougaardCrossSection.u3(-1, 436, 0));
        assertThrows(IllegalArgumentException.class, () -> TougaardCrossSection.u3(551, 436, -1));
        assertThrows(IllegalArgumentException.class, () -> TougaardBackground.withB(TougaardCrossSection.u2(), B, 5,
                AxisQuantity.TWO_THETA));
        assertThrows(IllegalArgumentException.class, () -> TougaardBackground.withB(TougaardCrossSection.u2(),
                Double.NaN, 5, AxisQuantity.BINDING_ENERGY));
    }

    @Test
    void crossSectionFormulas() {
        assertEquals(20 / Math.pow(1643 + 400, 2), TougaardCrossSection.u2().perUnitB(20), 1e-20);
        assertEquals(20 / (Math.pow(551 - 400, 2) + 436 * 400), TougaardCrossSection.u3().perUnitB(20), 1e-20);
        assertEquals(0, TougaardCrossSection.u3(551, 436, 3).perUnitB(2.9));
        assertTrue(TougaardCrossSection.u3(551, 436, 3).perUnitB(3) > 0);
    }
}
