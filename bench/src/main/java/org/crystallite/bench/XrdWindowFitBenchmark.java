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
 * Target: a single-peak window fit in ≤ 1 ms (issue 3) on a real XRD peak: the LaB6 (110)
 * reflection of LaB6_d500_si_psd.xye as one Cu Kα1/Kα2 pseudo-Voigt doublet (centre, area, FWHM,
 * η) on a linear background, in the window of ±5 start FWHM that
 * {@link org.crystallite.xrd.peaks.XrdPeakFitter} chooses (169 points). One operation is
 * the whole {@code fitAt}: start estimate from the data, model set-up, fit and the peak results.
 *
 * <p>{@code pattern=file} is the pattern as read (4.57–150.54°, 17375 points, with a gap at
 * 150.486° where the reader dropped an esd = 0 row); {@code pattern=cropped} is the same file cropped
 * to 20–77.5° beforehand. {@code fitAt} estimates the start from the points within 2° of it and fits
 * the window's own points, so both give the same window (169 points) and fit, and should time alike.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
// 15 s of warm-up: the JIT is still compiling the fit and result-assembly paths after 5 s (iteration
// means fell from 5.5 to 2.8 ms over the first 11 s of the ten-window fit on 2026-11-22)
@Warmup(iterations = 15, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(2)
public class XrdWindowFitBenchmark {

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
        starts = List.of(BenchXrd.LAB6_110_START_DEG);
    }

    @Benchmark
    public PeakList fitLab6Reflection110() {
        return fitter.fitAt(spectrum, radiation, starts);
    }
}
