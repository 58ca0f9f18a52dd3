package org.crystallite.spectrum.fit;

/**
 * Accumulates the normal equations JᵀJ and Jᵀr one Jacobian row at a time, so the n × m
 * Jacobian is never stored. Rows are buffered in blocks of four and added to the upper triangle
 * together, which quarters the memory traffic on JᵀJ (the cost that dominates a fit of many
 * peaks on thousands of points).
 */
final class NormalMatrix {

    private static final int BLOCK = 4;

    private final int m;
    private final double[][] jtj;
    private final double[] jtr;
    private final double[][] rows;
    private final double[] residuals = new double[BLOCK];
    private int buffered;

    NormalMatrix(int parameters) {
        m = parameters;
        jtj = new double[m][m];
        jtr = new double[m];
        rows = new double[BLOCK][m];
    }

    /** Adds one row of the (weighted) Jacobian and its (weighted) residual; the row is copied. */
    void addRow(double[] row, double residual) {
        System.arraycopy(row, 0, rows[buffered], 0, m);
        residuals[buffered] = residual;
        if (++buffered == BLOCK) {
            flush();
        }
    }

    private void flush() {
        if (buffered == BLOCK) {
            double[] r0 = rows[0];
            double[] r1 = rows[1];
            double[] r2 = rows[2];
            double[] r3 = rows[3];
            for (int j = 0; j < m; j++) {
                double a0 = r0[j];
                double a1 = r1[j];
                double a2 = r2[j];
                double a3 = r3[j];
                double[] aj = jtj[j];
                for (int k = j; k < m; k++) {
                    aj[k] += a0 * r0[k] + a1 * r1[k] + a2 * r2[k] + a3 * r3[k];
                }
                jtr[j] += a0 * residuals[0] + a1 * residuals[1] + a2 * residuals[2] + a3 * residuals[3];
            }
        } else {
            for (int b = 0; b < buffered; b++) {
                double[] r = rows[b];
                for (int j = 0; j < m; j++) {
                    double[] aj = jtj[j];
                    for (int k = j; k < m; k++) {
                        aj[k] += r[j] * r[k];
                    }
                    jtr[j] += r[j] * residuals[b];
                }
            }
        }
        buffered = 0;
    }

    /** Adds another partial sum (over other points) to this one. */
    void add(NormalMatrix other) {
        flush();
        other.flush();
        for (int j = 0; j < m; j++) {
            for (int k = j; k < m; k++) {
                jtj[j][k] += other.jtj[j][k];
            }
            jtr[j] += other.jtr[j];
        }
    }

    /** The full symmetric JᵀJ (the lower triangle is filled in from the upper). */
    double[][] jtj() {
        flush();
        double[][] a = new double[m][];
        for (int j = 0; j < m; j++) {
            a[j] = jtj[j].clone();
        }
        for (int j = 0; j < m; j++) {
            for (int k = 0; k < j; k++) {
                a[j][k] = a[k][j];
            }
        }
        return a;
    }

    double[] jtr() {
        flush();
        return jtr.clone();
    }
}
