package org.crystallite.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.crystallite.spectrum.Spectrum;
import org.crystallite.spectrum.fit.ComponentResult;
import org.crystallite.spectrum.fit.FitResult;
import org.crystallite.spectrum.fit.ParameterEstimate;
import org.crystallite.spectrum.ops.Crop;
import org.crystallite.xrd.peaks.PeakList;
import org.crystallite.xrd.peaks.PeakWindow;
import org.crystallite.xrd.radiation.Radiation;

/**
 * Prints, for the XRD benchmark fits ({@link XrdTenDoubletFitBenchmark}), what JMH does not show:
 * per window its 2θ limits (full precision, for the fityk peer), points, evaluations, iterations
 * and fitted values, WSSR (χ²), and the totals over the ten windows, for comparison
 * with {@code peers/lab6_10doublets.fit}.
 * {@code java -cp bench/target/benchmarks.jar org.crystallite.bench.XrdFitSummary}
 */
public final class XrdFitSummary {

    private XrdFitSummary() {
    }

    public static void main(String[] args) throws IOException {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        Spectrum pattern = BenchXrd.lab6Pattern();
        Radiation cu = BenchXrd.copperKAlpha();
        PeakList peaks = BenchXrd.fitter().fitAt(pattern, cu, BenchXrd.LAB6_STARTS_DEG);
        out.printf(Locale.ROOT, "== LaB6 10 Cu Ka doublets, %d windows, lambda2/lambda1 = %.10f%n",
                peaks.windows().size(), cu.kAlpha2Angstrom().getAsDouble() / cu.kAlpha1Angstrom());
        for (String w : peaks.warnings()) {
            out.println("warning: " + w);
        }
        double chi2 = 0;
        int points = 0;
        int evaluations = 0;
        int iterations = 0;
        for (PeakWindow w : peaks.windows()) {
            FitResult r = w.fit();
            chi2 += r.chi2();
            points += r.points();
            evaluations += r.evaluations();
            iterations += r.iterations();
            out.printf(Locale.ROOT, "%nwindow %.17g %.17g: points %d, free %d, evaluations %d, iterations %d,"
                            + " converged %s, WSSR %.6f%n", w.minDeg(), w.maxDeg(), r.points(),
                    r.freeParameters().size(), r.evaluations(), r.iterations(), r.converged(), r.chi2());
            for (ComponentResult c : r.components()) {
                StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "  %-10s", c.name()));
                for (ParameterEstimate p : c.parameters()) {
                    line.append(String.format(Locale.ROOT, " %s=%.8g%s", p.name(), p.value(),
                            p.atBound() ? "(at bound)" : ""));
                }
                out.println(line);
            }
            for (String warning : r.warnings()) {
                out.println("  warning: " + warning);
            }
        }
        out.printf(Locale.ROOT, "%ntotal: points %d, evaluations %d, iterations %d, WSSR (sum of windows) %.6f%n",
                points, evaluations, iterations, chi2);
        Spectrum cropped = Crop.range(pattern, BenchXrd.RANGE_MIN_DEG, BenchXrd.RANGE_MAX_DEG);
        for (Spectrum s : List.of(pattern, cropped)) {
            for (PeakWindow w : BenchXrd.fitter().fitAt(s, cu, List.of(BenchXrd.LAB6_110_START_DEG)).windows()) {
                out.printf(Locale.ROOT, "%n== XrdWindowFitBenchmark (110), pattern %s (%d points): window %.6f-%.6f,"
                                + " points %d, evaluations %d, WSSR %.6f%n", s == pattern ? "file" : "cropped", s.size(),
                        w.minDeg(), w.maxDeg(), w.fit().points(), w.fit().evaluations(), w.fit().chi2());
            }
        }
    }
}
