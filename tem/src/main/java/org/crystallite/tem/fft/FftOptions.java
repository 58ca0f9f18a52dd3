package org.crystallite.tem.fft;

import java.util.Optional;

/**
 * How an image is prepared for the Fourier transform.
 *
 * @param window             apodisation (default {@link WindowFunction#HANN})
 * @param subtractMean       remove the mean first so the zero-frequency peak does not leak into low
 *                           frequencies (default true)
 * @param periodicPlusSmooth transform only the periodic component of Moisan's decomposition, which
 *                           removes the edge cross without a window (default false)
 * @param region             the part of the image to transform, or null for all of it
 */
public record FftOptions(WindowFunction window, boolean subtractMean, boolean periodicPlusSmooth, Roi region) {

    public FftOptions {
        if (window == null) {
            throw new IllegalArgumentException("window must be given (NONE for no window)");
        }
    }

    /** Hann window, mean subtracted, no decomposition, whole image. */
    public static FftOptions defaults() {
        return new FftOptions(WindowFunction.HANN, true, false, null);
    }

    public FftOptions withWindow(WindowFunction w) {
        return new FftOptions(w, subtractMean, periodicPlusSmooth, region);
    }

    public FftOptions withPeriodicPlusSmooth(boolean on) {
        return new FftOptions(window, subtractMean, on, region);
    }

    public FftOptions withSubtractMean(boolean on) {
        return new FftOptions(window, on, periodicPlusSmooth, region);
    }

    public FftOptions withRegion(Roi roi) {
        return new FftOptions(window, subtractMean, periodicPlusSmooth, roi);
    }

    /** The region, when one was chosen. */
    public Optional<Roi> roi() {
        return Optional.ofNullable(region);
    }
}
