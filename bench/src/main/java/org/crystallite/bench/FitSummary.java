package org.crystallite.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.crystallite.spectrum.Spectrum;
import org.crystallite.spectrum.background.ShirleyBackground;
import org.crystallite.spectrum.fit.ComponentResult;
import org.crystallite.spectrum.fit.FitException;
import org.crystallite.spectrum.fit.FitOptions;
import org.crystallite.spectrum.fit.FitResult;
import org.crystallite.spectrum.fit.Fitter;
import org.crystallite.spectrum.fit.ParameterEstimate;
import org.crystallite.spectrum.model.ModelJson;

/**
 * Runs each benchmarked computation once and prints what the timings alone do not show: points,
 * free parameters, evaluations, WSSR (χ²) and fitted values, for comparison with the peer
 * scripts' output. {@code java -cp bench/target/benchmarks.jar org.crystallite.bench.FitSummary}
 */
public final class FitSummary {

    private FitSummary() {
    }

    public static void main(String[] args) throws IOException, FitException {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        Fitter fitter = new Fitter(FitOptions.defaults());

        Spectrum lab6 = BenchData.readTwoTheta(BenchData.validationFile("xrd", BenchModels.LAB6_FILE));
        for (boolean unbounded : new boolean[] {false, true}) {
            FitResult r = fitter.fit(lab6, ModelJson.parse(BenchModels.lab6TenPeaks(unbounded), lab6));
            print(out, "LaB6 10 pV + quadratic, eta " + (unbounded ? "unbounded" : "bounded [0,1]"), r);
        }

        Spectrum nacl = BenchData.readTwoTheta(BenchData.validationFile("xrd", BenchModels.NACL_FILE));
        print(out, "nacl01 Gaussian 23-26", fitter.fit(nacl, ModelJson.parse(BenchModels.naclSingleGaussian(), nacl)));

        ShirleyBenchmark shirley = new ShirleyBenchmark();
        shirley.setUp();
        ShirleyBackground.Solution s = shirley.solveOnce();
        out.printf(Locale.ROOT, "%n== Shirley, %d points: %d iterations, converged %s%n", s.background().length,
                s.iterations(), s.converged());
    }

    private static void print(PrintStream out, String title, FitResult r) {
        out.printf(Locale.ROOT, "%n== %s%npoints %d, free parameters %d, evaluations %d, iterations %d, converged %s%n",
                title, r.points(), r.freeParameters().size(), r.evaluations(), r.iterations(), r.converged());
        out.printf(Locale.ROOT, "WSSR (chi2) %.6f, chi2/DoF %.6f%n", r.chi2(), r.reducedChi2());
        for (String w : r.warnings()) {
            out.println("warning: " + w);
        }
        for (ComponentResult c : r.components()) {
            StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "%-10s", c.name()));
            for (ParameterEstimate p : c.parameters()) {
                line.append(String.format(Locale.ROOT, " %s=%.8g%s", p.name(), p.value(), p.atBound() ? "(at bound)" : ""));
            }
            if (c.peak()) {
                line.append(String.format(Locale.ROOT, " height=%.6g", c.height()));
            }
            out.println(line);
        }
    }
}
