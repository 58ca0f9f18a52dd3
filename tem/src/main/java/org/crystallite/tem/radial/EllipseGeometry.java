package org.crystallite.tem.radial;

import java.util.Locale;

/**
 * The centre of a ring pattern and its elliptical distortion (projector-lens or detector tilt): a
 * circle of radius R appears as an ellipse with semi-axes a = R·√q along the major-axis direction
 * and b = R/√q across it, q = a/b ≥ 1. The correction is area preserving: the corrected radius of a
 * point is the geometric mean radius √(a·b) of the ellipse through it,
 * r = √(u²/q + v²·q) with (u, v) the offset from the centre rotated into the ellipse axes.
 * Offsets are in calibrated units (pixel offset × pixel size, {@link PatternScale}), so rings stay
 * circular when the pixels are not square.
 *
 * @param centreX        column of the centre (pixel centres at integers)
 * @param centreY        row of the centre (y down)
 * @param ratio          q = a/b ≥ 1 (1 for no distortion)
 * @param majorAxisRad   direction of the major axis in image coordinates, radians from +x toward +y
 *                       (y down), in (−π/2, π/2]
 */
public record EllipseGeometry(double centreX, double centreY, double ratio, double majorAxisRad) {

    public EllipseGeometry {
        if (!Double.isFinite(centreX) || !Double.isFinite(centreY)) {
            throw new IllegalArgumentException("centre must be finite: " + centreX + ", " + centreY);
        }
        if (!(ratio >= 1) || Double.isInfinite(ratio)) {
            throw new IllegalArgumentException("axis ratio must be finite and at least 1: " + ratio);
        }
        if (!Double.isFinite(majorAxisRad)) {
            throw new IllegalArgumentException("axis angle must be finite: " + majorAxisRad);
        }
        majorAxisRad = normalise(majorAxisRad);
    }

    /** A circle (no distortion) centred at ({@code x}, {@code y}). */
    public static EllipseGeometry circle(double x, double y) {
        return new EllipseGeometry(x, y, 1, 0);
    }

    /**
     * The geometry of the distortion vector (e1, e2) = η·(cos 2θ, sin 2θ) with q = e^η: the smooth
     * parametrisation the least-squares fit uses (no singularity at q = 1).
     */
    static EllipseGeometry fromVector(double centreX, double centreY, double e1, double e2) {
        double eta = Math.hypot(e1, e2);
        return new EllipseGeometry(centreX, centreY, Math.exp(eta), eta == 0 ? 0 : 0.5 * Math.atan2(e2, e1));
    }

    private static double normalise(double angle) {
        double a = Math.IEEEremainder(angle, Math.PI); // (−π/2, π/2]
        return a <= -Math.PI / 2 ? a + Math.PI : a;
    }

    /** η·cos 2θ of the distortion vector. */
    double e1() {
        return Math.log(ratio) * Math.cos(2 * majorAxisRad);
    }

    /** η·sin 2θ of the distortion vector. */
    double e2() {
        return Math.log(ratio) * Math.sin(2 * majorAxisRad);
    }

    /** The quadratic form M (m11, m12, m22) with r² = m11·dx² + 2·m12·dx·dy + m22·dy²; det M = 1. */
    double[] metric() {
        double c = Math.cos(majorAxisRad);
        double s = Math.sin(majorAxisRad);
        double q = ratio;
        return new double[] {c * c / q + s * s * q, c * s * (1 / q - q), s * s / q + c * c * q};
    }

    /** The corrected radius of a point at calibrated offset (dx, dy) from the centre. */
    public double radius(double dx, double dy) {
        double[] m = metric();
        return Math.sqrt(m[0] * dx * dx + 2 * m[1] * dx * dy + m[2] * dy * dy);
    }

    /** Ellipticity a/b − 1. */
    public double ellipticity() {
        return ratio - 1;
    }

    /** Major-axis direction in degrees counter-clockwise from +x as seen on screen, in (−90, 90]. */
    public double majorAxisAngleDeg() {
        double deg = -Math.toDegrees(majorAxisRad);
        return deg <= -90 ? deg + 180 : deg;
    }

    /** The same distortion about another centre. */
    public EllipseGeometry withCentre(double x, double y) {
        return new EllipseGeometry(x, y, ratio, majorAxisRad);
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "centre (%.3f, %.3f) px, a/b = %.5f, major axis %.2f°", centreX, centreY,
                ratio, majorAxisAngleDeg());
    }
}
