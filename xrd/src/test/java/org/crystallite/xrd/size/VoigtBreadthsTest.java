package org.crystallite.xrd.size;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.crystallite.spectrum.shape.LineShape;
import org.crystallite.spectrum.shape.LineShapes;
import org.junit.jupiter.api.Test;

class VoigtBreadthsTest {

    /** Integral breadth of an exact (Faddeeva) Voigt: area / height. */
    private static double exactBreadth(double fwhmG, double fwhmL) {
        LineShape v = LineShapes.byName("voigt");
        double[] p = {0, fwhmL, fwhmG, 1};
        return 1 / v.value(0, p);
    }

    @Test
    void totalBreadthMatchesTheExactVoigt() {
        for (double[] gl : new double[][] {{0.1, 0.0}, {0.1, 0.02}, {0.1, 0.1}, {0.02, 0.1}, {0.001, 0.3}}) {
            VoigtBreadths b = VoigtBreadths.fromFwhms(gl[0], gl[1]);
            double exact = exactBreadth(gl[0], gl[1]);
            assertEquals(exact, b.total(), 1e-6 * exact, "ΓG " + gl[0] + ", ΓL " + gl[1]);
        }
    }

    @Test
    void deKeijserSplitRecoversTheComponentsOfAVoigt() {
        // the 1982 formulas are accurate to about 1 % of β over the whole Voigt range
        for (double[] gl : new double[][] {{0.1, 0.02}, {0.1, 0.1}, {0.05, 0.1}}) {
            VoigtBreadths truth = VoigtBreadths.fromFwhms(gl[0], gl[1]);
            double breadth = exactBreadth(gl[0], gl[1]);
            double fwhm = 0.5346 * gl[1] + Math.sqrt(0.2166 * gl[1] * gl[1] + gl[0] * gl[0]);
            VoigtBreadths split = VoigtBreadths.fromFwhmAndBreadth(fwhm, breadth);
            assertEquals(truth.cauchy(), split.cauchy(), 0.015 * breadth);
            assertEquals(truth.gaussian(), split.gaussian(), 0.015 * breadth);
        }
        assertEquals(0, VoigtBreadths.fromFwhmAndBreadth(0.1, 0.1 * Math.PI / 2).gaussian(), 1e-12);
    }
}
