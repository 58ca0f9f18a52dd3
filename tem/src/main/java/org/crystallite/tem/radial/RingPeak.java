package org.crystallite.tem.radial;

/**
 * A ring found in a radial profile, in the profile's unit (1/nm or px).
 *
 * @param radius      fitted centre of the peak (sub-bin)
 * @param radiusSigma its standard error from the fit (scaled by √χ²ν)
 * @param fwhm        fitted full width at half maximum
 * @param height      fitted peak height above the background
 * @param snr         second-derivative signal-to-noise ratio of the peak search
 */
public record RingPeak(double radius, double radiusSigma, double fwhm, double height, double snr) {
}
