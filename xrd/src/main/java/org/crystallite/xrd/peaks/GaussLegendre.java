package org.crystallite.xrd.peaks;

/**
 * Gauss–Legendre nodes and weights on [−1, 1] for a fixed ladder of orders, computed once (Newton's method on
 * the Legendre polynomial from the Tricomi start x ≈ cos(π(i + ¾)/(n + ½)); Abramowitz &amp; Stegun 25.4.29).
 * Immutable: the arrays are never handed out.
 */
final class GaussLegendre {

    /** The orders available, ascending. */
    private static final int[] ORDERS = {4, 6, 8, 12, 16, 24, 32, 48, 64, 96, 128};
    private static final double[][] NODES = new double[ORDERS.length][];
    private static final double[][] WEIGHTS = new double[ORDERS.length][];

    static {
        for (int k = 0; k < ORDERS.length; k++) {
            int n = ORDERS[k];
            NODES[k] = new double[n];
            WEIGHTS[k] = new double[n];
            for (int i = 0; i < n; i++) {
                double x = Math.cos(Math.PI * (i + 0.75) / (n + 0.5));
                double dp = 1;
                for (int it = 0; it < 100; it++) {
                    double p0 = 1;
                    double p1 = x;
                    for (int j = 2; j <= n; j++) {
                        double p2 = ((2 * j - 1) * x * p1 - (j - 1) * p0) / j;
                        p0 = p1;
                        p1 = p2;
                    }
                    dp = n * (x * p1 - p0) / (x * x - 1);
                    double step = p1 / dp;
                    x -= step;
                    if (Math.abs(step) < 1e-15) {
                        break;
                    }
                }
                NODES[k][i] = x;
                WEIGHTS[k][i] = 2 / ((1 - x * x) * dp * dp);
            }
        }
    }

    private GaussLegendre() {
    }

    /** Index of the smallest order ≥ {@code wanted} (the largest order when none is). */
    static int ruleFor(int wanted) {
        for (int k = 0; k < ORDERS.length; k++) {
            if (ORDERS[k] >= wanted) {
                return k;
            }
        }
        return ORDERS.length - 1;
    }

    static int order(int rule) {
        return ORDERS[rule];
    }

    static double node(int rule, int i) {
        return NODES[rule][i];
    }

    static double weight(int rule, int i) {
        return WEIGHTS[rule][i];
    }
}
