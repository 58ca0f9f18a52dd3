package org.crystallite.xrd.lattice;

import java.util.OptionalDouble;

/** Bragg's law λ = 2d sinθ, with 2θ in degrees. */
public final class Bragg {

    private Bragg() {
    }

    /** 2θ (°) of a d-spacing, empty when λ/2d &gt; 1 (the reflection is beyond the sphere of reflection). */
    public static OptionalDouble twoThetaDeg(double dAngstrom, double wavelengthAngstrom) {
        double s = wavelengthAngstrom / (2 * dAngstrom);
        return s < 1 ? OptionalDouble.of(2 * Math.toDegrees(Math.asin(s))) : OptionalDouble.empty();
    }

    /** d (Å) of a 2θ (°). */
    public static double dSpacing(double twoThetaDeg, double wavelengthAngstrom) {
        return wavelengthAngstrom / (2 * Math.sin(Math.toRadians(twoThetaDeg / 2)));
    }
}
