package org.crystallite.spectrum.shape;

/**
 * A shape parameter's name, a sensible start value and its natural bounds (e.g. eta in 0–1,
 * fwhm &gt; 0). Bounds may be infinite.
 */
public record ParameterDefault(String name, double start, double min, double max) {

    public static ParameterDefault free(String name, double start) {
        return new ParameterDefault(name, start, Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY);
    }

    public static ParameterDefault positive(String name, double start) {
        return new ParameterDefault(name, start, 0, Double.POSITIVE_INFINITY);
    }

    public static ParameterDefault bounded(String name, double start, double min, double max) {
        return new ParameterDefault(name, start, min, max);
    }
}
