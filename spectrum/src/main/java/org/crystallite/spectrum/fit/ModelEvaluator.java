package org.crystallite.spectrum.fit;

import java.util.List;
import java.util.stream.IntStream;
import org.crystallite.spectrum.model.Component;
import org.crystallite.spectrum.model.ParameterLayout;
import org.crystallite.spectrum.shape.LineShape;

/**
 * Evaluates a model and its Jacobian with respect to the free parameters on fixed x, with the
 * weights already applied: rows are divided by σᵢ so that the optimiser works on
 * (yᵢ − fᵢ)/σᵢ.
 */
final class ModelEvaluator {

    private final ParameterLayout layout;
    private final LineShape[] shapes;
    private final double[] x;
    private final double[] background;
    private final double[] inverseSigma;
    /** Per component and shape parameter: the free parameter driving it (-1: none) and d(param)/d(free). */
    private final int[][] freeIndex;
    private final double[][] coefficient;

    /** Points per chunk of the parallel normal-equation sums (fixed, for reproducibility). */
    private static final int CHUNK = 512;

    ModelEvaluator(ParameterLayout layout, double[] x, double[] background, double[] sigma) {
        this.layout = layout;
        List<Component> comps = layout.model().components();
        this.shapes = new LineShape[comps.size()];
        for (int c = 0; c < shapes.length; c++) {
            shapes[c] = comps.get(c).shape();
        }
        this.freeIndex = new int[shapes.length][];
        this.coefficient = new double[shapes.length][];
        for (int c = 0; c < shapes.length; c++) {
            int n = comps.get(c).parameters().size();
            freeIndex[c] = new int[n];
            coefficient[c] = new double[n];
            for (int k = 0; k < n; k++) {
                freeIndex[c][k] = layout.freeIndexOf(c, k);
                coefficient[c][k] = layout.coefficientOf(c, k);
            }
        }
        this.x = x;
        this.background = background;
        this.inverseSigma = new double[sigma.length];
        for (int i = 0; i < sigma.length; i++) {
            inverseSigma[i] = 1.0 / sigma[i];
        }
    }

    /** Weighted model values fᵢ/σᵢ (static background included) for the free vector. */
    double[] weightedValues(double[] free) {
        double[][] p = layout.newComponentArrays();
        layout.componentValues(free, p);
        double[] out = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            double f = background[i];
            for (int c = 0; c < shapes.length; c++) {
                f += shapes[c].value(x[i], p[c]);
            }
            out[i] = f * inverseSigma[i];
        }
        return out;
    }

    /**
     * The normal equations of the weighted problem at the free vector: JᵀJ and Jᵀr with
     * J = ∂(fᵢ/σᵢ)/∂freeⱼ and r the given weighted residuals (may be null for JᵀJ alone).
     *
     * <p>The points are cut into fixed chunks whose partial sums run in parallel and are added
     * in chunk order, so the result does not depend on the number of threads.
     */
    NormalMatrix normalEquations(double[] free, double[] residuals) {
        double[][] p = layout.newComponentArrays();
        layout.componentValues(free, p);
        int chunks = (x.length + CHUNK - 1) / CHUNK;
        List<NormalMatrix> partial = IntStream.range(0, chunks).parallel()
                .mapToObj(k -> normalEquations(p, residuals, k * CHUNK, Math.min(x.length, (k + 1) * CHUNK)))
                .toList();
        NormalMatrix total = partial.get(0);
        for (int k = 1; k < partial.size(); k++) {
            total.add(partial.get(k));
        }
        return total;
    }

    private NormalMatrix normalEquations(double[][] p, double[] residuals, int from, int to) {
        int m = layout.freeCount();
        NormalMatrix normal = new NormalMatrix(m);
        double[][] grad = layout.newComponentArrays();
        double[] row = new double[m];
        for (int i = from; i < to; i++) {
            java.util.Arrays.fill(row, 0);
            for (int c = 0; c < shapes.length; c++) {
                double[] g = grad[c];
                shapes[c].gradient(x[i], p[c], g);
                int[] idx = freeIndex[c];
                double[] coef = coefficient[c];
                for (int k = 0; k < g.length; k++) {
                    int j = idx[k];
                    if (j >= 0) {
                        row[j] += coef[k] * g[k] * inverseSigma[i];
                    }
                }
            }
            normal.addRow(row, residuals == null ? 0 : residuals[i]);
        }
        return normal;
    }

    /** Unweighted curve of one component for the free vector. */
    double[] componentCurve(int component, double[] free) {
        double[][] p = layout.newComponentArrays();
        layout.componentValues(free, p);
        double[] out = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            out[i] = shapes[component].value(x[i], p[component]);
        }
        return out;
    }
}
