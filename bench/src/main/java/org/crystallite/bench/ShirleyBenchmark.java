package org.crystallite.bench;

import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.crystallite.spectrum.background.ShirleyBackground;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Target: Shirley background of a 1000-point spectrum in ≤ 1 ms.
 *
 * <p>Input: a seeded synthetic XPS-like region, 280–300 eV binding energy (x increasing), one
 * Gaussian–Lorentzian peak (centre 285 eV, FWHM 1.2 eV, area 6000 counts·eV) on a flat 200-count
 * baseline that rises by 0.25 × the peak area lying on its low-binding-energy side (an ideal Shirley
 * step, 1500 counts at the high-BE end), with Gaussian noise of σ = √y.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(2)
public class ShirleyBenchmark {

    static final int POINTS = 1000;

    private double[] bindingEnergyEv;
    private double[] counts;
    private ShirleyBackground shirley;

    @Setup
    public void setUp() {
        bindingEnergyEv = new double[POINTS];
        counts = new double[POINTS];
        double step = 20.0 / (POINTS - 1);
        double fwhm = 1.2;
        double area = 6000;
        double lorentzFraction = 0.3;
        // pseudo-Voigt with unit area: (1 - m)·G + m·L, each normalised to area 1
        double sigmaG = fwhm / (2 * Math.sqrt(2 * Math.log(2)));
        double gamma = fwhm / 2;
        double integrated = 0;
        double previousPeak = 0;
        Random random = new Random(20_260_122L);
        for (int i = 0; i < POINTS; i++) {
            double x = 280 + i * step;
            double u = x - 285;
            double g = Math.exp(-0.5 * u * u / (sigmaG * sigmaG)) / (sigmaG * Math.sqrt(2 * Math.PI));
            double l = gamma / (Math.PI * (u * u + gamma * gamma));
            double peak = area * ((1 - lorentzFraction) * g + lorentzFraction * l);
            if (i > 0) {
                integrated += 0.5 * (peak + previousPeak) * step;
            }
            previousPeak = peak;
            double mean = 200 + 0.25 * integrated + peak;
            bindingEnergyEv[i] = x;
            counts[i] = mean + Math.sqrt(mean) * random.nextGaussian();
        }
        shirley = new ShirleyBackground();
    }

    @Benchmark
    public double[] shirley1000Points() {
        return shirley.compute(bindingEnergyEv, counts);
    }

    /** One solution with its iteration count, for {@link FitSummary}. */
    ShirleyBackground.Solution solveOnce() {
        return shirley.solve(bindingEnergyEv, counts);
    }
}
