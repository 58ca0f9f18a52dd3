package org.crystallite.xrd.peaks;

/**
 * A fitted or derived number with its standard error. σ is NaN when it is undefined (a fixed
 * parameter, a singular covariance, a parameter at a bound).
 */
public record Measured(double value, double sigma) {

    public static Measured exact(double value) {
        return new Measured(value, 0);
    }

    public static Measured undefined() {
        return new Measured(Double.NaN, Double.NaN);
    }

    public boolean isDefined() {
        return Double.isFinite(value);
    }
}
