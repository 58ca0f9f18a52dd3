package org.crystallite.xrd.lattice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;

import org.crystallite.spectrum.AxisQuantity;
import org.crystallite.spectrum.Spectrum;
import org.crystallite.xrd.peaks.PeakWindow;
import org.crystallite.xrd.peaks.XrdPeak;
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
        // every peak points at its own window of the combined list
        for (XrdPeak p : res.peaks().peaks()) {
            PeakWindow w = res.peaks().windows().get(p.window());
            assertTrue(w.minDeg() < p.twoThetaDeg().value() && p.twoThetaDeg().value() < w.maxDeg(),
                    p.twoThetaDeg() + " in window " + p.window() + " " + w.minDeg() + "–" + w.maxDeg());
        }
    }

    /** A second phase's line 0.06° from every reflection: fitted jointly, the cell is still recovered. */
    @Test
    void otherPhaseLinesAreFittedJointly() throws Exception {
        UnitCell truth = UnitCell.cubic(5.43102);
        List<Double> own = PatternCellRefinement.reflectionPositions(truth, CrystalSystem.CUBIC,
                ReflectionConditions.of(Centring.F), LAMBDA, 40);
        List<Double> other = own.stream().map(x -> x + 0.06).toList();
        Spectrum s = withLines(pattern(truth, 0, 9), other);
        PatternCellRefinement.Settings set = PatternCellRefinement.Settings.of(CrystalSystem.CUBIC,
                UnitCell.cubic(5.432), ReflectionConditions.forSpaceGroup("Fm-3m"), ShiftModel.NONE)
                .withRange(8, 38).withIsolation(0.2);
        Radiation r = Radiation.monochromatic("sync", LAMBDA);
        LatticeFit joint = PatternCellRefinement.run(s, r, set.withOtherPhases(other)).fit();
        assertTrue(joint.peaksUsed() >= 10, "peaks " + joint.peaksUsed());
        assertEquals(truth.a(), joint.cell().a(), 2e-5 * truth.a());
        for (PeakResidual p : joint.peaks()) {
            assertTrue(Math.abs(p.residualDeg()) < 0.01, p.toString());
        }
    }

    private static Spectrum withLines(Spectrum s, List<Double> lines) {
        double[] x = s.x();
        double[] y = s.y();
        double sigma = 0.03 / 2.3548;
        for (int i = 0; i < x.length; i++) {
            for (double p : lines) {
                double t = (x[i] - p) / sigma;
                y[i] += 3000 * Math.exp(-0.5 * t * t);
            }
        }
        return Spectrum.of(x, y, null, AxisQuantity.TWO_THETA, AxisQuantity.INTENSITY);
    }
}
