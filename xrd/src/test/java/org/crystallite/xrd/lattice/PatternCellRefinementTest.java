package org.crystallite.xrd.lattice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;

import org.crystallite.spectrum.AxisQuantity;
import org.crystallite.spectrum.Spectrum;
import org.crystallite.xrd.radiation.Radiation;
import org.junit.jupiter.api.Test;

class PatternCellRefinementTest {

    private static final double LAMBDA = 0.6;

    /** Gaussian peaks (FWHM 0.03°) of a cubic F cell with a zero offset on a flat background, Poisson noise. */
    private static Spectrum pattern(UnitCell cell, double zeroDeg, long seed) {
        Random rnd = new Random(seed);
        List<Double> positions = PatternCellRefinement.reflectionPositions(cell, CrystalSystem.CUBIC,
                ReflectionConditions.of(Centring.F), LAMBDA, 40);
        int n = 7001;
        double[] x = new double[n];
        double[] y = new double[n];
        double sigma = 0.03 / 2.3548;
        for (int i = 0; i < n; i++) {
            x[i] = 5 + i * 0.005;
            double v = 100;
            for (double p : positions) {
                double t = (x[i] - p - zeroDeg) / sigma;
                v += 5000 * Math.exp(-0.5 * t * t);
            }
            y[i] = Math.max(0, v + Math.sqrt(v) * rnd.nextGaussian());
        }
        return Spectrum.of(x, y, null, AxisQuantity.TWO_THETA, AxisQuantity.INTENSITY);
    }

    @Test
    void refinesACellFromASyntheticMonochromaticPattern() throws Exception {
        UnitCell truth = UnitCell.cubic(5.43102);
        Spectrum s = pattern(truth, 0.01, 5);
        PatternCellRefinement.Settings set = PatternCellRefinement.Settings.of(CrystalSystem.CUBIC,
                UnitCell.cubic(5.432), ReflectionConditions.forSpaceGroup("Fm-3m"), ShiftModel.parse("zero"))
                .withRange(8, 38);
        PatternCellRefinement.Result res = PatternCellRefinement.run(s, Radiation.monochromatic("sync", LAMBDA), set);
        LatticeFit fit = res.fit();
        assertTrue(fit.peaksUsed() >= 10, "peaks " + fit.peaksUsed());
        assertEquals(truth.a(), fit.cell().a(), 4 * fit.cellSigma()[0]);
        assertEquals(truth.a(), fit.cell().a(), 2e-5 * truth.a());
        assertEquals(0.01, fit.shiftValue(ShiftTerm.ZERO), 4 * fit.shiftSigma(ShiftTerm.ZERO));
    }

    @Test
    void otherPhaseReflectionsAreAvoided() {
        UnitCell cell = UnitCell.cubic(5.43102);
        Spectrum s = pattern(cell, 0, 1);
        PatternCellRefinement.Settings set = PatternCellRefinement.Settings.of(CrystalSystem.CUBIC, cell,
                ReflectionConditions.of(Centring.F), ShiftModel.NONE).withRange(8, 38).withIsolation(0.2);
        Radiation r = Radiation.monochromatic("sync", LAMBDA);
        List<Double> all = PatternCellRefinement.isolatedPositions(s, r, set);
        double first = all.get(0);
        List<Double> avoiding = PatternCellRefinement.isolatedPositions(s, r, set.withOtherPhases(List.of(first + 0.1)));
        assertEquals(all.size() - 1, avoiding.size());
        assertFalse(avoiding.contains(first));
    }
}
