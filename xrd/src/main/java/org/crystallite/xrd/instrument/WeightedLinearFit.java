package org.crystallite.xrd.instrument;

import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.ArrayRealVector;
import org.apache.commons.math3.linear.RealMatrix;
import org.apache.commons.math3.linear.SingularValueDecomposition;

/**
 * Weighted linear least squares y ≈ Σ cⱼ·fⱼ(x) with weights 1/σᵢ², solved by SVD of the weighted
 * design matrix. Coefficient σ are √diag((AᵀWA)⁻¹)·√χ²ν, the convention of the rest of Crystallite
 * (the scatter of the points about the line, not only their stated σ, sets the uncertainty).
 *
 * @param coefficients fitted cⱼ
 * @param sigmas their standard errors (NaN with no degrees of freedom)
 * @param covariance scaled covariance of the coefficients
 * @param reducedChi2 χ² / (n − m); NaN when n = m
 */
public record WeightedLinearFit(double[] coefficients, double[] sigmas, double[][] covariance, double reducedChi2) {

    /**
     * @param design row i holds f₀(xᵢ) … f_{m−1}(xᵢ)
     * @param y observations
     * @param sigma their standard deviations (&gt; 0)
     * @throws IllegalArgumentException with fewer points than coefficients, bad σ or a rank-deficient design
     */
    public static WeightedLinearFit solve(double[][] design, double[] y, double[] sigma) {
        int n = y.length;
        if (n == 0 || design.length != n || sigma.length != n) {
            throw new IllegalArgumentException("design, y and sigma need the same non-zero length");
        }
        int m = design[0].length;
        if (n < m) {
            throw new IllegalArgumentException(n + " points cannot determine " + m + " coefficients");
        }
        RealMatrix a = new Array2DRowRealMatrix(n, m);
        double[] b = new double[n];
        for (int i = 0; i < n; i++) {
            if (!(sigma[i] > 0) || !Double.isFinite(sigma[i]) || !Double.isFinite(y[i])) {
                throw new IllegalArgumentException("point " + i + ": y = " + y[i] + ", σ = " + sigma[i]
                        + " (σ must be finite and > 0)");
            }
            for (int j = 0; j < m; j++) {
                a.setEntry(i, j, design[i][j] / sigma[i]);
            }
            b[i] = y[i] / sigma[i];
        }
        SingularValueDecomposition svd = new SingularValueDecomposition(a);
        if (svd.getRank() < m || svd.getConditionNumber() > 1e12) {
            throw new IllegalArgumentException("the points do not determine the " + m
                    + " coefficients (rank-deficient design, e.g. too narrow a 2θ range)");
        }
        double[] c = svd.getSolver().solve(new ArrayRealVector(b, false)).toArray();
        double chi2 = 0;
        for (int i = 0; i < n; i++) {
            double f = 0;
            for (int j = 0; j < m; j++) {
                f += design[i][j] * c[j];
            }
            double r = (y[i] - f) / sigma[i];
            chi2 += r * r;
        }
        double reduced = n > m ? chi2 / (n - m) : Double.NaN;
        RealMatrix inverse = svd.getCovariance(0);
        double[][] cov = new double[m][m];
        double[] s = new double[m];
        for (int j = 0; j < m; j++) {
            for (int k = 0; k < m; k++) {
                cov[j][k] = inverse.getEntry(j, k) * reduced;
            }
            s[j] = Math.sqrt(cov[j][j]);
        }
        return new WeightedLinearFit(c, s, cov, reduced);
    }

    /** σ of Σ gⱼ cⱼ for a given row of basis values. */
    public double predictionSigma(double[] basis) {
        double v = 0;
        for (int j = 0; j < basis.length; j++) {
            for (int k = 0; k < basis.length; k++) {
                v += basis[j] * covariance[j][k] * basis[k];
            }
        }
        return Math.sqrt(Math.max(v, 0));
    }
}
