package org.crystallite.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import com.sun.management.OperatingSystemMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.Locale;
import org.crystallite.spectrum.Spectrum;
import org.crystallite.spectrum.background.ShirleyBackground;
import org.crystallite.spectrum.fit.ComponentResult;
import org.crystallite.spectrum.fit.FitException;
import org.crystallite.spectrum.fit.FitOptions;
import org.crystallite.spectrum.fit.FitResult;
import org.crystallite.spectrum.fit.Fitter;
import org.crystallite.spectrum.fit.ParameterEstimate;
import org.crystallite.spectrum.model.Model;
import org.crystallite.spectrum.model.ModelJson;

/**
 * Runs each benchmarked computation and prints what the JMH timings alone do not show: points,
 * free parameters, evaluations, WSSR (χ²) and fitted values, for comparison with the peer
 * scripts' output, and per operation the median CPU time of the whole JVM process (all threads:
 * the fitter sums its normal equations in parallel) beside the wall-clock time — the CPU figure
 * is the one to set beside fityk's own "s. of CPU time" when other processes share the machine
 * and wall-clock times stretch. {@code java -cp bench/target/benchmarks.jar org.crystallite.bench.FitSummary}
 */
public final class FitSummary {

    private FitSummary() {
    }

    public static void main(String[] args) throws IOException, FitException {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        Fitter fitter = new Fitter(FitOptions.defaults());

        Spectrum lab6 = BenchData.readTwoTheta(BenchData.validationFile("xrd", BenchModels.LAB6_FILE));
        for (boolean unbounded : new boolean[] {false, true}) {
            Model model = ModelJson.parse(BenchModels.lab6TenPeaks(unbounded), lab6);
            FitResult r = fitter.fit(lab6, model);
            print(out, "LaB6 10 pV + quadratic, eta " + (unbounded ? "unbounded" : "bounded [0,1]"), r);
            printCpuTime(out, 15, 11, () -> fitter.fit(lab6, model));
        }

        Spectrum nacl = BenchData.readTwoTheta(BenchData.validationFile("xrd", BenchModels.NACL_FILE));
        Model naclModel = ModelJson.parse(BenchModels.naclSingleGaussian(), nacl);
        print(out, "nacl01 Gaussian 23-26", fitter.fit(nacl, naclModel));
        printCpuTime(out, 200, 200, () -> fitter.fit(nacl, naclModel));

        ShirleyBenchmark shirley = new ShirleyBenchmark();
        shirley.setUp();
        ShirleyBackground.Solution s = shirley.solveOnce();
        out.printf(Locale.ROOT, "%n== Shirley, %d points: %d iterations, converged %s%n", s.background().length,
                s.iterations(), s.converged());
        printCpuTime(out, 2000, 1000, shirley::solveOnce);
    }

    /** One timed operation. */
    @FunctionalInterface
    private interface Operation {
        Object run() throws FitException;
    }

    private static void printCpuTime(PrintStream out, int warmup, int runs, Operation op) throws FitException {
        OperatingSystemMXBean os = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        for (int i = 0; i < warmup; i++) {
            op.run();
        }
        ThreadMXBean thread = ManagementFactory.getThreadMXBean();
        double[] cpuMs = new double[runs];
        double[] threadMs = new double[runs];
        double[] wallMs = new double[runs];
        for (int i = 0; i < runs; i++) {
            long cpu = os.getProcessCpuTime();
            long own = thread.getCurrentThreadCpuTime();
            long wall = System.nanoTime();
            op.run();
            wallMs[i] = (System.nanoTime() - wall) / 1e6;
            threadMs[i] = (thread.getCurrentThreadCpuTime() - own) / 1e6;
            cpuMs[i] = (os.getProcessCpuTime() - cpu) / 1e6;
        }
        out.printf(Locale.ROOT, "per operation (%d runs after %d warm-up), medians: wall-clock %.4f ms (min %.4f),"
                + " calling-thread CPU %.4f ms, whole-process CPU %.0f ms (10 ms ticks; all threads)%n", runs, warmup,
                median(wallMs), wallMs[0], median(threadMs), median(cpuMs));
    }

    /** Sorts in place and returns the median. */
    private static double median(double[] v) {
        Arrays.sort(v);
        int n = v.length;
        return n % 2 == 1 ? v[n / 2] : 0.5 * (v[n / 2 - 1] + v[n / 2]);
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
