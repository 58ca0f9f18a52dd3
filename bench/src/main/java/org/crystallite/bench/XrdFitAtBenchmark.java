package org.crystallite.bench;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.crystallite.spectrum.Spectrum;
import org.crystallite.xrd.peaks.PeakList;
import org.crystallite.xrd.peaks.XrdPeakFitter;
import org.crystallite.xrd.radiation.Radiation;
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
 * The set-up shared by the XRD {@code fitAt} benchmarks: LaB6_d500_si_psd.xye as read
 * ({@code pattern=file}) or cropped to 20–77.5° beforehand ({@code pattern=cropped}), Cu Kα1/Kα2,
 * the benchmark fitter of {@link BenchXrd}; a subclass names the start positions and its benchmark
 * times one whole {@code fitAt}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
// 15 s of warm-up: the JIT is still compiling the fit and result-assembly paths after 5 s (iteration
// means fell from 5.5 to 2.8 ms over the first 11 s of the ten-window fit on 2026-11-22)
@Warmup(iterations = 15, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(2)
public abstract class XrdFitAtBenchmark {

    @Param({"file", "cropped"})
    public String pattern;

    private Spectrum spectrum;
    private Radiation radiation;
    private XrdPeakFitter fitter;

    /** The start 2θ positions (degrees) handed to {@code fitAt}. */
    protected abstract List<Double> starts();

    @Setup
    public void setUp() throws IOException {
        spectrum = BenchXrd.lab6Pattern(pattern);
        radiation = BenchXrd.copperKAlpha();
        fitter = BenchXrd.fitter();
    }

    /** One whole {@code fitAt}: start estimates, window set-up, fits and peak results. */
    protected PeakList fitAtStarts() {
        return fitter.fitAt(spectrum, radiation, starts());
    }
}
