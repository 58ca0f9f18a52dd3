package org.crystallite.spectrum.shape;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * For every analytically normalised peak shape, over seeded random parameter sets: the integral
 * over the whole real line equals area (1e-9 relative), the analytic gradient matches Richardson
 * finite differences (1e-6 relative), and the measured FWHM equals the shape's fwhm(p).
 */
class PeakShapeContractTest {

    private static final int SETS = 12;

    /** A shape with a random parameter set and the per-parameter step scale for finite differences. */
    private record Case(LineShape shape, double[] p, double[] stepScale, double widthScale) {
    }

    private static List<Case> cases(long seed) {
        Random rnd = new Random(seed);
        List<Case> cases = new ArrayList<>();
        for (int i = 0; i < SETS; i++) {
            double c = -5 + 10 * rnd.nextDouble();
            double w = 0.3 + 2.7 * rnd.nextDouble();
            double w2 = 0.3 + 2.7 * rnd.nextDouble();
            double area = 0.5 + 1000 * rnd.nextDouble();
            double eta = rnd.nextDouble();
            cases.add(new Case(new Gaussian(), new double[] {c, w, area}, new double[] {w, w, area}, w));
            cases.add(new Case(new Lorentzian(), new double[] {c, w, area}, new double[] {w, w, area}, w));
            cases.add(new Case(new PseudoVoigt(), new double[] {c, w, area, eta},
                    new double[] {w, w, area, 0.1}, w));
            cases.add(new Case(new Voigt(), new double[] {c, w, w2, area}, new double[] {w, w, w2, area},
                    Voigt.totalFwhm(w, w2)));
            cases.add(new Case(new ThompsonCoxHastings(), new double[] {c, w2, w, area},
                    new double[] {w, w2, w, area}, w + w2));
            double m7 = 1 + 19 * rnd.nextDouble();
            cases.add(new Case(new PearsonVII(), new double[] {c, w, area, m7}, new double[] {w, w, area, 0.1},
                    w));
            cases.add(new Case(new SplitPseudoVoigt(), new double[] {c, w, w2, area, eta},
                    new double[] {Math.min(w, w2), w, w2, area, 0.1}, Math.min(w, w2)));
            double mix = 1 + 98 * rnd.nextDouble();
            cases.add(new Case(new SumGaussLorentz(), new double[] {c, w, area, mix},
                    new double[] {w, w, area, 1}, w));
            cases.add(new Case(new GaussLorentzProduct(), new double[] {c, w, area, mix},
                    new double[] {w, w, area, 1}, w));
        }
        return cases;
    }

    @Test
    void integralOverRealLineEqualsArea() {
        for (Case k : cases(11)) {
            double[] p = k.p();
            int areaIndex = k.shape().indexOf("area");
            double integral = ShapeChecks.integrateRealLine(x -> k.shape().value(x, p),
                    p[k.shape().indexOf("center")], k.widthScale(), 400);
            assertEquals(p[areaIndex], integral, 1e-9 * p[areaIndex], () -> k.shape().name() + " "
                    + java.util.Arrays.toString(p));
        }
    }

    @Test
    void analyticGradientMatchesFiniteDifferences() {
        for (Case k : cases(12)) {
            double c = k.p()[0];
            for (double t = -6; t <= 6; t += 0.37) {
                ShapeChecks.assertGradient(k.shape(), c + t * k.widthScale(), k.p(), k.stepScale(), 1e-6);
            }
        }
    }

    @Test
    void measuredFwhmEqualsShapeFwhm() {
        for (Case k : cases(13)) {
            if (k.shape() instanceof Voigt) {
                continue; // approximate total width: VoigtTest checks it with its own tolerance
            }
            double[] p = k.p();
            double xMax = ShapeChecks.argMax(x -> k.shape().value(x, p), p[0] - 3 * k.widthScale(),
                    p[0] + 3 * k.widthScale());
            double measured = ShapeChecks.measuredFwhm(x -> k.shape().value(x, p), xMax, 20 * k.widthScale());
            assertEquals(k.shape().fwhm(p), measured, 1e-9 * measured, () -> k.shape().name() + " "
                    + java.util.Arrays.toString(p));
        }
    }
}
