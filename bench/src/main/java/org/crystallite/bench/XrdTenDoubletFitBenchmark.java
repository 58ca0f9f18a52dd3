package org.crystallite.bench;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.crystallite.spectrum.Spectrum;
import org.crystallite.xrd.peaks.PeakList;
import org.crystallite.xrd.peaks.XrdPeakFitter;
import org.crystallite.xrd.radiation.Radiation;
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
 * Target: the 10-peak doublet fit of a full pattern faster than fityk on the same data (issue 3):
 * the ten LaB6 reflections between 20 and 77.5° of LaB6_d500_si_psd.xye, each a Cu Kα1/Kα2
 * pseudo-Voigt doublet, fitted by {@link org.crystallite.xrd.peaks.XrdPeakFitter#fitAt} over the
 * whole range: ten windows of ±5 start FWHM, each a separate fit of one doublet and a linear
 * background (6 parameters; see {@link BenchXrd}). fityk fits the same ten windows with the same
 * model in {@code peers/lab6_10doublets.fit}. One operation is the whole {@code fitAt}.
 *
 * <p>{@code pattern=file}: the pattern as read, the fit fityk repeats; {@code pattern=cropped}: the
 * same pattern cropped to 20–77.5° beforehand, which gives the same windows and fits (start estimates
 * and windows depend only on the points near each start) and should time alike.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
// 15 s of warm-up: the JIT is still compiling the fit and result-assembly paths after 5 s (iteration
// means fell from 5.5 to 2.8 ms over the first 11 s of the ten-window fit on 2026-11-22)
@Warmup(iterations = 15, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(2)
public class XrdTenDoubletFitBenchmark {

    @Param({"file", "cropped"})
    public String pattern;

    private Spectrum spectrum;
    private Radiation radiation;
    private XrdPeakFitter fitter;
    private List<Double> starts;

    @Setup
    public void setUp() throws IOException {
        spectrum = BenchXrd.lab6Pattern(pattern);
        radiation = BenchXrd.copperKAlpha();
        fitter = BenchXrd.fitter();
        starts = BenchXrd.LAB6_STARTS_DEG;
    }

    @Benchmark
    public PeakList fitLab6TenDoublets() {
        return fitter.fitAt(spectrum, radiation, starts);
    }
}
