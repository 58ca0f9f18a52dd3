package org.crystallite.spectrum.background;

/**
 * Checks shared by the static backgrounds: the arrays they receive and the end-point averages
 * (CasaXPS-style averaging of a few channels at each end of the region).
 */
final class BackgroundInput {

    private BackgroundInput() {
    }

    /**
     * Throws {@link IllegalArgumentException} naming the background and the problem unless x and
     * y are non-null, equally long, at least two points, finite, and x is strictly increasing.
     */
    static void validate(String background, double[] x, double[] y) {
        if (x == null || y == null) {
            throw new IllegalArgumentException(background + " background: " + (x == null ? "x" : "y") + " is null");
        }
        if (x.length != y.length) {
            throw new IllegalArgumentException(background + " background: x has " + x.length
                    + " points but y has " + y.length);
        }
        if (x.length < 2) {
            throw new IllegalArgumentException(background + " background needs at least 2 points, got " + x.length);
        }
        for (int i = 0; i < x.length; i++) {
            if (!Double.isFinite(x[i]) || !Double.isFinite(y[i])) {
                throw new IllegalArgumentException(background + " background: non-finite value at index " + i
                        + " (x = " + x[i] + ", y = " + y[i] + ")");
            }
            if (i > 0 && !(x[i] > x[i - 1])) {
                throw new IllegalArgumentException(background + " background: x must be strictly increasing, but x["
                        + (i - 1) + "] = " + x[i - 1] + " and x[" + i + "] = " + x[i]);
            }
        }
    }

    /** Throws unless {@code averagePoints} channels fit into an end of {@code n} points. */
    static void checkAveragePoints(String background, int averagePoints, int n) {
        if (averagePoints > n) {
            throw new IllegalArgumentException(background + " background: cannot average " + averagePoints
                    + " points at each end of a region of only " + n + " points");
        }
    }

    /** Mean of the first {@code count} values. */
    static double meanOfFirst(double[] y, int count) {
        double sum = 0;
        for (int i = 0; i < count; i++) {
            sum += y[i];
        }
        return sum / count;
    }

    /** Mean of the last {@code count} values. */
    static double meanOfLast(double[] y, int count) {
        double sum = 0;
        for (int i = y.length - count; i < y.length; i++) {
            sum += y[i];
        }
        return sum / count;
    }

    /** Throws unless the value is a positive count of points. */
    static int requirePositive(String what, int value) {
        if (value < 1) {
            throw new IllegalArgumentException(what + " must be at least 1, got " + value);
        }
        return value;
    }
}
