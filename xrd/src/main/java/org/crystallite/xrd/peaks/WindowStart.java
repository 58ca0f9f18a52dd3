package org.crystallite.xrd.peaks;

import java.util.Objects;

import org.crystallite.spectrum.model.Model;

/**
 * One window as {@link XrdPeakFitter} fits it, before the fit: its 2θ limits, the measured points
 * inside them and the start model (a Kα doublet or single line named {@code peak1}, {@code peak2},
 * … per peak with start values and bounds, and a Chebyshev {@code background} over the window,
 * limited to the window's range). Fitting {@link #model()} to those points with the fitter's
 * weighting gives the window's fit.
 *
 * @param minDeg lower 2θ limit
 * @param maxDeg upper 2θ limit
 * @param firstPoint index in the pattern of the first point inside the limits
 * @param lastPoint index of the last point inside the limits
 * @param peakCount number of peaks fitted together in the window
 * @param model the start model
 */
public record WindowStart(double minDeg, double maxDeg, int firstPoint, int lastPoint, int peakCount, Model model) {

    public WindowStart {
        Objects.requireNonNull(model, "model");
        if (!(minDeg <= maxDeg) || firstPoint < 0 || lastPoint < firstPoint || peakCount < 1) {
            throw new IllegalArgumentException("not a window: " + minDeg + "–" + maxDeg + "°, points " + firstPoint
                    + "–" + lastPoint + ", " + peakCount + " peak(s)");
        }
    }

    /** Number of measured points in the window. */
    public int points() {
        return lastPoint - firstPoint + 1;
    }
}
