package org.crystallite.report;

import java.util.Arrays;
import java.util.Objects;

/**
 * One named curve of a {@link Plot}: x and y values of equal length and how to draw them. NaN values
 * are allowed and leave a gap. The arrays are copied on the way in and out, so a series never changes.
 */
public record Series(String name, double[] x, double[] y, Style style) {

    public Series {
        Objects.requireNonNull(name, "series name");
        Objects.requireNonNull(x, "x of series " + name);
        Objects.requireNonNull(y, "y of series " + name);
        Objects.requireNonNull(style, "style of series " + name);
        if (x.length != y.length) {
            throw new IllegalArgumentException("Series '" + name + "' has " + x.length + " x values but "
                    + y.length + " y values");
        }
        x = x.clone();
        y = y.clone();
    }

    /** Number of points. */
    public int size() {
        return x.length;
    }

    @Override
    public double[] x() {
        return x.clone();
    }

    @Override
    public double[] y() {
        return y.clone();
    }

    /** The x value at {@code index}, without copying the array. */
    public double xAt(int index) {
        return x[index];
    }

    /** The y value at {@code index}, without copying the array. */
    public double yAt(int index) {
        return y[index];
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Series that && name.equals(that.name) && style == that.style
                && Arrays.equals(x, that.x) && Arrays.equals(y, that.y);
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, style, Arrays.hashCode(x), Arrays.hashCode(y));
    }

    @Override
    public String toString() {
        return "Series[" + name + ", " + x.length + " points, " + style + "]";
    }
}
