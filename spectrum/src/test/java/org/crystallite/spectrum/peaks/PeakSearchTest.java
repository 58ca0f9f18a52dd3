package org.crystallite.spectrum.peaks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;

import org.apache.commons.math3.distribution.PoissonDistribution;
import org.apache.commons.math3.random.Well19937c;
import org.crystallite.spectrum.AxisQuantity;
import org.crystallite.spectrum.Spectrum;
import org.crystallite.spectrum.ops.SavitzkyGolay;
import org.junit.jupiter.api.Test;

class PeakSearchTest {

    /** A known peak: centre, height above background, FWHM, Lorentzian or Gaussian. */
    private record Peak(double centre, double height, double fwhm, boolean lorentzian) {
        double value(double x) {
            double u = (x - centre) / (fwhm / 2);
            return lorentzian ? height / (1 + u * u) : height * Math.exp(-Math.log(2) * u * u);
        }
    }

    private static final List<Peak> PEAKS = List.of(
            new Peak(25.0, 3000, 0.20, false),
            new Peak(33.3, 1500, 0.30, true),
            new Peak(47.0, 600, 0.25, false),
            new Peak(60.0, 2000, 0.40, true),
            new Peak(75.5, 1000, 0.30, false),
            new Peak(85.0, 10, 0.30, false)); // far below any threshold

    private static double[] grid() {
        double[] x = new double[4001];
        for (int i = 0; i < x.length; i++) {
            x[i] = 10 + i * 0.02;
        }
        return x;
    }

    private static double[] expected(double[] x, List<Peak> peaks) {
        double[] mean = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            mean[i] = 80 + 0.4 * x[i] - 0.003 * x[i] * x[i]; // curved background
            for (Peak p : peaks) {
                mean[i] += p.value(x[i]);
            }
        }
        return mean;
    }

    private static double[] poisson(double[] mean, long seed) {
        Well19937c random = new Well19937c(seed);
        double[] y = new double[mean.length];
        for (int i = 0; i < mean.length; i++) {
            y[i] = new PoissonDistribution(random, mean[i], 1e-12, 10_000).sample();
        }
        return y;
    }

    @Test
    void findsEveryPeakAboveTheThresholdAndNothingElse() {
        double[] x = grid();
        double[] mean = expected(x, PEAKS);
        int window = 11;
        PeakSearch.Options options = PeakSearch.Options.defaults().withWindow(window);
        // Noise-free SNR of each peak, from the same filter applied to the expectation (independent of the search).
        double[] curvature = SavitzkyGolay.filter(mean, window, 3, 2);
        double[] sd = new double[mean.length];
        for (int i = 0; i < mean.length; i++) {
            sd[i] = Math.sqrt(mean[i]);
        }
        double[] noise = SavitzkyGolay.filterSigma(sd, window, 3, 2);
        for (long seed = 1; seed <= 4; seed++) {
            Spectrum s = Spectrum.of(x, poisson(mean, seed), AxisQuantity.TWO_THETA, AxisQuantity.INTENSITY);
            List<PeakCandidate> found = PeakSearch.find(s, options);
            for (Peak p : PEAKS) {
                int i = (int) Math.round((p.centre() - 10) / 0.02);
                double snr = -curvature[i] / noise[i];
                PeakCandidate nearest = nearest(found, p.centre());
                if (snr >= 2 * options.minSnr()) {
                    // Position scatter measured on these data: about 0.7 FWHM / SNR (no bias on noise-free
                    // data), so 2 FWHM / SNR is a 3-sigma bound; never looser than 0.05 FWHM for strong peaks.
                    double tolerance = Math.max(0.05, 2 / snr) * p.fwhm();
                    assertTrue(nearest != null && Math.abs(nearest.x() - p.centre()) < tolerance,
                            "seed " + seed + ": peak at " + p.centre() + " (SNR " + snr + ") found as " + nearest);
                }
                if (p.centre() != 85.0) {
                    assertTrue(snr >= 2 * options.minSnr(), "designed peak at " + p.centre() + " has SNR " + snr);
                } else {
                    assertTrue(snr < options.minSnr() / 2, "the weak control peak must be below threshold: " + snr);
                }
            }
            for (PeakCandidate c : found) {
                Peak p = PEAKS.stream().min((a, b) -> Double.compare(Math.abs(a.centre() - c.x()),
                        Math.abs(b.centre() - c.x()))).orElseThrow();
                assertTrue(Math.abs(p.centre() - c.x()) < p.fwhm() && p.centre() != 85.0,
                        "seed " + seed + ": false positive " + c);
            }
            for (int k = 1; k < found.size(); k++) {
                assertTrue(found.get(k).x() > found.get(k - 1).x());
            }
            // Every designed peak has a noise-free SNR >= 10 (asserted above), the control peak < 2.5.
            assertEquals(5, found.size(), "seed " + seed + ": " + found);
        }
    }

    private static PeakCandidate nearest(List<PeakCandidate> found, double x) {
        PeakCandidate best = null;
        for (PeakCandidate c : found) {
            if (best == null || Math.abs(c.x() - x) < Math.abs(best.x() - x)) {
                best = c;
            }
        }
        return best;
    }

    @Test
    void estimatesHeightAndWidthOfAnIsolatedGaussian() {
        double[] x = grid();
        Peak p = new Peak(40.013, 2000, 0.24, false);
        double[] y = poisson(expected(x, List.of(p)), 9);
        List<PeakCandidate> found = PeakSearch.find(Spectrum.of(x, y, AxisQuantity.TWO_THETA, AxisQuantity.INTENSITY));
        assertEquals(1, found.size(), found.toString());
        PeakCandidate c = found.get(0);
        assertEquals(p.centre(), c.x(), 0.05 * p.fwhm());
        assertEquals(p.height(), c.height(), 0.1 * p.height());
        assertEquals(p.fwhm(), c.fwhmEstimate(), 0.15 * p.fwhm());
        assertEquals(c.index(), (int) Math.round((c.x() - 10) / 0.02), 1);
    }

    @Test
    void pureNoiseGivesNoPeaksAtTheDefaultThreshold() {
        double[] x = grid();
        double[] flat = expected(x, List.of());
        for (long seed = 20; seed < 25; seed++) {
            Spectrum counts = Spectrum.of(x, poisson(flat, seed), AxisQuantity.TWO_THETA, AxisQuantity.INTENSITY);
            assertEquals(List.of(), PeakSearch.find(counts), "Poisson noise, seed " + seed);
            assertEquals(List.of(), PeakSearch.find(counts, PeakSearch.Options.defaults().withWindow(7)));
            Random random = new Random(seed);
            double[] white = new double[x.length];
            for (int i = 0; i < x.length; i++) {
                white[i] = random.nextGaussian();
            }
            Spectrum arbitrary = Spectrum.of(x, white, AxisQuantity.BINDING_ENERGY, AxisQuantity.ARBITRARY);
            assertEquals(List.of(), PeakSearch.find(arbitrary, PeakSearch.Options.defaults().withWindow(9)),
                    "white noise (MAD), seed " + seed);
        }
    }

    @Test
    void separationAndRangeLimitTheCandidates() {
        double[] x = grid();
        List<Peak> pair = List.of(new Peak(30.0, 1000, 0.2, false), new Peak(30.6, 600, 0.2, false),
                new Peak(50.0, 800, 0.2, false));
        Spectrum s = Spectrum.of(x, poisson(expected(x, pair), 3), AxisQuantity.TWO_THETA, AxisQuantity.INTENSITY);
        PeakSearch.Options options = PeakSearch.Options.defaults().withWindow(9);
        assertEquals(3, PeakSearch.find(s, options).size());
        List<PeakCandidate> merged = PeakSearch.find(s, options.withMinSeparation(1.0));
        assertEquals(2, merged.size(), merged.toString());
        assertEquals(30.0, merged.get(0).x(), 0.02);
        List<PeakCandidate> ranged = PeakSearch.find(s, options.withRange(29, 31));
        assertEquals(2, ranged.size());
        assertTrue(ranged.stream().allMatch(c -> c.x() > 29 && c.x() < 31));
    }

    @Test
    void refusesNonUniformDataAndBadOptions() {
        Spectrum s = Spectrum.of(new double[] {1, 2, 3, 5, 6, 7, 8}, new double[7], AxisQuantity.TWO_THETA,
                AxisQuantity.INTENSITY);
        assertThrows(IllegalArgumentException.class, () -> PeakSearch.find(s));
        assertThrows(IllegalArgumentException.class, () -> PeakSearch.Options.defaults().withWindow(8));
        assertThrows(IllegalArgumentException.class, () -> PeakSearch.Options.defaults().withMinSnr(0));
        assertThrows(IllegalArgumentException.class, () -> PeakSearch.Options.defaults().withRange(5, 1));
    }
}
