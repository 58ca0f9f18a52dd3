package org.crystallite.spectrum.fit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import org.crystallite.spectrum.AxisQuantity;
import org.crystallite.spectrum.Spectrum;
import org.crystallite.spectrum.model.Component;
import org.crystallite.spectrum.model.Model;
import org.crystallite.spectrum.model.Parameter;
import org.crystallite.spectrum.model.Tie;
import org.junit.jupiter.api.Test;

/** The engine on a two-parameter test function: exact recovery, ties, bounds, statistics. */
class FitterEngineTest {

    private static final ExponentialDecay DECAY = new ExponentialDecay();

    private static Spectrum decayData(double amplitude, double rate, double noise, long seed) {
        Random rnd = new Random(seed);
        int n = 200;
        double[] x = new double[n];
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = i * 0.025;
            y[i] = amplitude * Math.exp(-rate * x[i]) + noise * rnd.nextGaussian();
        }
        return Spectrum.of(x, y, AxisQuantity.ARBITRARY, AxisQuantity.INTENSITY);
    }

    private static Component decay(String name, Parameter amplitude, Parameter rate) {
        return new Component(name, DECAY, List.of(amplitude, rate));
    }

    @Test
    void recoversNoiseFreeParametersExactly() throws FitException {
        Spectrum data = decayData(50, 1.3, 0, 1);
        Model model = Model.of(List.of(decay("d", Parameter.free("amplitude", 20, 0, 1e9),
                Parameter.free("rate", 0.5, -10, 10))));
        FitResult r = new Fitter(FitOptions.defaults().withWeighting(Weighting.NONE)).fit(data, model);
        assertTrue(r.converged());
        assertEquals(50, r.components().get(0).value("amplitude"), 1e-8);
        assertEquals(1.3, r.components().get(0).value("rate"), 1e-10);
        assertEquals(0, r.chi2(), 1e-12);
    }

    @Test
    void sigmaMatchesTheScatterOfRepeatedFits() throws FitException {
        // σ from the scaled covariance must agree with the spread of estimates over seeded noise.
        Fitter fitter = new Fitter(FitOptions.defaults().withWeighting(Weighting.NONE));
        int runs = 300;
        double sum = 0;
        double sumSq = 0;
        double meanSigma = 0;
        for (int k = 0; k < runs; k++) {
            Spectrum data = decayData(50, 1.3, 0.5, 1000 + k);
            FitResult r = fitter.fit(data, Model.of(List.of(decay("d", Parameter.free("amplitude", 40, 0, 1e9),
                    Parameter.free("rate", 1, -10, 10)))));
            double rate = r.components().get(0).value("rate");
            sum += rate;
            sumSq += rate * rate;
            meanSigma += r.components().get(0).sigma("rate") / runs;
        }
        double sd = Math.sqrt(sumSq / runs - (sum / runs) * (sum / runs));
        assertEquals(sd, meanSigma, 0.1 * sd);
    }

    @Test
    void linearTieHoldsExactlyAndCarriesSigma() throws FitException {
        // Two decays sharing one rate; the second amplitude is tied to half the first.
        int n = 150;
        double[] x = new double[n];
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = i * 0.02;
            y[i] = 30 * Math.exp(-2 * x[i]) + 15 * Math.exp(-2 * x[i] - 0.1);
        }
        Spectrum data = Spectrum.of(x, y, AxisQuantity.ARBITRARY, AxisQuantity.INTENSITY);
        Model model = Model.of(List.of(
                decay("a", Parameter.free("amplitude", 10, 0, 1e9), Parameter.free("rate", 1, -10, 10)),
                decay("b", Parameter.tied("amplitude", new Tie("a", "amplitude", 0.5, 0)),
                        Parameter.tied("rate", new Tie("a", "rate", 1, 0.05)))));
        FitResult r = new Fitter(FitOptions.defaults().withWeighting(Weighting.NONE)).fit(data, model);
        double a = r.components().get(0).value("amplitude");
        assertEquals(0.5 * a, r.components().get(1).value("amplitude"), 1e-12);
        assertEquals(r.components().get(0).value("rate") + 0.05, r.components().get(1).value("rate"), 1e-12);
        assertEquals(ParameterEstimate.Status.TIED, r.components().get(1).parameter("amplitude").orElseThrow().status());
        assertEquals(2, r.freeParameters().size());
    }

    @Test
    void boundIsRespectedAndReported() throws FitException {
        Spectrum data = decayData(50, 1.3, 0.1, 7);
        Model model = Model.of(List.of(decay("d", Parameter.free("amplitude", 40, 0, 45),
                Parameter.free("rate", 1, -10, 10))));
        FitResult r = new Fitter(FitOptions.defaults().withWeighting(Weighting.NONE)).fit(data, model);
        double amplitude = r.components().get(0).value("amplitude");
        assertTrue(amplitude <= 45);
        assertEquals(45, amplitude, 1e-9);
        assertTrue(r.components().get(0).parameter("amplitude").orElseThrow().atBound());
        assertTrue(r.warnings().stream().anyMatch(w -> w.contains("at its bound")), r.warnings().toString());
    }

    @Test
    void fixedParameterStaysAndHasNoSigma() throws FitException {
        Spectrum data = decayData(50, 1.3, 0.1, 8);
        Model model = Model.of(List.of(decay("d", Parameter.free("amplitude", 40, 0, 1e9),
                Parameter.fixed("rate", 1.3))));
        FitResult r = new Fitter(FitOptions.defaults().withWeighting(Weighting.NONE)).fit(data, model);
        assertEquals(1.3, r.components().get(0).value("rate"), 0);
        assertTrue(Double.isNaN(r.components().get(0).sigma("rate")));
        assertEquals(r.points() - 1, r.degreesOfFreedom());
    }

    @Test
    void statisticsFollowTheirDefinitions() throws FitException {
        Spectrum data = decayData(50, 1.3, 0.5, 9);
        FitResult r = new Fitter(FitOptions.defaults().withWeighting(Weighting.NONE)).fit(data,
                Model.of(List.of(decay("d", Parameter.free("amplitude", 40, 0, 1e9),
                        Parameter.free("rate", 1, -10, 10)))));
        double[] res = r.curves().residual();
        double chi2 = 0;
        double absRes = 0;
        double absY = 0;
        double y2 = 0;
        for (int i = 0; i < res.length; i++) {
            chi2 += res[i] * res[i];
            absRes += Math.abs(res[i]);
            absY += Math.abs(r.curves().y()[i]);
            y2 += r.curves().y()[i] * r.curves().y()[i];
        }
        assertEquals(chi2, r.chi2(), 1e-9 * chi2);
        assertEquals(chi2 / (res.length - 2), r.reducedChi2(), 1e-9);
        assertEquals(absRes / absY, r.rp(), 1e-12);
        assertEquals(Math.sqrt(chi2 / y2), r.rwp(), 1e-12);
        // noise sd 0.5 → reduced χ² ≈ 0.25 for unit weights
        assertEquals(0.25, r.reducedChi2(), 0.06);
        assertEquals(1.0, Math.abs(r.correlation()[0][0]), 1e-12);
    }

    @Test
    void rangeSelectsPointsAndTooFewPointsFail() {
        Spectrum data = decayData(50, 1.3, 0.1, 10);
        Model narrow = new Model(0, 0.02, java.util.Optional.empty(), List.of(decay("d",
                Parameter.free("amplitude", 40, 0, 1e9), Parameter.free("rate", 1, -10, 10))));
        FitException e = assertThrows(FitException.class, () -> new Fitter().fit(data, narrow));
        assertTrue(e.getMessage().contains("points in the fit range"), e.getMessage());
    }

    @Test
    void nonFiniteDataAreRefusedWithThePointNamed() {
        double[] x = {0, 1, 2, 3, 4};
        double[] y = {1, 2, Double.NaN, 4, 5};
        Spectrum data = Spectrum.of(x, y, AxisQuantity.ARBITRARY, AxisQuantity.INTENSITY);
        FitException e = assertThrows(FitException.class, () -> new Fitter().fit(data, Model.of(List.of(
                decay("d", Parameter.free("amplitude", 1, 0, 10), Parameter.free("rate", 1, -1, 1))))));
        assertTrue(e.getMessage().contains("point 3"), e.getMessage());
    }

    @Test
    void evaluationLimitGivesNonConvergenceWithBestPoint() throws FitException {
        Spectrum data = decayData(50, 1.3, 0.5, 11);
        FitResult r = new Fitter(new FitOptions(Weighting.NONE, 3, 1e-10)).fit(data, Model.of(List.of(
                decay("d", Parameter.free("amplitude", 5, 0, 1e9), Parameter.free("rate", 0.1, -10, 10)))));
        assertFalse(r.converged());
        assertTrue(r.warnings().stream().anyMatch(w -> w.contains("no convergence")));
    }

    @Test
    void monteCarloSpreadAgreesWithCovarianceSigma() throws FitException {
        Spectrum data = decayData(50, 1.3, 0.5, 12);
        Fitter fitter = new Fitter(FitOptions.defaults().withWeighting(Weighting.NONE));
        FitResult r = fitter.fit(data, Model.of(List.of(decay("d", Parameter.free("amplitude", 40, 0, 1e9),
                Parameter.free("rate", 1, -10, 10)))));
        MonteCarloUncertainty.Result mc = new MonteCarloUncertainty(fitter).estimate(data, r, 200, 42);
        assertEquals(200, mc.succeeded());
        double sigma = r.components().get(0).sigma("rate");
        double spread = mc.spreads().get(1).standardDeviation();
        assertEquals("rate", mc.spreads().get(1).parameter());
        assertEquals(sigma, spread, 0.15 * sigma);
        MonteCarloUncertainty.Result again = new MonteCarloUncertainty(fitter).estimate(data, r, 200, 42);
        assertEquals(spread, again.spreads().get(1).standardDeviation(), 0);
    }
}
