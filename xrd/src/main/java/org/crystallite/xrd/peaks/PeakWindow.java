package org.crystallite.xrd.peaks;

import java.util.List;

import org.crystallite.spectrum.fit.FitResult;

/**
 * One fitted 2θ window: a group of overlapping peaks with their background.
 *
 * @param minDeg lower 2θ limit
 * @param maxDeg upper 2θ limit
 * @param peakCount number of peaks fitted together
 * @param fit the full fit result (curves, covariance, warnings)
 */
public record PeakWindow(double minDeg, double maxDeg, int peakCount, FitResult fit) {

    public double reducedChi2() {
        return fit.reducedChi2();
    }

    public List<String> warnings() {
        return fit.warnings();
    }
}
