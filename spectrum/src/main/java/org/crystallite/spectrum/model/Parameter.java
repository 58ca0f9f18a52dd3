package org.crystallite.spectrum.model;

import java.util.Objects;

/**
 * One named model parameter: its current value, bounds, whether it is fixed, and an optional
 * linear {@link Tie} to another parameter (a tied parameter is neither free nor fixed: its value
 * follows the tie).
 */
public record Parameter(String name, double value, double min, double max, boolean fixed, Tie tie) {

    public Parameter {
        Objects.requireNonNull(name, "name");
        if (Double.isNaN(min) || Double.isNaN(max) || min > max) {
            throw new IllegalArgumentException("parameter " + name + ": invalid bounds [" + min + ", " + max + "]");
        }
        if (tie == null && !Double.isFinite(value)) {
            throw new IllegalArgumentException("parameter " + name + ": value must be finite, got " + value);
        }
    }

    public static Parameter free(String name, double value, double min, double max) {
        return new Parameter(name, value, min, max, false, null);
    }

    public static Parameter fixed(String name, double value) {
        return new Parameter(name, value, Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY, true, null);
    }

    public static Parameter tied(String name, Tie tie) {
        return new Parameter(name, Double.NaN, Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY, false, tie);
    }

    public boolean isTied() {
        return tie != null;
    }

    /** Free means: varied by the fitter. */
    public boolean isFree() {
        return !fixed && tie == null;
    }

    public boolean hasBounds() {
        return min > Double.NEGATIVE_INFINITY || max < Double.POSITIVE_INFINITY;
    }

    public Parameter withValue(double newValue) {
        return new Parameter(name, newValue, min, max, fixed, tie);
    }
}
