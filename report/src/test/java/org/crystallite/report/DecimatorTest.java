package org.crystallite.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;

import org.junit.jupiter.api.Test;

class DecimatorTest {

    private static final int COLUMNS = 500;

    private static double[][] noisyRamp(int points, long seed) {
        Random random = new Random(seed);
        double[] x = new double[points];
        double[] y = new double[points];
        for (int i = 0; i < points; i++) {
            x[i] = 20 + 60.0 * i / (points - 1);
            y[i] = Math.sin(x[i] / 3) * 100 + 10 * random.nextGaussian();
        }
        return new double[][] {x, y};
    }

    @Test
    void lineKeepsEveryPixelColumnsExtremesAndEnds() {
        double[][] data = noisyRamp(100_000, 7);

        Decimator.Points thin = Decimator.forLine(data[0], data[1], COLUMNS);

        assertTrue(thin.x().length <= 4 * COLUMNS, "kept " + thin.x().length);
        double[][] full = columnExtremes(data[0], data[1]);
        double[][] kept = columnExtremes(thin.x(), thin.y());
        for (int c = 0; c < COLUMNS; c++) {
            assertEquals(full[0][c], kept[0][c], 0.0, "minimum of column " + c);
            assertEquals(full[1][c], kept[1][c], 0.0, "maximum of column " + c);
        }
        assertEquals(data[0][0], thin.x()[0], 0.0);
        assertEquals(data[0][data[0].length - 1], thin.x()[thin.x().length - 1], 0.0);
        for (int i = 1; i < thin.x().length; i++) {
            assertTrue(thin.x()[i] >= thin.x()[i - 1], "order kept at " + i);
        }
    }

    @Test
    void gapsSurviveThinning() {
        double[][] data = noisyRamp(50_000, 11);
        for (int i = 20_000; i < 20_100; i++) {
            data[1][i] = Double.NaN;
        }

        Decimator.Points thin = Decimator.forLine(data[0], data[1], COLUMNS);

        long gaps = java.util.Arrays.stream(thin.y()).filter(Double::isNaN).count();
        assertEquals(1, gaps, "a run of NaN becomes one gap");
    }

    @Test
    void shortOrUnorderedSeriesAreLeftAlone() {
        double[][] small = noisyRamp(COLUMNS, 3);
        assertSame(small[0], Decimator.forLine(small[0], small[1], COLUMNS).x());
        double[] unordered = {3, 1, 2, 5, 4};
        double[] many = new double[10_000];
        double[] manyY = new double[10_000];
        for (int i = 0; i < many.length; i++) {
            many[i] = unordered[i % 5] + i;
            manyY[i] = i;
        }
        assertSame(many, Decimator.forLine(many, manyY, 10).x());
    }

    @Test
    void markersKeepOnePointPerOccupiedPixel() {
        double[][] data = noisyRamp(100_000, 5);
        int rows = 300;

        Decimator.Points thin = Decimator.forMarkers(data[0], data[1], COLUMNS, rows);

        assertTrue(thin.x().length < data[0].length / 4, "kept " + thin.x().length);
        java.util.Set<Long> fullCells = cells(data[0], data[1], data, rows);
        java.util.Set<Long> keptCells = cells(thin.x(), thin.y(), data, rows);
        assertEquals(fullCells, keptCells);
        assertEquals(keptCells.size(), thin.x().length);
    }

    private static java.util.Set<Long> cells(double[] x, double[] y, double[][] reference, int rows) {
        double x0 = reference[0][0];
        double x1 = reference[0][reference[0].length - 1];
        double y0 = java.util.Arrays.stream(reference[1]).min().orElseThrow();
        double y1 = java.util.Arrays.stream(reference[1]).max().orElseThrow();
        java.util.Set<Long> cells = new java.util.HashSet<>();
        for (int i = 0; i < x.length; i++) {
            long column = Math.min(COLUMNS - 1, (int) ((x[i] - x0) * (COLUMNS / (x1 - x0))));
            long row = Math.min(rows - 1, (int) ((y[i] - y0) * (rows / (y1 - y0))));
            cells.add(column * rows + row);
        }
        return cells;
    }

    private static double[][] columnExtremes(double[] x, double[] y) {
        double[] min = new double[COLUMNS];
        double[] max = new double[COLUMNS];
        java.util.Arrays.fill(min, Double.POSITIVE_INFINITY);
        java.util.Arrays.fill(max, Double.NEGATIVE_INFINITY);
        double x0 = 20;
        double x1 = 80;
        for (int i = 0; i < x.length; i++) {
            int c = Math.min(COLUMNS - 1, (int) ((x[i] - x0) * (COLUMNS / (x1 - x0))));
            min[c] = Math.min(min[c], y[i]);
            max[c] = Math.max(max[c], y[i]);
        }
        return new double[][] {min, max};
    }
}
