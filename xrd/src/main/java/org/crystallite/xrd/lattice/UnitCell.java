package org.crystallite.xrd.lattice;

/**
 * A unit cell: edges in Å and angles in degrees. The d-spacing of any reflection follows from the
 * reciprocal metric tensor G* = G⁻¹, 1/d² = hᵀ G* h (International Tables Vol. B, §1.1.2), so one
 * formula serves all six crystal systems.
 */
public record UnitCell(double a, double b, double c, double alphaDeg, double betaDeg, double gammaDeg) {

    public UnitCell {
        for (double v : new double[] {a, b, c}) {
            if (!(v > 0) || !Double.isFinite(v)) {
                throw new IllegalArgumentException("cell edges must be positive numbers of Å, got " + a + ", " + b
                        + ", " + c);
            }
        }
        for (double v : new double[] {alphaDeg, betaDeg, gammaDeg}) {
            if (!(v > 0 && v < 180)) {
                throw new IllegalArgumentException("cell angles must lie between 0 and 180°, got " + alphaDeg + ", "
                        + betaDeg + ", " + gammaDeg);
            }
        }
        if (!(volumeOf(a, b, c, alphaDeg, betaDeg, gammaDeg) > 0)) {
            throw new IllegalArgumentException("cell angles " + alphaDeg + ", " + betaDeg + ", " + gammaDeg
                    + "° do not form a cell (zero or imaginary volume)");
        }
    }

    public static UnitCell cubic(double a) {
        return new UnitCell(a, a, a, 90, 90, 90);
    }

    public static UnitCell tetragonal(double a, double c) {
        return new UnitCell(a, a, c, 90, 90, 90);
    }

    public static UnitCell hexagonal(double a, double c) {
        return new UnitCell(a, a, c, 90, 90, 120);
    }

    public static UnitCell orthorhombic(double a, double b, double c) {
        return new UnitCell(a, b, c, 90, 90, 90);
    }

    public static UnitCell monoclinic(double a, double b, double c, double betaDeg) {
        return new UnitCell(a, b, c, 90, betaDeg, 90);
    }

    /** Volume in Å³: abc·√(1 − cos²α − cos²β − cos²γ + 2 cosα cosβ cosγ). */
    public double volume() {
        return volumeOf(a, b, c, alphaDeg, betaDeg, gammaDeg);
    }

    private static double volumeOf(double a, double b, double c, double al, double be, double ga) {
        double ca = Math.cos(Math.toRadians(al));
        double cb = Math.cos(Math.toRadians(be));
        double cg = Math.cos(Math.toRadians(ga));
        double f = 1 - ca * ca - cb * cb - cg * cg + 2 * ca * cb * cg;
        return f > 0 ? a * b * c * Math.sqrt(f) : Double.NaN;
    }

    /**
     * The reciprocal metric tensor as the six coefficients of 1/d² = A h² + B k² + C l² + D kl + E hl + F hk
     * (A = G*₁₁, …, D = 2G*₂₃, E = 2G*₁₃, F = 2G*₁₂), in Å⁻².
     */
    public double[] reciprocalMetric() {
        double ca = Math.cos(Math.toRadians(alphaDeg));
        double cb = Math.cos(Math.toRadians(betaDeg));
        double cg = Math.cos(Math.toRadians(gammaDeg));
        double g11 = a * a;
        double g22 = b * b;
        double g33 = c * c;
        double g12 = a * b * cg;
        double g13 = a * c * cb;
        double g23 = b * c * ca;
        // Inverse of the symmetric 3×3 metric tensor by cofactors.
        double c11 = g22 * g33 - g23 * g23;
        double c22 = g11 * g33 - g13 * g13;
        double c33 = g11 * g22 - g12 * g12;
        double c12 = g13 * g23 - g12 * g33;
        double c13 = g12 * g23 - g13 * g22;
        double c23 = g12 * g13 - g11 * g23;
        double det = g11 * c11 + g12 * c12 + g13 * c13;
        return new double[] {c11 / det, c22 / det, c33 / det, 2 * c23 / det, 2 * c13 / det, 2 * c12 / det};
    }

    /** 1/d² of a reflection, in Å⁻². */
    public double inverseDSquared(Hkl r) {
        return inverseDSquared(reciprocalMetric(), r);
    }

    static double inverseDSquared(double[] m, Hkl r) {
        int h = r.h();
        int k = r.k();
        int l = r.l();
        return m[0] * h * h + m[1] * k * k + m[2] * l * l + m[3] * k * l + m[4] * h * l + m[5] * h * k;
    }

    /** The d-spacing of a reflection in Å. */
    public double dSpacing(Hkl r) {
        if (r.h() == 0 && r.k() == 0 && r.l() == 0) {
            throw new IllegalArgumentException("0 0 0 has no d-spacing");
        }
        return 1 / Math.sqrt(inverseDSquared(r));
    }

    @Override
    public String toString() {
        return String.format(java.util.Locale.ROOT, "a=%.6f b=%.6f c=%.6f Å, α=%.4f β=%.4f γ=%.4f°", a, b, c,
                alphaDeg, betaDeg, gammaDeg);
    }
}
