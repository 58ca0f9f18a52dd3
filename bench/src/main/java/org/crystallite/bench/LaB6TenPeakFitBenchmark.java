package org.crystallite.bench;

import java.io.IOException;
import java.util.concurrent.TimeUnit;
import org.crystallite.spectrum.Spectrum;
import org.crystallite.spectrum.fit.FitException;
import org.crystallite.spectrum.fit.FitOptions;
import org.crystallite.spectrum.fit.FitResult;
import org.crystallite.spectrum.fit.Fitter;
import org.crystallite.spectrum.model.Model;
import org.crystallite.spectrum.model.ModelJson;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Target: the 43-parameter LaB6 fit (10 pseudo-Voigt + quadratic background, 20–77.5°, 6845
 * points, weights 1/√y) faster than fityk 1.3.2 on the same fit (bench/peers/lab6_10pv.fit).
 * Reading the file and parsing the model are done once in the set-up; one operation is the whole
 * fit from the same start values, including the result (σ, covariance, curves).
 *
 * <p>{@code eta=bounded} is the model as a user writes it (η in [0, 1]); {@code eta=unbounded}
 * lets η leave [0, 1] like fityk's default Levenberg–Marquardt, so both tools solve the same
 * problem and should reach the same WSSR. The long warm-up lets C2 finish compiling the fit,
 * which takes seconds when the two cores are shared.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 1)
@Fork(2)
public class LaB6TenPeakFitBenchmark {

    @Param({"bounded", "unbounded"})
    public String eta;

    private Spectrum pattern;
    private Model model;
    private Fitter fitter;

    @Setup
    public void setUp() throws IOException {
        pattern = BenchData.readTwoTheta(BenchData.validationFile("xrd", BenchModels.LAB6_FILE));
        model = ModelJson.parse(BenchModels.lab6TenPeaks("unbounded".equals(eta)), pattern);
        fitter = new Fitter(FitOptions.defaults());
    }

    @Benchmark
    public FitResult fitTenPseudoVoigtsAndQuadratic() throws FitException {
        return fitter.fit(pattern, model);
    }
}
