package org.crystallite.spectrum.fit;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.RealMatrix;
import org.apache.commons.math3.linear.SingularValueDecomposition;
import org.crystallite.spectrum.ProcessingStep;
import org.crystallite.spectrum.Spectrum;
import org.crystallite.spectrum.model.Component;
import org.crystallite.spectrum.model.Model;
import org.crystallite.spectrum.model.Parameter;
import org.crystallite.spectrum.model.ParameterLayout;
import org.crystallite.spectrum.shape.LineShape;

/** Turns the optimiser's best point into a {@link FitResult}: statistics, covariance, σ, curves. */
final class ResultAssembler {

    /** Condition number of the normalised normal matrix beyond which the covariance is called singular. */
    private static final double MAX_CONDITION = 1e13;

    private final Spectrum data;
    private final Model model;
    private final ParameterLayout layout;
    private final ModelEvaluator evaluator;
    private final FitData fd;
    private final double[] staticBackground;
    private final Weighting weighting;

    ResultAssembler(Spectrum data, Model model, ParameterLayout layout, ModelEvaluator evaluator, FitData fd,
                    double[] staticBackground, Weighting weighting) {
        this.data = data;
        this.model = model;
        this.layout = layout;
        this.evaluator = evaluator;
        this.fd = fd;
        this.staticBackground = staticBackground;
        this.weighting = weighting;
    }

    FitResult assemble(double[] best, int iterations, int evaluations, boolean converged, List<String> warnings) {
        int n = fd.x().length;
        int m = layout.freeCount();
        double[] weighted = evaluator.weightedValues(best);
        double[] fit = new double[n];
        double[] residual = new double[n];
        double chi2 = 0;
        double sumAbsResidual = 0;
        double sumAbsY = 0;
        double sumWeightedY2 = 0;
        for (int i = 0; i < n; i++) {
            fit[i] = weighted[i] * fd.sigma()[i];
            residual[i] = fd.y()[i] - fit[i];
            double r = residual[i] / fd.sigma()[i];
            chi2 += r * r;
            sumAbsResidual += Math.abs(residual[i]);
            sumAbsY += Math.abs(fd.y()[i]);
            double wy = fd.y()[i] / fd.sigma()[i];
            sumWeightedY2 += wy * wy;
        }
        int dof = n - m;
        double reducedChi2 = chi2 / dof;
        double[][] covariance = scaledCovariance(best, reducedChi2, warnings);
        double[][] correlation = correlation(covariance);

        Model fitted = layout.apply(best);
        List<ComponentResult> components = new ArrayList<>();
        double[][] values = layout.newComponentArrays();
        layout.componentValues(best, values);
        double[] background = staticBackground.clone();
        Map<String, double[]> curves = new LinkedHashMap<>();
        for (int c = 0; c < fitted.components().size(); c++) {
            Component comp = fitted.components().get(c);
            components.add(componentResult(c, comp, values[c], covariance, warnings));
            double[] curve = evaluator.componentCurve(c, best);
            curves.put(comp.name(), curve);
            if (!comp.shape().isPeak()) {
                for (int i = 0; i < n; i++) {
                    background[i] += curve[i];
                }
            }
        }
        FitCurves fitCurves = new FitCurves(fd.x(), fd.y(), fd.sigma(), fit, background, residual, curves);
        List<ProcessingStep> provenance = new ArrayList<>(data.provenance());
        provenance.add(Fitter.step(model, weighting));
        return new FitResult(fitted, components, layout.freeNames(), covariance, correlation, n, chi2,
                reducedChi2, sumAbsResidual / sumAbsY, Math.sqrt(chi2 / sumWeightedY2), iterations, evaluations,
                converged, weighting, warnings, fitCurves, provenance);
    }

    /**
     * (JᵀWJ)⁻¹·χ²ν from the weighted Jacobian at the optimum. The normal matrix is first scaled
     * to unit diagonal so that the singularity test does not depend on parameter units.
     */
    private double[][] scaledCovariance(double[] best, double reducedChi2, List<String> warnings) {
        int m = best.length;
        double[][] normal = evaluator.normalEquations(best, null).jtj();
        double[] scale = new double[m];
        List<String> names = layout.freeNames();
        List<String> undetermined = new ArrayList<>();
        for (int a = 0; a < m; a++) {
            scale[a] = Math.sqrt(normal[a][a]);
            if (!(scale[a] > 0)) {
                undetermined.add(names.get(a));
            }
        }
        double[][] cov = new double[m][m];
        if (!undetermined.isEmpty()) {
            warnings.add("singular covariance: the data do not depend on " + String.join(", ", undetermined)
                    + "; uncertainties are undefined");
            fillNaN(cov);
            return cov;
        }
        RealMatrix scaled = new Array2DRowRealMatrix(m, m);
        for (int a = 0; a < m; a++) {
            for (int b = 0; b < m; b++) {
                scaled.setEntry(a, b, normal[a][b] / (scale[a] * scale[b]));
            }
        }
        SingularValueDecomposition svd = new SingularValueDecomposition(scaled);
        if (svd.getConditionNumber() > MAX_CONDITION) {
            warnings.add(String.format("singular covariance (condition number %.3g): some parameters are not "
                    + "determined by the data; uncertainties are undefined", svd.getConditionNumber()));
            fillNaN(cov);
            return cov;
        }
        RealMatrix inverse = svd.getSolver().getInverse();
        for (int a = 0; a < m; a++) {
            for (int b = 0; b < m; b++) {
                cov[a][b] = inverse.getEntry(a, b) / (scale[a] * scale[b]) * reducedChi2;
            }
        }
        return cov;
    }

    private static void fillNaN(double[][] a) {
        for (double[] row : a) {
            java.util.Arrays.fill(row, Double.NaN);
        }
    }

    private static double[][] correlation(double[][] cov) {
        int m = cov.length;
        double[][] corr = new double[m][m];
        for (int a = 0; a < m; a++) {
            for (int b = 0; b < m; b++) {
                corr[a][b] = cov[a][b] / Math.sqrt(cov[a][a] * cov[b][b]);
            }
        }
        return corr;
    }

    private ComponentResult componentResult(int c, Component comp, double[] values, double[][] cov,
                                            List<String> warnings) {
        List<ParameterEstimate> estimates = new ArrayList<>();
        List<Parameter> params = comp.parameters();
        for (int k = 0; k < params.size(); k++) {
            Parameter p = params.get(k);
            int j = layout.freeIndexOf(c, k);
            double sigma = j < 0 ? Double.NaN : Math.abs(layout.coefficientOf(c, k)) * Math.sqrt(cov[j][j]);
            ParameterEstimate.Status status = p.isFree() ? ParameterEstimate.Status.FREE
                    : p.isTied() ? ParameterEstimate.Status.TIED : ParameterEstimate.Status.FIXED;
            boolean atBound = p.isFree() && isAtBound(values[k], p);
            if (atBound) {
                warnings.add(comp.name() + "." + p.name() + " = " + values[k] + " is at its bound ["
                        + p.min() + ", " + p.max() + "]; its uncertainty is not meaningful");
            }
            estimates.add(new ParameterEstimate(p.name(), values[k], sigma, status, atBound));
        }
        LineShape shape = comp.shape();
        if (!shape.isPeak()) {
            return new ComponentResult(comp.name(), shape.name(), false, estimates, Double.NaN, Double.NaN,
                    Double.NaN, Double.NaN);
        }
        double height = shape.height(values);
        double fwhm = shape.fwhm(values);
        double heightSigma = propagate(c, values, cov, shape::height);
        double fwhmSigma = propagate(c, values, cov, shape::fwhm);
        return new ComponentResult(comp.name(), shape.name(), true, estimates, height, heightSigma, fwhm, fwhmSigma);
    }

    private static boolean isAtBound(double v, Parameter p) {
        double tol = 1e-9 * Math.max(1.0, Math.abs(v));
        return Math.abs(v - p.min()) <= tol || Math.abs(v - p.max()) <= tol;
    }

    /** σ of a derived quantity g(p) of one component: √(∇gᵀ C ∇g) with ∇g by central differences. */
    private double propagate(int c, double[] values, double[][] cov, java.util.function.ToDoubleFunction<double[]> g) {
        int m = cov.length;
        double[] gradFree = new double[m];
        double[] q = values.clone();
        for (int k = 0; k < values.length; k++) {
            int j = layout.freeIndexOf(c, k);
            if (j < 0) {
                continue;
            }
            double h = 1e-6 * Math.max(Math.abs(values[k]), 1e-6);
            q[k] = values[k] + h;
            double up = g.applyAsDouble(q);
            q[k] = values[k] - h;
            double down = g.applyAsDouble(q);
            q[k] = values[k];
            gradFree[j] += layout.coefficientOf(c, k) * (up - down) / (2 * h);
        }
        double var = 0;
        for (int a = 0; a < m; a++) {
            if (gradFree[a] == 0) {
                continue;
            }
            for (int b = 0; b < m; b++) {
                var += gradFree[a] * cov[a][b] * gradFree[b];
            }
        }
        return Math.sqrt(var);
    }
}
