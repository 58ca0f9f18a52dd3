package org.crystallite.tem.radial;

/**
 * Size of one pixel of a pattern along x and y in {@code unit}: reciprocal nanometres for a calibrated
 * diffraction pattern or power spectrum, {@code "px"} (1 × 1) for an uncalibrated pattern.
 *
 * @param x    units per pixel along x
 * @param y    units per pixel along y
 * @param unit {@link #PER_NM} or {@link #PIXELS}
 */
public record PatternScale(double x, double y, String unit) {

    /** The unit of a calibrated pattern. */
    public static final String PER_NM = "1/nm";
    /** The unit of an uncalibrated pattern. */
    public static final String PIXELS = "px";

    public PatternScale {
        if (!(x > 0) || !(y > 0) || Double.isInfinite(x) || Double.isInfinite(y)) {
            throw new IllegalArgumentException("pattern pixel sizes must be positive and finite: " + x + ", " + y);
        }
        if (!PER_NM.equals(unit) && !PIXELS.equals(unit)) {
            throw new IllegalArgumentException("pattern unit must be " + PER_NM + " or " + PIXELS + ": " + unit);
        }
    }

    /** One unit per pixel, uncalibrated. */
    public static PatternScale pixels() {
        return new PatternScale(1, 1, PIXELS);
    }

    /** Square pixels of {@code perNm} 1/nm. */
    public static PatternScale perNm(double perNm) {
        return new PatternScale(perNm, perNm, PER_NM);
    }

    public boolean calibrated() {
        return PER_NM.equals(unit);
    }

    /** The geometric mean pixel size √(x·y): the size of an area-preserving square pixel. */
    public double mean() {
        return Math.sqrt(x * y);
    }

    /** The smaller of the two pixel sizes: the finest radial step the pattern resolves. */
    public double finest() {
        return Math.min(x, y);
    }
}
