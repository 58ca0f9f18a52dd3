package org.crystallite.tem.lattice;

/**
 * One diffraction spot of a power spectrum.
 *
 * @param column      refined column in the centred spectrum (pixels)
 * @param row         refined row in the centred spectrum (pixels)
 * @param gx          x component of g, 1/nm (after any pixel-grid calibration)
 * @param gy          y component of g, 1/nm, positive down as image y
 * @param snr         (peak − background median) / robust background σ
 * @param power       |F|² at the maximum pixel
 * @param friedelMate index of the spot at −g in the same list
 */
public record Spot(double column, double row, double gx, double gy, double snr, double power, int friedelMate) {

    /** |g| in 1/nm. */
    public double g() {
        return Math.hypot(gx, gy);
    }

    /** Lattice-plane spacing d = 1/|g| in nm. */
    public double dNm() {
        return 1.0 / g();
    }

    /** Direction of g in degrees, counter-clockwise from +x as seen on screen: atan2(−gy, gx), in (−180, 180]. */
    public double angleDeg() {
        return Math.toDegrees(Math.atan2(-gy, gx));
    }

    Spot withMate(int mate) {
        return new Spot(column, row, gx, gy, snr, power, mate);
    }

    Spot withG(double newGx, double newGy) {
        return new Spot(column, row, newGx, newGy, snr, power, friedelMate);
    }
}
