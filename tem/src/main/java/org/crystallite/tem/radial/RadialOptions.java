package org.crystallite.tem.radial;

/**
 * Settings of a ring analysis.
 *
 * @param binWidthPx     profile bin width in pixels of the finer axis (default 1)
 * @param subdivision    sub-pixels per pixel side for the profile (default 2; see {@link AzimuthalIntegrator})
 * @param maskBelow      exclude pixels below this value (a beam stop), NaN for none (default)
 * @param maskGrowPx     grow that mask by this many pixels (default 2)
 * @param centreGuessX   start column of the centre (NaN: the centroid of the brightest region)
 * @param centreGuessY   start row of the centre (NaN as above)
 * @param refineCentre   refine the centre on the rings (default true; ignored for power spectra, whose
 *                       centre is the zero frequency)
 * @param fitEllipse     fit the elliptical distortion as well (default true)
 * @param refineRings    how many of the strongest rings to refine the geometry on (default 3)
 * @param minSnr         minimum peak-search SNR of a ring (default 5)
 * @param minRadiusPx    rings are searched beyond this radius in pixels (default 4)
 * @param matchTolerance relative d tolerance of phase matching (default 0.02)
 */
public record RadialOptions(double binWidthPx, int subdivision, double maskBelow, int maskGrowPx, double centreGuessX,
        double centreGuessY, boolean refineCentre, boolean fitEllipse, int refineRings, double minSnr,
        double minRadiusPx, double matchTolerance) {

    public RadialOptions {
        if (!(binWidthPx > 0) || binWidthPx > 100) {
            throw new IllegalArgumentException("bin width must lie in (0, 100] px: " + binWidthPx);
        }
        if (subdivision < 1 || subdivision > 16) {
            throw new IllegalArgumentException("subdivision must be 1–16: " + subdivision);
        }
        if (maskGrowPx < 0 || maskGrowPx > 100) {
            throw new IllegalArgumentException("mask growth must be 0–100 px: " + maskGrowPx);
        }
        if (Double.isNaN(centreGuessX) != Double.isNaN(centreGuessY)) {
            throw new IllegalArgumentException("give both coordinates of the centre guess or neither");
        }
        if (refineRings < 1 || refineRings > 10) {
            throw new IllegalArgumentException("refine on 1–10 rings: " + refineRings);
        }
        if (!(minSnr > 0) || Double.isInfinite(minSnr)) {
            throw new IllegalArgumentException("minimum SNR must be positive: " + minSnr);
        }
        if (!(minRadiusPx >= 0) || Double.isInfinite(minRadiusPx)) {
            throw new IllegalArgumentException("minimum radius must be ≥ 0 px: " + minRadiusPx);
        }
        if (!(matchTolerance > 0 && matchTolerance < 0.5)) {
            throw new IllegalArgumentException("match tolerance must lie in (0, 0.5): " + matchTolerance);
        }
    }

    public static RadialOptions defaults() {
        return new RadialOptions(1, AzimuthalIntegrator.DEFAULT_SUBDIVISION, Double.NaN, 2, Double.NaN, Double.NaN,
                true, true, 3, 5, 4, 0.02);
    }

    public RadialOptions withMaskBelow(double threshold) {
        return new RadialOptions(binWidthPx, subdivision, threshold, maskGrowPx, centreGuessX, centreGuessY,
                refineCentre, fitEllipse, refineRings, minSnr, minRadiusPx, matchTolerance);
    }

    public RadialOptions withCentreGuess(double x, double y) {
        return new RadialOptions(binWidthPx, subdivision, maskBelow, maskGrowPx, x, y, refineCentre, fitEllipse,
                refineRings, minSnr, minRadiusPx, matchTolerance);
    }

    public RadialOptions withRefinement(boolean centre, boolean ellipse) {
        return new RadialOptions(binWidthPx, subdivision, maskBelow, maskGrowPx, centreGuessX, centreGuessY, centre,
                ellipse, refineRings, minSnr, minRadiusPx, matchTolerance);
    }

    public RadialOptions withBinWidthPx(double px) {
        return new RadialOptions(px, subdivision, maskBelow, maskGrowPx, centreGuessX, centreGuessY, refineCentre,
                fitEllipse, refineRings, minSnr, minRadiusPx, matchTolerance);
    }

    public RadialOptions withMinSnr(double snr) {
        return new RadialOptions(binWidthPx, subdivision, maskBelow, maskGrowPx, centreGuessX, centreGuessY,
                refineCentre, fitEllipse, refineRings, snr, minRadiusPx, matchTolerance);
    }

    public RadialOptions withMatchTolerance(double tolerance) {
        return new RadialOptions(binWidthPx, subdivision, maskBelow, maskGrowPx, centreGuessX, centreGuessY,
                refineCentre, fitEllipse, refineRings, minSnr, minRadiusPx, tolerance);
    }

    public boolean hasCentreGuess() {
        return !Double.isNaN(centreGuessX);
    }
}
