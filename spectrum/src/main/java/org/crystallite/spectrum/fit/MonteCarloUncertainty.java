package org.crystallite.spectrum.fit;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.apache.commons.math3.random.RandomGenerator;
import org.apache.commons.math3.random.Well19937c;
import org.crystallite.spectrum.ProcessingStep;
import org.crystallite.spectrum.Spectrum;
import org.crystallite.spectrum.model.Model;

/**
 * Monte-Carlo uncertainties (as in CasaXPS): synthetic replicas of the data are drawn around
 * the best fit — Poisson deviates for Poisson weighting, otherwise Gaussian deviates of
 * σᵢ·√χ²ν (the scatter the fit actually found, consistent with the scaled covariance) — and refitted from the best model; the standard deviation of each parameter over
 * the replicas is its uncertainty. Each replica has its own seed (seed + index), so the result
 * is reproducible and identical whether the replicas run in parallel or not.
 */
public final class MonteCarloUncertainty {

    /** Spread of one parameter over the replicas that converged. */
    public record Spread(String component, String parameter, double mean, double standardDeviation) {
    }

    /** All spreads, and how many replicas were refitted successfully. */
    public record Result(List<Spread> spreads, int replicas, int succeeded) {
    }

    private final Fitter fitter;

    public MonteCarloUncertainty(Fitter fitter) {
        this.fitter = fitter;
    }

    /**
     * @param data the spectrum that was fitted
     * @param best the result of fitting it
     * @param replicas number of synthetic replicas (≥ 2)
     * @param seed base random seed
     */
    public Result estimate(Spectrum data, FitResult best, int replicas, long seed) {
        if (replicas < 2) {
            throw new IllegalArgumentException("at least 2 replicas are needed, got " + replicas);
        }
        Model start = best.model();
        FitCurves curves = best.curves();
        double noiseScale = Math.sqrt(best.reducedChi2());
        List<double[]> values = IntStream.range(0, replicas).parallel()
                .mapToObj(r -> refit(replica(data, best, curves, noiseScale, seed + r), start))
                .toList();
        List<double[]> ok = values.stream().filter(v -> v != null).toList();
        List<Spread> spreads = new ArrayList<>();
        int flat = 0;
        for (ComponentResult c : best.components()) {
            for (ParameterEstimate p : c.parameters()) {
                double mean = 0;
                for (double[] v : ok) {
                    mean += v[flat];
                }
                mean /= ok.size();
                double var = 0;
                for (double[] v : ok) {
                    var += (v[flat] - mean) * (v[flat] - mean);
                }
                spreads.add(new Spread(c.name(), p.name(), mean, Math.sqrt(var / (ok.size() - 1))));
                flat++;
            }
        }
        return new Result(spreads, replicas, ok.size());
    }

    private Spectrum replica(Spectrum data, FitResult best, FitCurves curves, double noiseScale, long seed) {
        double[] x = curves.x();
        double[] y;
        if (best.weighting() == Weighting.POISSON) {
            y = PoissonReplica.sample(curves.fit(), seed);
        } else {
            RandomGenerator rng = new Well19937c(seed);
            y = new double[x.length];
            for (int i = 0; i < x.length; i++) {
                y[i] = curves.fit()[i] + noiseScale * curves.sigma()[i] * rng.nextGaussian();
            }
        }
        double[] sigma = best.weighting() == Weighting.SIGMA ? curves.sigma() : null;
        return Spectrum.of(x, y, sigma, data.xQuantity(), data.yQuantity())
                .withStep(ProcessingStep.of("monte-carlo-replica", "seed", seed));
    }

    private double[] refit(Spectrum replica, Model start) {
        try {
            FitResult r = fitter.fit(replica, start);
            if (!r.converged()) {
                return null;
            }
            List<Double> flat = new ArrayList<>();
            for (ComponentResult c : r.components()) {
                for (ParameterEstimate p : c.parameters()) {
                    flat.add(p.value());
                }
            }
            return flat.stream().mapToDouble(Double::doubleValue).toArray();
        } catch (FitException e) {
            return null;
        }
    }
}
