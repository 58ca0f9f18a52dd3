package org.crystallite.bench;

import java.util.List;
import org.crystallite.xrd.peaks.PeakList;
import org.openjdk.jmh.annotations.Benchmark;

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
public class XrdTenDoubletFitBenchmark extends XrdFitAtBenchmark {

    @Override
    protected List<Double> starts() {
        return BenchXrd.LAB6_STARTS_DEG;
    }

    @Benchmark
    public PeakList fitLab6TenDoublets() {
        return fitAtStarts();
    }
}
