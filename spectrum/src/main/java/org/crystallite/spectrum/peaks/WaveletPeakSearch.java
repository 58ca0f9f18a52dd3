package org.crystallite.spectrum.peaks;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

import org.crystallite.spectrum.Spectrum;
import org.crystallite.spectrum.ops.UniformGrid;

/**
 * Finds peaks of very different widths in one pass with the continuous wavelet transform (CWT)
 * and ridge lines, after P. Du, W. A. Kibbe &amp; S. M. Lin, Bioinformatics 22 (2006) 2059
 * ("Improved peak detection in mass spectrum by incorporating continuous wavelet
 * transform-based pattern matching"):
 * <ol>
 * <li>C(i, s) = s^−½ Σⱼ yⱼ ψ((j − i)/s) with the Mexican hat ψ(t) = (1 − t²) e^(−t²/2) at
 *     geometrically spaced scales s (in points); the sampled wavelet is made exactly zero-mean,
 *     and together with its zero first moment this removes a linear background. Ends are
 *     extended by mirror reflection.</li>
 * <li>Local maxima of C at each scale are linked from the largest scale down into ridge lines
 *     (a ridge may miss up to {@link Options#maxGap()} scales).</li>
 * <li>A ridge is a peak when it spans at least {@link Options#minRidgeScales()} scales and its
 *     largest coefficient exceeds {@link Options#minSnr()} × the local noise, the 95th
 *     percentile of |C| at the smallest scale within ±max(50, 10 s) points (Du et al.'s choice).</li>
 * </ol>
 * For a Gaussian of standard deviation σ, s^−½-normalised Mexican-hat coefficients peak at
 * s = √5 σ, which gives the FWHM and height estimates of the candidates.
 */
public final class WaveletPeakSearch {

    private static final double SQRT5 = Math.sqrt(5);
    private static final double FWHM_PER_SIGMA = 2 * Math.sqrt(2 * Math.log(2));

    /**
     * @param minScale smallest scale in points (≥ 0.5)
     * @param maxScale largest scale in points; NaN for automatic (min(64, points / 8))
     * @param scalesPerOctave scales per doubling (≥ 2)
     * @param minRidgeScales minimum number of scales a ridge spans
     * @param maxGap scales a ridge may miss and continue
     * @param minSnr minimum ridge-maximum coefficient over local noise (Du et al. use 3)
     * @param minSeparation minimum distance between peaks in x units; NaN for one smallest-scale point
     * @param xMin lower end of the search range
     * @param xMax upper end of the search range
     */
    public record Options(double minScale, double maxScale, int scalesPerOctave, int minRidgeScales, int maxGap,
                          double minSnr, double minSeparation, double xMin, double xMax) {

        public Options {
            if (!(minScale >= 0.5) || Double.isInfinite(minScale)) {
                throw new IllegalArgumentException("smallest scale must be finite and >= 0.5 points, got " + minScale);
            }
            if (!Double.isNaN(maxScale) && !(maxScale >= minScale && Double.isFinite(maxScale))) {
                throw new IllegalArgumentException("largest scale must be >= the smallest (" + minScale + "), got " + maxScale);
            }
            if (scalesPerOctave < 2 || minRidgeScales < 1 || maxGap < 0) {
                throw new IllegalArgumentException("need scalesPerOctave >= 2, minRidgeScales >= 1, maxGap >= 0; got "
                        + scalesPerOctave + ", " + minRidgeScales + ", " + maxGap);
            }
            if (!(minSnr > 0) || Double.isInfinite(minSnr)) {
                throw new IllegalArgumentException("minimum SNR must be finite and > 0, got " + minSnr);
            }
            if (minSeparation < 0 || Double.isInfinite(minSeparation)) {
                throw new IllegalArgumentException("minimum separation must be finite and >= 0 (or NaN), got " + minSeparation);
            }
            if (Double.isNaN(xMin) || Double.isNaN(xMax) || xMin > xMax) {
                throw new IllegalArgumentException("search range [" + xMin + ", " + xMax + "] is not valid");
            }
        }

        /** Scales 1 … min(64, n/8) points, 4 per octave, ridges of ≥ 6 scales with gaps ≤ 2, SNR ≥ 3. */
        public static Options defaults() {
            return new Options(1, Double.NaN, 4, 6, 2, 3, Double.NaN, Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY);
        }

        public Options withScales(double min, double max) {
            return new Options(min, max, scalesPerOctave, minRidgeScales, maxGap, minSnr, minSeparation, xMin, xMax);
        }

        public Options withMinSnr(double snr) {
            return new Options(minScale, maxScale, scalesPerOctave, minRidgeScales, maxGap, snr, minSeparation, xMin, xMax);
        }

        public Options withMinSeparation(double separation) {
            return new Options(minScale, maxScale, scalesPerOctave, minRidgeScales, maxGap, minSnr, separation, xMin, xMax);
        }

        public Options withRange(double min, double max) {
            return new Options(minScale, maxScale, scalesPerOctave, minRidgeScales, maxGap, minSnr, minSeparation, min, max);
        }
    }

    private WaveletPeakSearch() {
    }

    /** {@link #find(Spectrum, Options)} with {@link Options#defaults()}. */
    public static List<PeakCandidate> find(Spectrum spectrum) {
        return find(spectrum, Options.defaults());
    }

    /** Peak candidates sorted by x; the data must be uniformly spaced. */
    public static List<PeakCandidate> find(Spectrum spectrum, Options options) {
        double step = UniformGrid.step(spectrum);
        double[] y = spectrum.y();
        int n = y.length;
        double maxScale = Double.isNaN(options.maxScale()) ? Math.min(64, n / 8.0) : options.maxScale();
        if (maxScale < options.minScale()) {
            throw new IllegalArgumentException("spectrum of " + n + " points is too short for wavelet scales from "
                    + options.minScale() + " points");
        }
        double[] scales = scales(options.minScale(), maxScale, options.scalesPerOctave());
        double[][] coefficients = new double[scales.length][];
        for (int k = 0; k < scales.length; k++) {
            coefficients[k] = transform(y, scales[k]);
        }
        List<Ridge> ridges = ridges(coefficients, scales, options.maxGap());
        double separation = Double.isNaN(options.minSeparation()) ? step * Math.max(1, scales[0])
                : options.minSeparation();
        List<PeakCandidate> candidates = new ArrayList<>();
        for (Ridge ridge : ridges) {
            if (ridge.length() < options.minRidgeScales()) {
                continue;
            }
            int best = ridge.strongest(coefficients);
            int k = ridge.scaleIndex.get(best);
            int i = ridge.position.get(best);
            double peak = coefficients[k][i];
            if (!(peak > 0)) {
                continue;
            }
            double noise = noise(coefficients[0], i, (int) Math.max(50, Math.ceil(10 * scales[k])));
            double snr = peak / noise;
            double x = spectrum.x(i) + step * vertex(coefficients[k], i);
            if (!(snr >= options.minSnr()) || x < options.xMin() || x > options.xMax()) {
                continue;
            }
            double scale = refinedScale(ridge, best, coefficients, scales);
            double sigmaPoints = scale / SQRT5;
            double response = Math.sqrt(2 * Math.PI) * sigmaPoints * Math.pow(scale, 2.5)
                    / Math.pow(sigmaPoints * sigmaPoints + scale * scale, 1.5);
            candidates.add(new PeakCandidate(x, peak / response, FWHM_PER_SIGMA * sigmaPoints * step, snr, i));
        }
        candidates.sort(Comparator.comparingDouble(PeakCandidate::snr).reversed());
        List<PeakCandidate> kept = new ArrayList<>();
        for (PeakCandidate c : candidates) {
            if (kept.stream().noneMatch(q -> Math.abs(q.x() - c.x()) < separation)) {
                kept.add(c);
            }
        }
        kept.sort(Comparator.comparingDouble(PeakCandidate::x));
        return List.copyOf(kept);
    }

    private static double[] scales(double min, double max, int perOctave) {
        int count = (int) Math.floor(Math.log(max / min) / Math.log(2) * perOctave + 1e-9) + 1;
        double[] s = new double[count];
        for (int k = 0; k < count; k++) {
            s[k] = min * Math.pow(2, (double) k / perOctave);
        }
        return s;
    }

    /** C(i, s) with a zero-mean sampled Mexican hat, s^−½ normalised, mirror-extended ends. */
    static double[] transform(double[] y, double scale) {
        int half = (int) Math.ceil(5 * scale);
        double[] kernel = new double[2 * half + 1];
        double mean = 0;
        for (int j = -half; j <= half; j++) {
            double t = j / scale;
            kernel[j + half] = (1 - t * t) * Math.exp(-0.5 * t * t);
            mean += kernel[j + half];
        }
        mean /= kernel.length;
        double norm = 1 / Math.sqrt(scale);
        for (int j = 0; j < kernel.length; j++) {
            kernel[j] = (kernel[j] - mean) * norm;
        }
        int n = y.length;
        double[] padded = new double[n + 2 * half];
        for (int j = 0; j < padded.length; j++) {
            padded[j] = y[mirror(j - half, n)];
        }
        double[] out = new double[n];
        for (int i = 0; i < n; i++) {
            double acc = 0;
            for (int j = 0; j < kernel.length; j++) {
                acc += kernel[j] * padded[i + j];
            }
            out[i] = acc;
        }
        return out;
    }

    private static int mirror(int index, int n) {
        if (n == 1) {
            return 0;
        }
        int period = 2 * (n - 1);
        int r = Math.floorMod(index, period);
        return r < n ? r : period - r;
    }

    /** A ridge line: positions of linked maxima from the largest scale downwards. */
    private static final class Ridge {
        final List<Integer> scaleIndex = new ArrayList<>();
        final List<Integer> position = new ArrayList<>();
        int gap;

        int length() {
            return scaleIndex.get(0) - scaleIndex.get(scaleIndex.size() - 1) + 1;
        }

        int last() {
            return position.get(position.size() - 1);
        }

        int strongest(double[][] c) {
            int best = 0;
            for (int p = 1; p < position.size(); p++) {
                if (c[scaleIndex.get(p)][position.get(p)] > c[scaleIndex.get(best)][position.get(best)]) {
                    best = p;
                }
            }
            return best;
        }
    }

    private static List<Ridge> ridges(double[][] c, double[] scales, int maxGap) {
        List<Ridge> active = new ArrayList<>();
        List<Ridge> done = new ArrayList<>();
        for (int k = c.length - 1; k >= 0; k--) {
            int[] maxima = localMaxima(c[k]);
            boolean[] claimed = new boolean[maxima.length];
            int reach = (int) Math.max(1, Math.ceil(scales[k]));
            List<Ridge> next = new ArrayList<>();
            for (Ridge ridge : active) {
                int nearest = nearestUnclaimed(maxima, claimed, ridge.last(), reach);
                if (nearest >= 0) {
                    claimed[nearest] = true;
                    ridge.scaleIndex.add(k);
                    ridge.position.add(maxima[nearest]);
                    ridge.gap = 0;
                    next.add(ridge);
                } else if (++ridge.gap <= maxGap) {
                    next.add(ridge);
                } else {
                    done.add(ridge);
                }
            }
            for (int m = 0; m < maxima.length; m++) {
                if (!claimed[m]) {
                    Ridge ridge = new Ridge();
                    ridge.scaleIndex.add(k);
                    ridge.position.add(maxima[m]);
                    next.add(ridge);
                }
            }
            active = next;
        }
        done.addAll(active);
        return done;
    }

    /** Index into the sorted maxima of the unclaimed one nearest to position within reach, or −1. */
    private static int nearestUnclaimed(int[] maxima, boolean[] claimed, int position, int reach) {
        int insertion = Arrays.binarySearch(maxima, position);
        if (insertion < 0) {
            insertion = -insertion - 1;
        }
        int best = -1;
        for (int m = insertion; m < maxima.length && maxima[m] - position <= reach; m++) {
            if (!claimed[m]) {
                best = m;
                break;
            }
        }
        for (int m = insertion - 1; m >= 0 && position - maxima[m] <= reach; m--) {
            if (!claimed[m]) {
                if (best < 0 || position - maxima[m] < maxima[best] - position) {
                    best = m;
                }
                break;
            }
        }
        return best;
    }

    private static int[] localMaxima(double[] c) {
        int[] out = new int[c.length];
        int count = 0;
        for (int i = 1; i < c.length - 1; i++) {
            if (c[i] > 0 && c[i] > c[i - 1] && c[i] >= c[i + 1]) {
                out[count++] = i;
            }
        }
        return Arrays.copyOf(out, count);
    }

    /** 95th percentile of |C| at the smallest scale within ±window points of i. */
    private static double noise(double[] smallest, int i, int window) {
        int lo = Math.max(0, i - window);
        int hi = Math.min(smallest.length - 1, i + window);
        double[] values = new double[hi - lo + 1];
        for (int j = lo; j <= hi; j++) {
            values[j - lo] = Math.abs(smallest[j]);
        }
        Arrays.sort(values);
        double q = values[(int) Math.floor(0.95 * (values.length - 1))];
        return q > 0 ? q : Double.MIN_NORMAL;
    }

    /** Sub-point offset of the parabola vertex through c[i−1], c[i], c[i+1]. */
    private static double vertex(double[] c, int i) {
        if (i <= 0 || i >= c.length - 1) {
            return 0;
        }
        double denominator = c[i - 1] - 2 * c[i] + c[i + 1];
        return denominator < 0 ? Math.max(-0.5, Math.min(0.5, 0.5 * (c[i - 1] - c[i + 1]) / denominator)) : 0;
    }

    /** Scale of the ridge maximum, refined by a parabola in log(scale) through its neighbours on the ridge. */
    private static double refinedScale(Ridge ridge, int best, double[][] c, double[] scales) {
        int k = ridge.scaleIndex.get(best);
        if (best == 0 || best == ridge.position.size() - 1) {
            return scales[k];
        }
        int kUp = ridge.scaleIndex.get(best - 1);
        int kDown = ridge.scaleIndex.get(best + 1);
        if (kUp != k + 1 || kDown != k - 1) {
            return scales[k];
        }
        double a = c[kDown][ridge.position.get(best + 1)];
        double b = c[k][ridge.position.get(best)];
        double d = c[kUp][ridge.position.get(best - 1)];
        double denominator = a - 2 * b + d;
        double offset = denominator < 0 ? Math.max(-0.5, Math.min(0.5, 0.5 * (a - d) / denominator)) : 0;
        double logStep = Math.log(scales[1] / scales[0]);
        return scales[k] * Math.exp(offset * logStep);
    }
}
