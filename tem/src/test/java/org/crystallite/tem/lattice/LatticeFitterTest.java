package org.crystallite.tem.lattice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.crystallite.tem.io.CalibratedImage;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class LatticeFitterTest {

    /** A rectangular SrTiO3-[110]-like lattice (d 0.3905 and 0.2761 nm), rotated, in odd and non-2ⁿ sizes. */
    @ParameterizedTest
    @CsvSource({"509,383,0.3", "1000,750,-0.7", "383,509,1.2"})
    void spacingsAndAngleOfASyntheticLatticeInAnySize(int w, int h, double rotation) {
        double[] g1 = {Math.cos(rotation) / 0.3905, Math.sin(rotation) / 0.3905};
        double[] g2 = {-Math.sin(rotation) / 0.2761, Math.cos(rotation) / 0.2761};
        CalibratedImage img = SyntheticLattice.image(w, h, 0.02, SyntheticLattice.lattice(g1, g2, 2), 5, 42);
        LatticeFit fit = new LatticeAnalyzer().measure(img).lattice();

        assertEquals(0.3905, fit.d1Nm(), 0.002 * 0.3905);
        assertEquals(0.2761, fit.d2Nm(), 0.002 * 0.2761);
        assertEquals(90, fit.gammaDeg(), 0.1);
        assertEquals(12, fit.reflections().size());
        assertEquals(0, fit.unindexed());
        assertTrue(fit.d1SigmaNm() > 0 && fit.d1SigmaNm() < 0.001, "σ(d1) " + fit.d1SigmaNm());
        assertTrue(fit.gammaSigmaDeg() > 0 && fit.gammaSigmaDeg() < 0.1, "σ(γ) " + fit.gammaSigmaDeg());
    }

    @Test
    void hexagonalLatticeGivesSixtyDegreesAndEqualSpacings() {
        double d = 0.2131; // graphite (100)
        double[] g1 = {1 / d, 0};
        double[] g2 = {Math.cos(Math.PI / 3) / d, -Math.sin(Math.PI / 3) / d};
        CalibratedImage img = SyntheticLattice.image(640, 480, 0.015, SyntheticLattice.lattice(g1, g2, 1), 4, 8);
        LatticeFit fit = new LatticeAnalyzer().measure(img).lattice();
        assertEquals(d, fit.d1Nm(), 0.002 * d);
        assertEquals(d, fit.d2Nm(), 0.002 * d);
        assertEquals(60, fit.gammaDeg(), 0.1);
    }

    @Test
    void superlatticeNoiseDoesNotMakeTheFitPickAFinerLattice() {
        // Strong fundamental lattice plus a weak spot at g1/3: the coarse lattice explains most of the signal.
        double[] g1 = {2.5, 0};
        double[] g2 = {0, 2.5};
        double[][] fundamental = SyntheticLattice.lattice(g1, g2, 2);
        double[][] waves = java.util.Arrays.copyOf(fundamental, fundamental.length + 1);
        waves[fundamental.length] = new double[] {2.5 / 3, 0, 0.4};
        CalibratedImage img = SyntheticLattice.image(512, 512, 0.02, waves, 1, 4);
        LatticeFit fit = new LatticeAnalyzer().measure(img).lattice();
        assertEquals(0.4, fit.d1Nm(), 0.002 * 0.4);
        assertEquals(0.4, fit.d2Nm(), 0.002 * 0.4);
        assertEquals(1, fit.unindexed());
    }

    @Test
    void lagrangeReductionFindsTheShortestBasis() {
        double[][] b = LatticeFitter.reduce(new double[] {1, 0}, new double[] {3.2, 1});
        assertEquals(1, Math.hypot(b[0][0], b[0][1]), 1e-12);
        assertEquals(Math.hypot(0.2, 1), Math.hypot(b[1][0], b[1][1]), 1e-12);
        assertTrue(LatticeFitter.dot(b[0], b[1]) >= 0);
    }
}
