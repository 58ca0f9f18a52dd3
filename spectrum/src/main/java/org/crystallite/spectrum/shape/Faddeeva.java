package org.crystallite.spectrum.shape;

/**
 * The Faddeeva function w(z) = exp(-z²) erfc(-iz) in the closed upper half plane (Im z ≥ 0),
 * the kernel of the exact Voigt profile and of erfcx.
 *
 * <p>Inside |z| &lt; 8: J.A.C. Weideman, "Computation of the complex error function", SIAM J.
 * Numer. Anal. 31 (1994) 1497, rational series with N = 40 terms (error about 1e-15 of w(iy)).
 * Outside: the Laplace continued fraction w(z) = (i/√π)/(z − ½/(z − 1/(z − 3/2/…))) with 20
 * levels, which converges to double precision there. Results are written into a caller's array
 * so evaluation allocates nothing.
 */
public final class Faddeeva {

    private static final int TERMS = 40;
    private static final double L = Math.sqrt(TERMS / Math.sqrt(2));
    private static final double INV_SQRT_PI = 1 / Math.sqrt(Math.PI);
    private static final double CONTINUED_FRACTION_RADIUS_SQ = 64;
    private static final int CONTINUED_FRACTION_LEVELS = 20;
    /** a[n-1] = coefficient of Z^(n-1), n = 1..TERMS (Weideman's a_n). */
    private static final double[] COEFFS = weidemanCoefficients();

    private Faddeeva() {
    }

    private static double[] weidemanCoefficients() {
        int m = 2 * TERMS;
        int n = 2 * m;
        double[] f = new double[n];
        // f sampled at t_k = L tan(k π / 2M), k = -M+1..M-1, with f[0] = 0, then fft-shifted by M.
        double[] unshifted = new double[n];
        for (int k = -m + 1; k <= m - 1; k++) {
            double t = L * Math.tan(k * Math.PI / (2.0 * m));
            unshifted[k + m] = Math.exp(-t * t) * (L * L + t * t);
        }
        for (int i = 0; i < n; i++) {
            f[i] = unshifted[(i + m) % n];
        }
        double[] a = new double[TERMS];
        for (int k = 1; k <= TERMS; k++) {
            double s = 0;
            for (int j = 0; j < n; j++) {
                s += f[j] * Math.cos(2 * Math.PI * ((long) j * k % n) / n);
            }
            a[k - 1] = s / n;
        }
        return a;
    }

    /**
     * Writes Re w(x+iy) to {@code out[offset]} and Im w(x+iy) to {@code out[offset+1]}.
     *
     * @throws IllegalArgumentException if y &lt; 0 (only the upper half plane is needed here)
     */
    public static void w(double x, double y, double[] out, int offset) {
        if (!(y >= 0)) {
            throw new IllegalArgumentException("Faddeeva w(z) needs Im z >= 0, got " + y);
        }
        if (x * x + y * y >= CONTINUED_FRACTION_RADIUS_SQ) {
            continuedFraction(x, y, out, offset);
            return;
        }
        // Z = (L + iz)/(L - iz); with z = x + iy: L + iz = (L - y) + ix, L - iz = (L + y) - ix.
        double dr = L + y;
        double di = -x;
        double nr = L - y;
        double ni = x;
        double den = dr * dr + di * di;
        double zr = (nr * dr + ni * di) / den;
        double zi = (ni * dr - nr * di) / den;
        double pr = COEFFS[TERMS - 1];
        double pi = 0;
        for (int k = TERMS - 2; k >= 0; k--) {
            double t = pr * zr - pi * zi + COEFFS[k];
            pi = pr * zi + pi * zr;
            pr = t;
        }
        // 1/(L - iz) = conj(d)/|d|²
        double ir = dr / den;
        double ii = -di / den;
        double i2r = ir * ir - ii * ii;
        double i2i = 2 * ir * ii;
        out[offset] = 2 * (pr * i2r - pi * i2i) + INV_SQRT_PI * ir;
        out[offset + 1] = 2 * (pr * i2i + pi * i2r) + INV_SQRT_PI * ii;
    }

    /** Re w(x+iy) for y ≥ 0, without an output array (for value-only evaluation). */
    public static double re(double x, double y) {
        if (!(y >= 0)) {
            throw new IllegalArgumentException("Faddeeva w(z) needs Im z >= 0, got " + y);
        }
        if (x * x + y * y >= CONTINUED_FRACTION_RADIUS_SQ) {
            double rr = 0;
            double ri = 0;
            for (int k = CONTINUED_FRACTION_LEVELS; k >= 1; k--) {
                double dr = x - rr;
                double di = y - ri;
                double c = 0.5 * k / (dr * dr + di * di);
                rr = c * dr;
                ri = -c * di;
            }
            double dr = x - rr;
            double di = y - ri;
            return INV_SQRT_PI * di / (dr * dr + di * di);
        }
        double dr = L + y;
        double di = -x;
        double nr = L - y;
        double ni = x;
        double den = dr * dr + di * di;
        double zr = (nr * dr + ni * di) / den;
        double zi = (ni * dr - nr * di) / den;
        double pr = COEFFS[TERMS - 1];
        double pi = 0;
        for (int k = TERMS - 2; k >= 0; k--) {
            double t = pr * zr - pi * zi + COEFFS[k];
            pi = pr * zi + pi * zr;
            pr = t;
        }
        double ir = dr / den;
        double ii = -di / den;
        return 2 * (pr * (ir * ir - ii * ii) - pi * (2 * ir * ii)) + INV_SQRT_PI * ir;
    }

    private static void continuedFraction(double x, double y, double[] out, int offset) {
        double rr = 0;
        double ri = 0;
        for (int k = CONTINUED_FRACTION_LEVELS; k >= 1; k--) {
            double dr = x - rr;
            double di = y - ri;
            double den = dr * dr + di * di;
            double c = 0.5 * k / den;
            rr = c * dr;
            ri = -c * di;
        }
        double dr = x - rr;
        double di = y - ri;
        double den = dr * dr + di * di;
        // (i/√π) / d = (i/√π) conj(d)/|d|² = (di + i dr)/(√π |d|²)
        out[offset] = INV_SQRT_PI * di / den;
        out[offset + 1] = INV_SQRT_PI * dr / den;
    }

    /** Scaled complementary error function erfcx(y) = exp(y²) erfc(y) = w(iy), for y ≥ 0. */
    public static double erfcx(double y) {
        if (!(y >= 0)) {
            throw new IllegalArgumentException("erfcx is provided for y >= 0, got " + y);
        }
        if (y >= 8) {
            // Continued fraction on the imaginary axis is real: evaluate it without the array.
            double r = 0;
            for (int k = CONTINUED_FRACTION_LEVELS; k >= 1; k--) {
                r = 0.5 * k / (y + r);
            }
            return INV_SQRT_PI / (y + r);
        }
        return re(0, y);
    }
}
