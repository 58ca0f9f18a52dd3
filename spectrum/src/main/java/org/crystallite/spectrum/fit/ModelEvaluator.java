package org.crystallite.spectrum.fit;

import java.util.List;
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

    ModelEvaluator(ParameterLayout layout, double[] x, double[] background, double[] sigma) {
        this.layout = layout;
        List<Component> comps = layout.model().components();
        this.shapes = new LineShape[comps.size()];
        for (int c = 0; c < shapes.length; c++) {
            shapes[c] = comps.get(c).shape();
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

    /** Weighted Jacobian ∂(fᵢ/σᵢ)/∂freeⱼ, row-major n × m. */
    double[][] weightedJacobian(double[] free) {
        double[][] p = layout.newComponentArrays();
        layout.componentValues(free, p);
        int m = layout.freeCount();
        double[][] jac = new double[x.length][m];
        double[][] grad = layout.newComponentArrays();
        int[][] freeIdx = new int[shapes.length][];
        double[][] coef = new double[shapes.length][];
        for (int c = 0; c < shapes.length; c++) {
            freeIdx[c] = new int[p[c].length];
            coef[c] = new double[p[c].length];
            for (int k = 0; k < p[c].length; k++) {
                freeIdx[c][k] = layout.freeIndexOf(c, k);
                coef[c][k] = layout.coefficientOf(c, k);
            }
        }
        for (int i = 0; i < x.length; i++) {
            double[] row = jac[i];
            for (int c = 0; c < shapes.length; c++) {
                shapes[c].gradient(x[i], p[c], grad[c]);
                for (int k = 0; k < grad[c].length; k++) {
                    int j = freeIdx[c][k];
                    if (j >= 0) {
                        row[j] += coef[c][k] * grad[c][k] * inverseSigma[i];
                    }
                }
            }
        }
        return jac;
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
