package org.crystallite.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.crystallite.spectrum.Spectrum;
import org.crystallite.spectrum.model.Component;
import org.crystallite.xrd.peaks.WindowStart;
import org.crystallite.xrd.peaks.XrdPeakFitter;
import org.crystallite.xrd.radiation.Radiation;

/**
 * Writes the body of {@code peers/lab6_10doublets.fit}: the fit of {@link XrdTenDoubletFitBenchmark}
 * in fityk's language, window for window, from the windows and start models
 * {@link XrdPeakFitter#windowsAt} returns for it (limits, start values of the Kα1 line and of the
 * linear background), so the fityk script fits the same points from the same start as the fitter.
 * {@code BenchXrdTest} checks that the committed script is this output.
 * {@code java -cp bench/target/benchmarks.jar org.crystallite.bench.XrdFitykPeer}
 */
public final class XrdFitykPeer {

    private XrdFitykPeer() {
    }

    /** The script body for the ten LaB6 windows of {@link BenchXrd#fitter()} on {@code pattern}. */
    public static String script(Spectrum pattern, Radiation radiation) {
        List<WindowStart> windows = BenchXrd.fitter().windowsAt(pattern, radiation, BenchXrd.LAB6_STARTS_DEG);
        double ratio = radiation.kAlpha2Angstrom().getAsDouble() / radiation.kAlpha1Angstrom();
        StringBuilder out = new StringBuilder();
        for (int k = 0; k < windows.size(); k++) {
            WindowStart w = windows.get(k);
            if (w.peakCount() != 1) {
                throw new IllegalStateException("window " + k + " holds " + w.peakCount() + " peaks; the script has one each");
            }
            Component peak = w.model().component("peak1").orElseThrow();
            Component background = w.model().component("background").orElseThrow();
            if (background.parameters().size() != 2) {
                throw new IllegalStateException("the script writes a linear background; the window's has "
                        + background.parameters().size() + " coefficients");
            }
            // the Chebyshev line of the window, written as a0 + a1·2θ through its values at the window ends
            double yMin = background.value(w.minDeg());
            double yMax = background.value(w.maxDeg());
            double a1 = (yMax - yMin) / (w.maxDeg() - w.minDeg());
            double a0 = yMin - a1 * w.minDeg();
            // @0 exists in a new session; @+ appends dataset k
            out.append(String.format(Locale.ROOT,
                    "%n%s < '_SCRIPT_DIR_/../../../shared/validation/xrd/LaB6_d500_si_psd.xye':1:2:3:%n",
                    k == 0 ? "@0" : "@+"));
            out.append(String.format(Locale.ROOT, "@%d: A = (x >= %.17g and x <= %.17g)%n", k, w.minDeg(), w.maxDeg()));
            out.append(String.format(Locale.ROOT, "$c%d = ~%.10g%n$w%d = ~%.10g%n$a%d = ~%.10g%n$e%d = ~%.10g%n",
                    k, start(peak, "center"), k, start(peak, "fwhm") / 2, k, start(peak, "area"), k,
                    start(peak, "eta")));
            out.append(String.format(Locale.ROOT, "%%ka1_%d = PseudoVoigtA($a%d, $c%d, $w%d, $e%d)%n", k, k, k, k, k));
            out.append(String.format(Locale.ROOT,
                    "%%ka2_%d = PseudoVoigtA(%.10g*$a%d, 2*asin(%.12f*sin($c%d*pi/360))*180/pi, $w%d, $e%d)%n",
                    k, radiation.kAlpha2Ratio(), k, ratio, k, k, k));
            out.append(String.format(Locale.ROOT, "%%bg%d = Linear(~%.10g, ~%.10g)%n", k, a0, a1));
            out.append(String.format(Locale.ROOT, "@%d: F = %%bg%d + %%ka1_%d + %%ka2_%d%n", k, k, k, k));
            out.append(String.format(Locale.ROOT, "@%d: print 'window %d points:', count(a)%n", k, k));
        }
        // each dataset fitted on its own, as the fitter fits each window on its own
        out.append(String.format(Locale.ROOT, "%n@*: fit%n@*: info fit%n"));
        for (int k = 0; k < windows.size(); k++) {
            out.append(String.format(Locale.ROOT, "info prop %%ka1_%d%n", k));
        }
        return out.toString();
    }

    private static double start(Component peak, String parameter) {
        return peak.parameter(parameter).orElseThrow(() -> new IllegalStateException(
                "the peak has no " + parameter + " parameter; the script writes a pseudo-Voigt")).value();
    }

    public static void main(String[] args) throws IOException {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        out.print(script(BenchXrd.lab6Pattern(), BenchXrd.copperKAlpha()));
    }
}
