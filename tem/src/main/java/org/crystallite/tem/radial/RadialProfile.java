package org.crystallite.tem.radial;

import java.util.Arrays;

/**
 * An azimuthally averaged intensity profile: bin k covers corrected radii around
 * {@code radius[k] = k·binWidth}. Empty bins (all pixels masked or outside the image) hold NaN.
 *
 * @param radius    bin centres in {@code unit} (1/nm or px)
 * @param intensity mean intensity of the pixels in the bin
 * @param sigma     standard error of that mean from the scatter of the pixels around the ring
 *                  (NaN where fewer than two pixels contribute)
 * @param pixels    number of pixels contributing (fractional: pixels are split between bins)
 * @param binWidth  bin width in {@code unit}
 * @param unit      {@link PatternScale#PER_NM} or {@link PatternScale#PIXELS}
 */
public record RadialProfile(double[] radius, double[] intensity, double[] sigma, double[] pixels, double binWidth,
        String unit) {

    public RadialProfile {
        int n = radius.length;
        if (intensity.length != n || sigma.length != n || pixels.length != n) {
            throw new IllegalArgumentException("profile arrays differ in length");
        }
        radius = radius.clone();
        intensity = intensity.clone();
        sigma = sigma.clone();
        pixels = pixels.clone();
    }

    public int size() {
        return radius.length;
    }

    @Override
    public double[] radius() {
        return radius.clone();
    }

    @Override
    public double[] intensity() {
        return intensity.clone();
    }

    @Override
    public double[] sigma() {
        return sigma.clone();
    }

    @Override
    public double[] pixels() {
        return pixels.clone();
    }

    public double radius(int k) {
        return radius[k];
    }

    public double intensity(int k) {
        return intensity[k];
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof RadialProfile p && p.binWidth == binWidth && p.unit.equals(unit)
                && Arrays.equals(p.radius, radius) && Arrays.equals(p.intensity, intensity)
                && Arrays.equals(p.sigma, sigma) && Arrays.equals(p.pixels, pixels);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(intensity) * 31 + unit.hashCode();
    }

    @Override
    public String toString() {
        return "RadialProfile[" + radius.length + " bins of " + binWidth + " " + unit + "]";
    }
}
