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
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Target: a single-peak window fit in ≤ 1 ms (design notes §5.2). The fityk parity fit: one
 * Gaussian on nacl01.dat, 23–26° (78 points), from fityk's own start values
 * (bench/peers/nacl01_gauss.fit).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(2)
public class SinglePeakFitBenchmark {

    private Spectrum pattern;
    private Model model;
    private Fitter fitter;

    @Setup
    public void setUp() throws IOException {
        pattern = BenchData.readTwoTheta(BenchData.validationFile("xrd", BenchModels.NACL_FILE));
        model = ModelJson.parse(BenchModels.naclSingleGaussian(), pattern);
        fitter = new Fitter(FitOptions.defaults());
    }

    @Benchmark
    public FitResult fitNaclGaussian() throws FitException {
        return fitter.fit(pattern, model);
    }
}
