package org.crystallite.xrd.peaks;

import org.apache.commons.math3.analysis.integration.gauss.GaussIntegrator;
import org.apache.commons.math3.analysis.integration.gauss.GaussIntegratorFactory;

/**
 * Gauss–Legendre nodes and weights on [−1, 1] for a fixed ladder of orders, taken once from commons-math3's
 * {@link GaussIntegratorFactory#legendre(int)}. Immutable: the rules are never handed out.
 */
final class GaussLegendre {

    /** The orders available, ascending. */
    private static final int[] ORDERS = {4, 6, 8, 12, 16, 24, 32, 48, 64, 96, 128};
    private static final GaussIntegrator[] RULES = new GaussIntegrator[ORDERS.length];

    static {
        GaussIntegratorFactory factory = new GaussIntegratorFactory();
        for (int k = 0; k < ORDERS.length; k++) {
            RULES[k] = factory.legendre(ORDERS[k]);
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
        return RULES[rule].getPoint(i);
    }

    static double weight(int rule, int i) {
        return RULES[rule].getWeight(i);
    }
}
