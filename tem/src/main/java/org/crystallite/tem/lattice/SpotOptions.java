package org.crystallite.tem.lattice;

/**
 * Settings of {@link SpotDetector}.
 *
 * @param snrThreshold       minimum (peak − background median) / robust background σ. The default 25
 *                           keeps pure noise out of spectra up to about 1024²: |F|² of noise is
 *                           exponentially distributed (median 0.69 μ, robust σ 0.71 μ), so SNR 25 means
 *                           18.5 μ, which few of a million pixels reach (seeded 1024² noise: none; at
 *                           4096² one pair at SNR 25.4 in one of our trials)
 * @param dcExclusionPx      spots within this radius (spectrum pixels) of the zero frequency are
 *                           ignored: they belong to the mean, the window and slow intensity variations
 * @param annulusInnerPx     inner radius of the background annulus around each maximum (outside the
 *                           Hann main lobe of ±2 pixels)
 * @param annulusOuterPx     outer radius of the background annulus
 * @param refinement         sub-pixel interpolation of each maximum
 * @param friedelTolerancePx largest distance between a spot and the mirror image of its mate at −g;
 *                           spots without a mate are rejected
 * @param maxSpots           at most this many spots (the highest SNR) are kept
 */
public record SpotOptions(double snrThreshold, double dcExclusionPx, double annulusInnerPx, double annulusOuterPx,
        SubPixelMethod refinement, double friedelTolerancePx, int maxSpots) {

    public SpotOptions {
        if (!(snrThreshold > 0) || !(dcExclusionPx >= 0) || !(annulusInnerPx >= 1)
                || !(annulusOuterPx >= annulusInnerPx + 1) || !(friedelTolerancePx > 0) || maxSpots < 2
                || refinement == null) {
            throw new IllegalArgumentException("invalid spot options: " + "snrThreshold " + snrThreshold
                    + ", dcExclusionPx " + dcExclusionPx + ", annulus " + annulusInnerPx + "–" + annulusOuterPx
                    + " px, friedelTolerancePx " + friedelTolerancePx + ", maxSpots " + maxSpots
                    + " (need SNR > 0, annulus ≥ 1 px and ≥ 1 px wide, tolerance > 0, at least 2 spots)");
        }
    }

    /** SNR 25, 4 px around the centre excluded, annulus 3–10 px, Hann-ratio refinement, 1 px, 60 spots. */
    public static SpotOptions defaults() {
        return new SpotOptions(25, 4, 3, 10, SubPixelMethod.HANN_RATIO, 1.0, 60);
    }

    public SpotOptions withSnrThreshold(double snr) {
        return new SpotOptions(snr, dcExclusionPx, annulusInnerPx, annulusOuterPx, refinement, friedelTolerancePx,
                maxSpots);
    }

    public SpotOptions withRefinement(SubPixelMethod method) {
        return new SpotOptions(snrThreshold, dcExclusionPx, annulusInnerPx, annulusOuterPx, method,
                friedelTolerancePx, maxSpots);
    }

    public SpotOptions withDcExclusionPx(double px) {
        return new SpotOptions(snrThreshold, px, annulusInnerPx, annulusOuterPx, refinement, friedelTolerancePx,
                maxSpots);
    }

    public SpotOptions withMaxSpots(int n) {
        return new SpotOptions(snrThreshold, dcExclusionPx, annulusInnerPx, annulusOuterPx, refinement,
                friedelTolerancePx, n);
    }
}
