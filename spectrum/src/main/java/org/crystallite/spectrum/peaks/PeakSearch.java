package org.crystallite.spectrum.peaks;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

import org.crystallite.spectrum.AxisQuantity;
import org.crystallite.spectrum.Spectrum;
import org.crystallite.spectrum.ops.SavitzkyGolay;
import org.crystallite.spectrum.ops.UniformGrid;

/**
 * Finds peaks as maxima of the negative second derivative, −y'', computed with a Savitzky–Golay
 * filter (A. Savitzky &amp; M. J. E. Golay, Anal. Chem. 36 (1964) 1627), the classic
 * second-derivative peak search of powder diffraction and spectroscopy:
 * −y'' removes a linear background and sharpens overlapping peaks, and the SG filter smooths
 * the noise it would otherwise amplify. A maximum of −y'' becomes a candidate when its SNR,
 * −y''/σ(y''), reaches {@link Options#minSnr()}.
 *
 * <p><b>Noise.</b> σ(y'') comes from the data (see {@link Noise}): with a sigma column it is
 * propagated through the filter weights, sqrt(Σ cⱼ² σⱼ²); for counts without sigma the Poisson
 * variance max(y, 1) is propagated and, to guard against data that are not raw counts, not
 * allowed below the robust global estimate 1.4826 × MAD(y'') (median absolute deviation,
 * insensitive to the few points inside peaks); other data use the MAD estimate alone.
 *
 * <p>The data must be uniformly spaced ({@link UniformGrid#step(Spectrum)}; resample first
 * otherwise). Candidates closer than {@link Options#minSeparation()} keep only the one with the
 * higher SNR.
 */
public final class PeakSearch {

    /** FWHM / σ of a Gaussian, 2√(2 ln 2). */
    static final double GAUSSIAN_FWHM_PER_SIGMA = 2 * Math.sqrt(2 * Math.log(2));
    private static final double MAD_TO_SIGMA = 1.4826;

    /** How σ(y'') is estimated. */
    public enum Noise {
        /** Sigma column if present; counts (guarded by MAD) for non-negative INTENSITY data; otherwise MAD. */
        AUTO,
        /** Global robust estimate 1.4826 × MAD of the filtered second derivative. */
        MAD,
        /** Propagated per-point variance: sigma² where the data carry sigma &gt; 0, else Poisson max(y, 1). */
        COUNTS
    }

    /**
     * @param windowPoints odd Savitzky–Golay window in points, or 0 for automatic (the nearest odd
     *                     number to the FWHM, in points, of the highest point, clamped to 5…51)
     * @param polyOrder polynomial order of the filter, 2 or more (2 and 3 give the same centre weights)
     * @param minSnr minimum −y''/σ(y'') of a candidate
     * @param minSeparation minimum distance between candidates in x units; NaN for half a window
     * @param xMin lower end of the search range (−∞ for none)
     * @param xMax upper end of the search range (+∞ for none)
     * @param noise noise estimate
     */
    public record Options(int windowPoints, int polyOrder, double minSnr, double minSeparation, double xMin,
                          double xMax, Noise noise) {

        public Options {
            if (windowPoints != 0 && (windowPoints < 3 || windowPoints % 2 == 0)) {
                throw new IllegalArgumentException("window must be 0 (automatic) or an odd number >= 3, got " + windowPoints);
            }
            if (polyOrder < 2 || (windowPoints != 0 && polyOrder >= windowPoints)) {
                throw new IllegalArgumentException("polynomial order must be >= 2 and below the window, got " + polyOrder);
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
            Objects.requireNonNull(noise, "noise");
        }

        /** Automatic window, cubic, SNR ≥ 5, half-window separation, whole range, AUTO noise. */
        public static Options defaults() {
            return new Options(0, 3, 5, Double.NaN, Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY, Noise.AUTO);
        }

        public Options withWindow(int points) {
            return new Options(points, polyOrder, minSnr, minSeparation, xMin, xMax, noise);
        }

        public Options withPolyOrder(int order) {
            return new Options(windowPoints, order, minSnr, minSeparation, xMin, xMax, noise);
        }

        public Options withMinSnr(double snr) {
            return new Options(windowPoints, polyOrder, snr, minSeparation, xMin, xMax, noise);
        }

        public Options withMinSeparation(double separation) {
            return new Options(windowPoints, polyOrder, minSnr, separation, xMin, xMax, noise);
        }

        public Options withRange(double min, double max) {
            return new Options(windowPoints, polyOrder, minSnr, minSeparation, min, max, noise);
        }

        public Options withNoise(Noise value) {
            return new Options(windowPoints, polyOrder, minSnr, minSeparation, xMin, xMax, value);
        }
    }

    private PeakSearch() {
    }

    /** {@link #find(Spectrum, Options)} with {@link Options#defaults()}. */
    public static List<PeakCandidate> find(Spectrum spectrum) {
        return find(spectrum, Options.defaults());
    }

    /** Peak candidates sorted by x. */
    public static List<PeakCandidate> find(Spectrum spectrum, Options options) {
        double step = UniformGrid.step(spectrum);
        double[] y = spectrum.y();
        int n = y.length;
        int window = options.windowPoints() == 0 ? automaticWindow(y) : options.windowPoints();
        window = Math.min(window, n % 2 == 1 ? n : n - 1);
        int order = Math.min(options.polyOrder(), window - 1);
        if (window < 3 || order < 2) {
            throw new IllegalArgumentException("peak search needs at least 3 points for a second derivative, the spectrum has " + n);
        }
        double[] curvature = SavitzkyGolay.filter(y, window, order, 2);
        for (int i = 0; i < n; i++) {
            curvature[i] = -curvature[i]; // −y'' on the unit grid: positive at peaks
        }
        double[] noise = noise(spectrum, curvature, window, order, options.noise());
        double[] smooth = SavitzkyGolay.filter(y, window, order, 0);
        double separation = Double.isNaN(options.minSeparation()) ? (window - 1) / 2 * step : options.minSeparation();

        List<PeakCandidate> candidates = new ArrayList<>();
        for (int i = 1; i < n - 1; i++) {
            double c = curvature[i];
            if (!(c > 0 && c > curvature[i - 1] && c >= curvature[i + 1])) {
                continue;
            }
            double snr = c / noise[i];
            double xi = spectrum.x(i);
            if (!(snr >= options.minSnr()) || xi < options.xMin() || xi > options.xMax()) {
                continue;
            }
            candidates.add(describe(spectrum, curvature, smooth, i, step, snr, window, order));
        }
        return separated(candidates, separation);
    }

    private static PeakCandidate describe(Spectrum spectrum, double[] curvature, double[] smooth, int i, double step,
                                          double snr, int window, int order) {
        double a = curvature[i - 1];
        double b = curvature[i];
        double c = curvature[i + 1];
        double denominator = a - 2 * b + c;
        double offset = denominator < 0 ? Math.max(-0.5, Math.min(0.5, 0.5 * (a - c) / denominator)) : 0;
        double x = spectrum.x(i) + offset * step;
        // Curvature width calibrated for a Gaussian: sets the reach for the baseline, and gives the
        // height of shoulders (the data never fall on one side, so a baseline through side minima fails)
        // as −y'' at the peak over −y'' of the filtered unit Gaussian of that width.
        double widthPoints = crossing(curvature, i, +1, b / 2) - crossing(curvature, i, -1, b / 2);
        double sigmaPoints = gaussianSigmaForWidth(widthPoints, window, order);
        double curvatureFwhmPoints = GAUSSIAN_FWHM_PER_SIGMA * sigmaPoints;
        int reach = Math.max(window, (int) Math.ceil(2 * curvatureFwhmPoints));
        double base = baseline(smooth, i, reach);
        double height = Double.isNaN(base) ? b / filtered(sigmaPoints, window, order).peakCurvature() : smooth[i] - base;
        // FWHM where the smoothed data fall to half the height (profile-independent); a side that does
        // not get there within reach (overlap) is mirrored from the other; neither: the curvature width.
        double level = smooth[i] - height / 2;
        double left = halfCrossing(smooth, i, -1, level, reach);
        double right = halfCrossing(smooth, i, +1, level, reach);
        double fwhmPoints;
        if (!Double.isNaN(left) && !Double.isNaN(right)) {
            fwhmPoints = right - left;
        } else if (!Double.isNaN(left)) {
            fwhmPoints = 2 * (i + offset - left);
        } else if (!Double.isNaN(right)) {
            fwhmPoints = 2 * (right - i - offset);
        } else {
            fwhmPoints = curvatureFwhmPoints;
        }
        double fwhm = fwhmPoints * step;
        return new PeakCandidate(x, height, fwhm, snr, i);
    }

    /** Fractional index where curvature falls to {@code level} walking from i in direction dir (data end if never). */
    private static double crossing(double[] curvature, int i, int dir, double level) {
        int j = i;
        while (j + dir >= 0 && j + dir < curvature.length) {
            int k = j + dir;
            if (curvature[k] <= level) {
                double t = (curvature[j] - level) / (curvature[j] - curvature[k]);
                return j + dir * t;
            }
            j = k;
        }
        return j;
    }

    /**
     * The Gaussian σ (in points) whose filtered −y'' has the observed full width at half its
     * maximum. The filter itself widens −y'' (strongly when the window is comparable to the peak),
     * so the width is calibrated by passing sampled Gaussians centred on a point
     * through the same filter and solving for σ by bisection (the width grows monotonically with σ).
     * Widths below what the filter can produce give the smallest σ tried.
     */
    private static double gaussianSigmaForWidth(double widthPoints, int window, int order) {
        double lo = 0.5;
        double hi = Math.max(2.0, widthPoints);
        while (filteredWidth(hi, window, order) < widthPoints && hi < 1e4) {
            hi *= 2;
        }
        if (filteredWidth(lo, window, order) >= widthPoints) {
            return lo;
        }
        for (int iteration = 0; iteration < 40 && hi - lo > 1e-4 * hi; iteration++) {
            double mid = 0.5 * (lo + hi);
            if (filteredWidth(mid, window, order) < widthPoints) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        return 0.5 * (lo + hi);
    }

    /** Width at half maximum (points) and maximum of the filtered −y'' of a unit-height Gaussian. */
    private record FilteredGaussian(double width, double peakCurvature) {
    }

    private static double filteredWidth(double sigmaPoints, int window, int order) {
        return filtered(sigmaPoints, window, order).width();
    }

    private static FilteredGaussian filtered(double sigmaPoints, int window, int order) {
        int half = (int) Math.ceil(6 * sigmaPoints) + window + 2;
        double[] g = new double[2 * half + 1];
        for (int j = 0; j < g.length; j++) {
            double u = (j - half) / sigmaPoints;
            g[j] = Math.exp(-0.5 * u * u);
        }
        double[] d = SavitzkyGolay.filter(g, window, order, 2);
        for (int j = 0; j < d.length; j++) {
            d[j] = -d[j];
        }
        double level = d[half] / 2;
        return new FilteredGaussian(crossing(d, half, +1, level) - crossing(d, half, -1, level), d[half]);
    }

    /** Fractional index where smooth falls to level walking from i in direction dir, NaN if not within reach. */
    private static double halfCrossing(double[] smooth, int i, int dir, double level, int reach) {
        for (int j = i, steps = 0; steps < reach && j + dir >= 0 && j + dir < smooth.length; j += dir, steps++) {
            int k = j + dir;
            if (smooth[k] <= level) {
                double t = (smooth[j] - level) / (smooth[j] - smooth[k]);
                return j + dir * t;
            }
        }
        return Double.NaN;
    }

    /**
     * Linear baseline at i through the lowest smoothed point on each side within {@code reach}
     * points; NaN when one side has no point below the peak.
     */
    private static double baseline(double[] smooth, int i, int reach) {
        int lo = Math.max(0, i - reach);
        int hi = Math.min(smooth.length - 1, i + reach);
        int left = i;
        for (int j = lo; j < i; j++) {
            if (smooth[j] < smooth[left]) {
                left = j;
            }
        }
        int right = i;
        for (int j = i + 1; j <= hi; j++) {
            if (smooth[j] < smooth[right]) {
                right = j;
            }
        }
        if (left == i || right == i) {
            return Double.NaN; // a shoulder or an edge: no lower point on one side
        }
        double t = (double) (i - left) / (right - left);
        return smooth[left] + t * (smooth[right] - smooth[left]);
    }

    private static List<PeakCandidate> separated(List<PeakCandidate> candidates, double separation) {
        List<PeakCandidate> bySnr = new ArrayList<>(candidates);
        bySnr.sort(Comparator.comparingDouble(PeakCandidate::snr).reversed());
        List<PeakCandidate> kept = new ArrayList<>();
        for (PeakCandidate p : bySnr) {
            boolean clear = true;
            for (PeakCandidate q : kept) {
                if (Math.abs(p.x() - q.x()) < separation) {
                    clear = false;
                    break;
                }
            }
            if (clear) {
                kept.add(p);
            }
        }
        kept.sort(Comparator.comparingDouble(PeakCandidate::x));
        return List.copyOf(kept);
    }

    private static double[] noise(Spectrum spectrum, double[] curvature, int window, int order, Noise mode) {
        int n = curvature.length;
        Noise effective = mode;
        boolean guardWithMad = false;
        if (mode == Noise.AUTO) {
            if (spectrum.hasSigma()) {
                effective = Noise.COUNTS;
            } else if (spectrum.yQuantity() == AxisQuantity.INTENSITY && allNonNegative(spectrum)) {
                effective = Noise.COUNTS;
                guardWithMad = true;
            } else {
                effective = Noise.MAD;
            }
        }
        double mad = madSigma(curvature);
        double[] noise = new double[n];
        if (effective == Noise.MAD) {
            if (!(mad > 0)) {
                throw new IllegalArgumentException("cannot estimate noise: the second derivative has zero spread "
                        + "(noise-free or constant data); use Noise.COUNTS or provide sigma");
            }
            Arrays.fill(noise, mad);
            return noise;
        }
        double[] sigma = spectrum.sigma().orElse(null);
        double[] sd = new double[n];
        for (int i = 0; i < n; i++) {
            sd[i] = sigma != null && sigma[i] > 0 ? sigma[i] : Math.sqrt(Math.max(spectrum.y(i), 1));
        }
        double[] propagated = SavitzkyGolay.filterSigma(sd, window, order, 2);
        for (int i = 0; i < n; i++) {
            noise[i] = guardWithMad ? Math.max(propagated[i], mad) : propagated[i];
        }
        return noise;
    }

    private static boolean allNonNegative(Spectrum spectrum) {
        for (int i = 0; i < spectrum.size(); i++) {
            if (spectrum.y(i) < 0) {
                return false;
            }
        }
        return true;
    }

    private static double madSigma(double[] values) {
        double median = median(values.clone());
        double[] deviations = new double[values.length];
        for (int i = 0; i < values.length; i++) {
            deviations[i] = Math.abs(values[i] - median);
        }
        return MAD_TO_SIGMA * median(deviations);
    }

    private static double median(double[] values) {
        Arrays.sort(values);
        int n = values.length;
        return n % 2 == 1 ? values[n / 2] : 0.5 * (values[n / 2 - 1] + values[n / 2]);
    }

    /** Odd window nearest the FWHM in points of the highest (lightly smoothed) point, clamped to 5…51. */
    private static int automaticWindow(double[] y) {
        int n = y.length;
        if (n < 5) {
            return n % 2 == 1 ? n : n - 1;
        }
        double[] s = SavitzkyGolay.filter(y, 5, 2, 0);
        int top = 0;
        for (int i = 1; i < n; i++) {
            if (s[i] > s[top]) {
                top = i;
            }
        }
        double base = median(s.clone());
        double half = base + (s[top] - base) / 2;
        int left = top;
        while (left > 0 && s[left] > half) {
            left--;
        }
        int right = top;
        while (right < n - 1 && s[right] > half) {
            right++;
        }
        int width = right - left;
        int window = width % 2 == 1 ? width : width + 1;
        return Math.max(5, Math.min(51, window));
    }
}
