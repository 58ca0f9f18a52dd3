package org.crystallite.spectrum.peaks;

/**
 * A peak found by {@link PeakSearch}: a starting point for a fit, not a fitted result.
 *
 * @param x position in x units (vertex of a parabola through the smoothed −y'' around its maximum)
 * @param height smoothed y at the peak above a local linear baseline, in y units
 * @param fwhmEstimate full width at half maximum in x units, estimated from the width of −y''
 *                     assuming a Gaussian profile
 * @param snr −y'' at the peak divided by its standard deviation (noise of the filtered second derivative)
 * @param index index of the nearest data point
 */
public record PeakCandidate(double x, double height, double fwhmEstimate, double snr, int index) {
}
