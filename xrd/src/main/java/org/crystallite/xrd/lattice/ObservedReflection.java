package org.crystallite.xrd.lattice;

/**
 * A fitted peak position as the lattice refinement uses it: the Kα1 (or monochromatic) 2θ and its standard
 * uncertainty, both in degrees.
 */
public record ObservedReflection(double twoThetaDeg, double sigmaDeg) {

    public ObservedReflection {
        if (!(twoThetaDeg > 0 && twoThetaDeg < 180)) {
            throw new IllegalArgumentException("peak 2θ must lie between 0 and 180°, got " + twoThetaDeg);
        }
        if (!(sigmaDeg > 0) || !Double.isFinite(sigmaDeg)) {
            throw new IllegalArgumentException("peak σ(2θ) must be a positive number of degrees, got " + sigmaDeg
                    + " at 2θ = " + twoThetaDeg);
        }
    }
}
