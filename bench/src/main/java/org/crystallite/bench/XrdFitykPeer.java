package org.crystallite.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.crystallite.spectrum.Spectrum;
import org.crystallite.spectrum.ops.Resample;
import org.crystallite.spectrum.ops.UniformGrid;
import org.crystallite.xrd.radiation.Radiation;

/**
 * Writes the body of {@code peers/lab6_10doublets.fit}: the fit of {@link XrdTenDoubletFitBenchmark}
 * in fityk's language, window for window, from the start values {@link org.crystallite.xrd.peaks.XrdPeakFitter}
 * uses. The start rules are restated here because the fitter keeps them internal (its defaults:
 * {@code PeakStart.estimate} and {@code WindowModel}): height above the lowest point within
 * max(5, n/50) points, FWHM from the half-maximum crossings (≥ 3 steps), start FWHM =
 * max(2 steps, 0.8 × estimate), Kα1 area = height × FWHM × 1.2 / (1 + I2/I1), η = 0.5, window from
 * 5 estimated FWHM below Kα1 to 5 above Kα2, background the line through the medians of the first
 * and last three points of the window; the estimates work on the pattern resampled at its median
 * step where readers dropped points. {@link #windows} lets a test check that these windows are the
 * fitter's own. {@code java -cp bench/target/benchmarks.jar org.crystallite.bench.XrdFitykPeer}
 */
public final class XrdFitykPeer {

    /** Window fwhm multiple of {@code XrdPeakFitter.Options.defaults()}. */
    private static final double WINDOW_FWHMS = 5;

    /** One window's start: Kα1 centre, FWHM, area and η, the line a0 + a1·2θ, and the 2θ limits. */
    public record WindowStart(double minDeg, double maxDeg, double centerDeg, double fwhmDeg, double area, double eta,
                              double a0, double a1) {
    }

    private XrdFitykPeer() {
    }

    /** The start of every reflection of {@link BenchXrd#LAB6_STARTS_DEG} (one window each on LaB6). */
    public static List<WindowStart> windows(Spectrum pattern, Radiation radiation, List<Double> startsDeg) {
        Spectrum grid = uniform(pattern);
        double step = UniformGrid.step(grid);
        double ratio = radiation.kAlpha2Angstrom().getAsDouble() / radiation.kAlpha1Angstrom();
        double lo = Math.max(BenchXrd.RANGE_MIN_DEG, pattern.x(0));
        double hi = Math.min(BenchXrd.RANGE_MAX_DEG, pattern.x(pattern.size() - 1));
        List<WindowStart> out = new ArrayList<>();
        for (double x : startsDeg) {
            double[] heightAndFwhm = estimate(grid, x, step);
            double fwhmEstimate = heightAndFwhm[1];
            double twoTheta2 = 2 * Math.toDegrees(Math.asin(ratio * Math.sin(Math.toRadians(x / 2))));
            double wMin = Math.max(lo, x - WINDOW_FWHMS * fwhmEstimate);
            double wMax = Math.min(hi, twoTheta2 + WINDOW_FWHMS * fwhmEstimate);
            double fwhm = Math.max(2 * step, fwhmEstimate * 0.8);
            double area = Math.max(heightAndFwhm[0], 1e-9) * fwhm * 1.2 / (1 + radiation.kAlpha2Ratio());
            double yl = endMedian(pattern, wMin, wMax, true);
            double yr = endMedian(pattern, wMin, wMax, false);
            // Chebyshev c0 + c1·t with t = (2x − wMin − wMax)/(wMax − wMin) as a0 + a1·x
            double c0 = 0.5 * (yl + yr);
            double c1 = 0.5 * (yr - yl);
            double a1 = 2 * c1 / (wMax - wMin);
            double a0 = c0 - c1 * (wMin + wMax) / (wMax - wMin);
            out.add(new WindowStart(wMin, wMax, x, fwhm, area, 0.5, a0, a1));
        }
        return out;
    }

    /** The pattern itself when uniform, else resampled at its median step (the fitter's grid for start estimates). */
    private static Spectrum uniform(Spectrum pattern) {
        try {
            UniformGrid.step(pattern);
            return pattern;
        } catch (IllegalArgumentException e) {
            double[] steps = new double[pattern.size() - 1];
            for (int i = 0; i < steps.length; i++) {
                steps[i] = pattern.x(i + 1) - pattern.x(i);
            }
            Arrays.sort(steps);
            return Resample.uniform(pattern, steps[steps.length / 2]);
        }
    }

    private static double[] estimate(Spectrum s, double x, double step) {
        int n = s.size();
        int i = Math.max(0, Math.min(n - 1, (int) Math.round((x - s.x(0)) / step)));
        int reach = Math.max(5, n / 50);
        double low = Double.POSITIVE_INFINITY;
        for (int j = Math.max(0, i - reach); j <= Math.min(n - 1, i + reach); j++) {
            low = Math.min(low, s.y(j));
        }
        double height = s.y(i) - low;
        double half = low + height / 2;
        int left = i;
        while (left > 0 && s.y(left) > half) {
            left--;
        }
        int right = i;
        while (right < n - 1 && s.y(right) > half) {
            right++;
        }
        return new double[] {Math.max(height, 0), Math.max(3 * step, (right - left) * step)};
    }

    private static double endMedian(Spectrum s, double wMin, double wMax, boolean low) {
        double[] v = new double[3];
        int k = 0;
        for (int j = 0; j < s.size() && k < 3; j++) {
            int i = low ? j : s.size() - 1 - j;
            double x = s.x(i);
            if (low ? x >= wMin : x <= wMax) {
                v[k++] = s.y(i);
            }
        }
        double[] got = Arrays.copyOf(v, k);
        Arrays.sort(got);
        return k == 0 ? 0 : k % 2 == 1 ? got[k / 2] : 0.5 * (got[k / 2 - 1] + got[k / 2]);
    }

    public static void main(String[] args) throws IOException {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        Spectrum pattern = BenchXrd.lab6Pattern();
        Radiation cu = BenchXrd.copperKAlpha();
        double ratio = cu.kAlpha2Angstrom().getAsDouble() / cu.kAlpha1Angstrom();
        List<WindowStart> windows = windows(pattern, cu, BenchXrd.LAB6_STARTS_DEG);
        for (int k = 0; k < windows.size(); k++) {
            WindowStart w = windows.get(k);
            // @0 exists in a new session; @+ appends dataset k
            out.printf(Locale.ROOT, "%n%s < '_SCRIPT_DIR_/../../../shared/validation/xrd/LaB6_d500_si_psd.xye':1:2:3:%n",
                    k == 0 ? "@0" : "@+");
            out.printf(Locale.ROOT, "@%d: A = (x >= %.17g and x <= %.17g)%n", k, w.minDeg(), w.maxDeg());
            out.printf(Locale.ROOT, "$c%d = ~%.10g%n$w%d = ~%.10g%n$a%d = ~%.10g%n$e%d = ~%.10g%n",
                    k, w.centerDeg(), k, w.fwhmDeg() / 2, k, w.area(), k, w.eta());
            out.printf(Locale.ROOT, "%%ka1_%d = PseudoVoigtA($a%d, $c%d, $w%d, $e%d)%n", k, k, k, k, k);
            out.printf(Locale.ROOT, "%%ka2_%d = PseudoVoigtA(%.10g*$a%d, 2*asin(%.12f*sin($c%d*pi/360))*180/pi, $w%d, $e%d)%n",
                    k, cu.kAlpha2Ratio(), k, ratio, k, k, k);
            out.printf(Locale.ROOT, "%%bg%d = Linear(~%.10g, ~%.10g)%n", k, w.a0(), w.a1());
            out.printf(Locale.ROOT, "@%d: F = %%bg%d + %%ka1_%d + %%ka2_%d%n", k, k, k, k);
            out.printf(Locale.ROOT, "@%d: print 'window %d points:', count(a)%n", k, k);
        }
        // each dataset fitted on its own, as the fitter fits each window on its own
        out.printf(Locale.ROOT, "%n@*: fit%n@*: info fit%n");
        for (int k = 0; k < windows.size(); k++) {
            out.printf(Locale.ROOT, "info prop %%ka1_%d%n", k);
        }
    }
}
