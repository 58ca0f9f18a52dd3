package org.crystallite.report;

import java.util.Arrays;
import java.util.BitSet;

/**
 * Thins long series to what a figure of a given pixel size can show, so a 10⁵-point spectrum gives a
 * small, fast PNG/SVG that looks identical to drawing every point.
 *
 * <p>Lines use the M4 aggregation (Jugel et al., "M4: A Visualization-Oriented Time Series Data
 * Aggregation", PVLDB 7(10), 2014): for each run of points in one pixel column keep the first, the
 * lowest, the highest and the last point, in their original order. A polyline through these covers
 * exactly the pixels of the full polyline in that column and joins the neighbouring columns the same
 * way. It requires x to be monotonic; other lines are left as they are. A NaN (gap) is kept once.
 *
 * <p>Markers keep the first point that falls in each pixel cell (column × row); later points in the
 * same cell would be drawn on top of it.
 */
final class Decimator {

    /** Below this many points per pixel column, drawing everything is cheap: keep the data as is. */
    private static final int POINTS_PER_COLUMN_WORTH_THINNING = 4;

    /** Thinned coordinates (arrays owned by the caller). */
    record Points(double[] x, double[] y) {
    }

    private Decimator() {
    }

    /** Thins a line for a panel {@code columns} pixels wide (M4). */
    static Points forLine(double[] x, double[] y, int columns) {
        if (x.length <= (long) POINTS_PER_COLUMN_WORTH_THINNING * columns || !isMonotonic(x)) {
            return new Points(x, y);
        }
        double[] xRange = finiteRange(x);
        if (xRange == null || xRange[1] <= xRange[0]) {
            return new Points(x, y);
        }
        double columnsPerUnit = columns / (xRange[1] - xRange[0]);
        Builder out = new Builder(Math.min(x.length, 4 * columns + 16));
        int runColumn = -1;
        int first = -1;
        int lowest = -1;
        int highest = -1;
        int last = -1;
        for (int i = 0; i < x.length; i++) {
            if (!Double.isFinite(x[i]) || !Double.isFinite(y[i])) {
                if (first >= 0) {
                    out.addRun(x, y, first, lowest, highest, last);
                    first = -1;
                }
                out.addGap(x[i], y[i]);
                continue;
            }
            int column = Math.min(columns - 1, (int) ((x[i] - xRange[0]) * columnsPerUnit));
            if (first >= 0 && column != runColumn) {
                out.addRun(x, y, first, lowest, highest, last);
                first = -1;
            }
            if (first < 0) {
                runColumn = column;
                first = i;
                lowest = i;
                highest = i;
            }
            if (y[i] < y[lowest]) {
                lowest = i;
            }
            if (y[i] > y[highest]) {
                highest = i;
            }
            last = i;
        }
        if (first >= 0) {
            out.addRun(x, y, first, lowest, highest, last);
        }
        return out.points();
    }

    /** Thins markers for a panel of {@code columns} × {@code rows} pixels; non-finite points are dropped. */
    static Points forMarkers(double[] x, double[] y, int columns, int rows) {
        if (x.length <= (long) POINTS_PER_COLUMN_WORTH_THINNING * columns) {
            return new Points(x, y);
        }
        double[] xRange = finiteRange(x);
        double[] yRange = finiteRange(y);
        if (xRange == null || yRange == null) {
            return new Points(new double[0], new double[0]);
        }
        double columnsPerUnit = xRange[1] > xRange[0] ? columns / (xRange[1] - xRange[0]) : 0;
        double rowsPerUnit = yRange[1] > yRange[0] ? rows / (yRange[1] - yRange[0]) : 0;
        BitSet occupied = new BitSet(columns * rows);
        Builder out = new Builder(Math.min(x.length, columns * rows));
        for (int i = 0; i < x.length; i++) {
            if (!Double.isFinite(x[i]) || !Double.isFinite(y[i])) {
                continue;
            }
            int column = Math.min(columns - 1, (int) ((x[i] - xRange[0]) * columnsPerUnit));
            int row = Math.min(rows - 1, (int) ((y[i] - yRange[0]) * rowsPerUnit));
            int cell = column * rows + row;
            if (!occupied.get(cell)) {
                occupied.set(cell);
                out.add(x[i], y[i]);
            }
        }
        return out.points();
    }

    /** True when the finite x values never go down, or never go up. */
    static boolean isMonotonic(double[] x) {
        boolean rising = true;
        boolean falling = true;
        double previous = Double.NaN;
        for (double value : x) {
            if (!Double.isFinite(value)) {
                continue;
            }
            if (!Double.isNaN(previous)) {
                rising &= value >= previous;
                falling &= value <= previous;
            }
            previous = value;
        }
        return rising || falling;
    }

    /** {min, max} of the finite values, or null when there are none. */
    private static double[] finiteRange(double[] values) {
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (double value : values) {
            if (Double.isFinite(value)) {
                min = Math.min(min, value);
                max = Math.max(max, value);
            }
        }
        return min <= max ? new double[] {min, max} : null;
    }

    /** Growable pair of coordinate arrays. */
    private static final class Builder {
        private double[] x;
        private double[] y;
        private int size;
        private boolean lastWasGap = true;

        Builder(int capacity) {
            x = new double[Math.max(16, capacity)];
            y = new double[x.length];
        }

        void add(double xValue, double yValue) {
            if (size == x.length) {
                x = Arrays.copyOf(x, size * 2);
                y = Arrays.copyOf(y, size * 2);
            }
            x[size] = xValue;
            y[size] = yValue;
            size++;
            lastWasGap = false;
        }

        void addGap(double xValue, double yValue) {
            if (!lastWasGap) {
                add(xValue, yValue);
                lastWasGap = true;
            }
        }

        /** Adds the run's first, lowest, highest and last points in index order, each once. */
        void addRun(double[] xs, double[] ys, int first, int lowest, int highest, int last) {
            int[] order = {first, Math.min(lowest, highest), Math.max(lowest, highest), last};
            int previous = -1;
            for (int index : order) {
                if (index != previous) {
                    add(xs[index], ys[index]);
                    previous = index;
                }
            }
        }

        Points points() {
            return new Points(Arrays.copyOf(x, size), Arrays.copyOf(y, size));
        }
    }
}
