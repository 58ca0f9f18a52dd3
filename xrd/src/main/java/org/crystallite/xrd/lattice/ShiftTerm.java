package org.crystallite.xrd.lattice;

/**
 * A systematic peak-shift term, added to the Bragg-law 2θ (all shifts in degrees of 2θ):
 * <ul>
 * <li>{@code ZERO}: Δ2θ = z, a constant goniometer zero error (z in degrees);</li>
 * <li>{@code DISPLACEMENT}: Δ2θ = −2 (s/R) cos θ (radians), specimen surface displaced by s from the
 * focusing circle of radius R in Bragg–Brentano geometry (Klug &amp; Alexander 1974, §5.2; parameter s/R);</li>
 * <li>{@code TRANSPARENCY}: Δ2θ = −t sin 2θ (radians) with t = 1/(2µR), penetration of the beam into a
 * thick, weakly absorbing specimen (Klug &amp; Alexander 1974, §5.2; parameter t).</li>
 * </ul>
 */
public enum ShiftTerm {
    ZERO("zeroDeg"),
    DISPLACEMENT("displacementSOverR"),
    TRANSPARENCY("transparency");

    private final String parameterName;

    ShiftTerm(String parameterName) {
        this.parameterName = parameterName;
    }

    /** The name of the refined parameter, as written in results. */
    public String parameterName() {
        return parameterName;
    }

    /** ∂(Δ2θ in degrees)/∂parameter at Bragg angle θ (radians): the shift is linear in its parameter. */
    public double derivative(double thetaRad) {
        return switch (this) {
            case ZERO -> 1.0;
            case DISPLACEMENT -> -2 * Math.cos(thetaRad) * 180 / Math.PI;
            case TRANSPARENCY -> -Math.sin(2 * thetaRad) * 180 / Math.PI;
        };
    }
}
