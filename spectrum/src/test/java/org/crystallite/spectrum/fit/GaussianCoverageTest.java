package org.crystallite.spectrum.fit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.crystallite.spectrum.AxisQuantity;
import org.crystallite.spectrum.Spectrum;
import org.crystallite.spectrum.model.Component;
import org.crystallite.spectrum.model.Model;
import org.crystallite.spectrum.model.Parameter;
import org.crystallite.spectrum.shape.LineShape;
import org.crystallite.spectrum.shape.LineShapes;
import org.junit.jupiter.api.Test;

/**
 * The reported σ must mean what it says: over 1000 seeded Poisson replicas of a Gaussian peak on
 * a constant background, the truth lies within ±1σ of the estimate in about 68.3 % of fits
 * (binomial standard deviation 1.5 %; the test allows three of them).
 *
 * <p>The background is 1000 counts per point on purpose: Poisson weights taken from the observed
 * counts (Neyman's χ², fityk's default) bias a fitted level low by about one count, which at 50
 * counts per point is larger than the background's σ and would spoil its coverage (measured
 * here: 30 %). At 1000 counts the bias is a tenth of σ.
 */
class GaussianCoverageTest {

    private static final double CENTER = 30.0;
    private static final double FWHM = 0.4;
    private static final double AREA = 2000;
    private static final double BASE = 1000;

    @Test
    void oneSigmaCoversTheTruthAboutTwoThirdsOfTheTime() throws FitException {
        LineShape gaussian = LineShapes.byName("gaussian");
        LineShape constant = org.crystallite.spectrum.background.Backgrounds.fitByName("constant", 0, 28, 32);
        int n = 161;
        double[] x = new double[n];
        double[] mean = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = 28 + i * 0.025;
            mean[i] = BASE + gaussian.value(x[i], new double[] {CENTER, FWHM, AREA});
        }
        Fitter fitter = new Fitter();
        int runs = 1000;
        int[] covered = new int[4];
        for (int k = 0; k < runs; k++) {
            double[] y = PoissonReplica.sample(mean, 20_000 + k);
            Spectrum data = Spectrum.of(x, y, AxisQuantity.TWO_THETA, AxisQuantity.INTENSITY);
            Model model = Model.of(List.of(
                    new Component("peak", gaussian, List.of(Parameter.free("center", 29.95, -1e9, 1e9),
                            Parameter.free("fwhm", 0.5, 0, 10), Parameter.free("area", 1500, 0, 1e9))),
                    new Component("bg", constant, List.of(Parameter.free("c0", 900, -1e9, 1e9)))));
            FitResult r = fitter.fit(data, model);
            ComponentResult peak = r.component("peak").orElseThrow();
            covered[0] += within(peak, "center", CENTER);
            covered[1] += within(peak, "fwhm", FWHM);
            covered[2] += within(peak, "area", AREA);
            covered[3] += within(r.component("bg").orElseThrow(), "c0", BASE);
        }
        for (int c : covered) {
            assertEquals(0.683, c / (double) runs, 0.045, "coverage fractions " + java.util.Arrays.toString(covered));
        }
    }

    private static int within(ComponentResult c, String parameter, double truth) {
        return Math.abs(c.value(parameter) - truth) <= c.sigma(parameter) ? 1 : 0;
    }
}
