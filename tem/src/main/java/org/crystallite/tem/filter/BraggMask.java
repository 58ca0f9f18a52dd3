package org.crystallite.tem.filter;

/**
 * One mask shape centred at the reciprocal vector g = (gx, gy) in 1/nm (image axes, y down, the
 * convention of {@link org.crystallite.tem.fft.PowerSpectrum}). As part of a {@link MaskSet} it
 * always acts at +g and at its Friedel mate −g.
 */
public record BraggMask(double gx, double gy, MaskShape shape) {

    public BraggMask {
        if (!Double.isFinite(gx) || !Double.isFinite(gy)) {
            throw new IllegalArgumentException("mask centre g must be finite, got (" + gx + ", " + gy + ")");
        }
        if (shape == null) {
            throw new IllegalArgumentException("mask shape must be given");
        }
    }

    /** Weight at frequency (kx, ky) of the mask at +g only. */
    public double weightAtG(double kx, double ky) {
        return shape.weight(distance(kx - gx, ky - gy));
    }

    /** Weight at (kx, ky) of the pair at +g and −g: the larger of the two. */
    public double weightWithMate(double kx, double ky) {
        return Math.max(weightAtG(kx, ky), shape.weight(distance(kx + gx, ky + gy)));
    }

    /** √(dx² + dy²): Math.hypot's overflow guard is not needed for reciprocal lengths and costs ~10×. */
    private static double distance(double dx, double dy) {
        return Math.sqrt(dx * dx + dy * dy);
    }

    /** |g| in 1/nm. */
    public double g() {
        return Math.hypot(gx, gy);
    }

    /** d = 1/|g| in nm (infinite for a mask at the origin). */
    public double dNm() {
        return 1 / g();
    }
}
