package org.crystallite.spectrum.peaks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.apache.commons.math3.distribution.PoissonDistribution;
import org.apache.commons.math3.random.Well19937c;
import org.crystallite.spectrum.AxisQuantity;
import org.crystallite.spectrum.Spectrum;
import org.junit.jupiter.api.Test;

class WaveletPeakSearchTest {

    private static double[] grid() {
        double[] x = new double[6001];
        for (int i = 0; i < x.length; i++) {
            x[i] = 10 + i * 0.01;
        }
        return x;
    }

    /** Background 200 − 0.5 x counts plus Gaussians given as (centre, height, FWHM) triples. */
    private static double[] mean(double[] x, double... peaks) {
        double[] m = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            m[i] = 200 - 0.5 * x[i];
            for (int p = 0; p < peaks.length; p += 3) {
                double u = (x[i] - peaks[p]) / (peaks[p + 2] / 2);
                m[i] += peaks[p + 1] * Math.exp(-Math.log(2) * u * u);
            }
        }
        return m;
    }

    private static Spectrum counts(double[] x, double[] mean, long seed) {
        Well19937c random = new Well19937c(seed);
        double[] y = new double[mean.length];
        for (int i = 0; i < mean.length; i++) {
            y[i] = new PoissonDistribution(random, mean[i], 1e-12, 10_000).sample();
        }
        return Spectrum.of(x, y, AxisQuantity.TWO_THETA, AxisQuantity.INTENSITY);
    }

    @Test
    void findsNarrowAndBroadPeaksInOnePassWithTheirWidths() {
        double[] x = grid();
        // FWHM 0.06 (6 points) to 1.2 (120 points): a single-window derivative cannot serve both.
        double[] peaks = {20.0, 1500, 0.06, 35.0, 800, 0.25, 50.0, 600, 1.2, 62.0, 400, 0.12};
        for (long seed = 1; seed <= 2; seed++) {
            List<PeakCandidate> found = WaveletPeakSearch.find(counts(x, mean(x, peaks), seed),
                    WaveletPeakSearch.Options.defaults().withScales(1, 128));
            for (int p = 0; p < peaks.length; p += 3) {
                double centre = peaks[p];
                double fwhm = peaks[p + 2];
                PeakCandidate c = found.stream().min((a, b) -> Double.compare(Math.abs(a.x() - centre),
                        Math.abs(b.x() - centre))).orElseThrow();
                assertEquals(centre, c.x(), 0.1 * fwhm, "seed " + seed + ", peak at " + centre + ": " + found);
                // Scale grid of 4 per octave refined by a parabola: widths to within 20 %.
                assertEquals(fwhm, c.fwhmEstimate(), 0.2 * fwhm, "width of " + c);
                assertEquals(peaks[p + 1], c.height(), 0.2 * peaks[p + 1], "height of " + c);
            }
            for (PeakCandidate c : found) {
                boolean near = false;
                for (int p = 0; p < peaks.length; p += 3) {
                    near |= Math.abs(c.x() - peaks[p]) < peaks[p + 2];
                }
                assertTrue(near, "seed " + seed + ": false positive " + c);
            }
        }
    }

    @Test
    void pureNoiseGivesNoPeaks() {
        double[] x = grid();
        for (long seed = 30; seed < 33; seed++) {
            assertEquals(List.of(), WaveletPeakSearch.find(counts(x, mean(x), seed)), "seed " + seed);
        }
    }

    @Test
    void transformIgnoresALinearBackground() {
        double[] y = new double[400];
        for (int i = 0; i < y.length; i++) {
            y[i] = 50 + 0.3 * i;
        }
        double[] c = WaveletPeakSearch.transform(y, 4);
        for (int i = 30; i < 370; i++) {
            assertEquals(0, c[i], 1e-9);
        }
    }

    @Test
    void refusesBadOptions() {
        assertThrows(IllegalArgumentException.class, () -> WaveletPeakSearch.Options.defaults().withScales(0.1, 10));
        assertThrows(IllegalArgumentException.class, () -> WaveletPeakSearch.Options.defaults().withScales(10, 5));
        assertThrows(IllegalArgumentException.class, () -> WaveletPeakSearch.Options.defaults().withMinSnr(-1));
        Spectrum uneven = Spectrum.of(new double[] {1, 2, 4, 5, 6, 7, 8, 9, 10}, new double[9], AxisQuantity.TWO_THETA,
                AxisQuantity.INTENSITY);
        assertThrows(IllegalArgumentException.class, () -> WaveletPeakSearch.find(uneven));
    }
}
