package org.crystallite.spectrum.fit;

import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.PoissonSampler;
import org.apache.commons.rng.simple.RandomSource;

/**
 * Seeded Poisson count replicas of a model curve, for Monte-Carlo uncertainties and coverage
 * tests. Uses commons-rng's exact samplers, which stay fast for large means.
 */
public final class PoissonReplica {

    private PoissonReplica() {
    }

    /** Counts drawn from Poisson(meanᵢ) (zero where the mean is not positive), reproducible from the seed. */
    public static double[] sample(double[] means, long seed) {
        UniformRandomProvider rng = RandomSource.XO_RO_SHI_RO_128_PP.create(seed);
        double[] counts = new double[means.length];
        for (int i = 0; i < means.length; i++) {
            counts[i] = means[i] > 0 ? PoissonSampler.of(rng, means[i]).sample() : 0;
        }
        return counts;
    }
}
