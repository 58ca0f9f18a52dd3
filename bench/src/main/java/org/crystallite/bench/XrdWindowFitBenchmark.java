package org.crystallite.bench;

import java.util.List;
import org.crystallite.xrd.peaks.PeakList;
import org.openjdk.jmh.annotations.Benchmark;

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
public class XrdWindowFitBenchmark extends XrdFitAtBenchmark {

    private static final List<Double> START_110 = List.of(BenchXrd.LAB6_110_START_DEG);

    @Override
    protected List<Double> starts() {
        return START_110;
    }

    @Benchmark
    public PeakList fitLab6Reflection110() {
        return fitAtStarts();
    }
}
