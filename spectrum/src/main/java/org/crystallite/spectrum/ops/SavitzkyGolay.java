package org.crystallite.spectrum.ops;

import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.QRDecomposition;
import org.apache.commons.math3.linear.RealMatrix;
import org.crystallite.spectrum.AxisQuantity;
import org.crystallite.spectrum.ProcessingStep;
import org.crystallite.spectrum.Spectrum;

/**
 * Savitzky–Golay smoothing and differentiation: the value (or a derivative) at each point of the
 * least-squares polynomial of order p fitted to a window of n = 2m+1 points (A. Savitzky &amp;
 * M. J. E. Golay, Anal. Chem. 36 (1964) 1627). The first and last m points are not zero-padded:
 * they take the polynomial fitted to the first (last) full window, evaluated off-centre, which is
 * what P. A. Gorry, Anal. Chem. 62 (1990) 570 obtains with Gram polynomials; here the same
 * least-squares fit is solved directly by QR on a scaled Vandermonde matrix.
 *
 * <p>The coefficients assume uniformly spaced x: {@link UniformGrid#step(Spectrum)} is checked
 * (each step within 1 % of the mean) and non-uniform data are refused with a message suggesting
 * {@link Resample#uniform}. A derivative of order d is divided by step^d, so it is in y-units per
 * x-unit^d. Sigma is propagated as σ_out² = Σ cⱼ² σⱼ² (independent inputs; outputs are correlated).
 */
public final class SavitzkyGolay {

    private SavitzkyGolay() {
    }

    /** Smoothed spectrum (derivative order 0). */
    public static Spectrum smooth(Spectrum spectrum, int window, int polyOrder) {
        return derivative(spectrum, window, polyOrder, 0);
    }

    /**
     * The {@code derivativeOrder}-th derivative dᵈy/dxᵈ (0 = smoothing). The y quantity of a
     * derivative (d ≥ 1) becomes {@link AxisQuantity#ARBITRARY}.
     *
     * @param window odd number of points, {@code polyOrder < window <= size}
     * @param polyOrder polynomial order ≥ derivativeOrder
     */
    public static Spectrum derivative(Spectrum spectrum, int window, int polyOrder, int derivativeOrder) {
        checkParameters(window, polyOrder, derivativeOrder);
        if (spectrum.size() < window) {
            throw new IllegalArgumentException("Savitzky–Golay window of " + window + " points exceeds the "
                    + spectrum.size() + " points of the spectrum");
        }
        double step = UniformGrid.step(spectrum);
        double[][] kernels = kernels(window, polyOrder, derivativeOrder);
        double scale = Math.pow(step, -derivativeOrder);
        double[] y = apply(kernels, spectrum.y(), scale);
        double[] sigma = spectrum.sigma().map(s -> propagate(kernels, s, Math.abs(scale))).orElse(null);
        ProcessingStep stepRecord = ProcessingStep.of("savitzky-golay", "window", window, "polyOrder", polyOrder,
                "derivativeOrder", derivativeOrder, "step", step, "ends", "fitted end windows");
        AxisQuantity quantity = derivativeOrder == 0 ? spectrum.yQuantity() : AxisQuantity.ARBITRARY;
        return spectrum.withY(y, sigma, quantity, stepRecord);
    }

    /**
     * Filters raw samples on a unit grid (multiply by step^−d for a derivative in x units).
     * Used by engines that need the filtered array without building a Spectrum.
     */
    public static double[] filter(double[] y, int window, int polyOrder, int derivativeOrder) {
        checkParameters(window, polyOrder, derivativeOrder);
        if (y.length < window) {
            throw new IllegalArgumentException("Savitzky–Golay window of " + window + " points exceeds the "
                    + y.length + " samples");
        }
        return apply(kernels(window, polyOrder, derivativeOrder), y, 1.0);
    }

    /**
     * The standard deviation of the filtered value at each point for samples of standard deviation
     * {@code sigma} on a unit grid, sqrt(Σ cⱼ² σⱼ²).
     */
    public static double[] filterSigma(double[] sigma, int window, int polyOrder, int derivativeOrder) {
        checkParameters(window, polyOrder, derivativeOrder);
        if (sigma.length < window) {
            throw new IllegalArgumentException("Savitzky–Golay window of " + window + " points exceeds the "
                    + sigma.length + " samples");
        }
        return propagate(kernels(window, polyOrder, derivativeOrder), sigma, 1.0);
    }

    /**
     * Convolution weights on a unit grid: the value at window position {@code evaluationIndex}
     * (0 … window−1; (window−1)/2 is the centre) of the d-th derivative of the order-p least-squares
     * polynomial through the window, as Σⱼ cⱼ yⱼ.
     */
    public static double[] coefficients(int window, int polyOrder, int derivativeOrder, int evaluationIndex) {
        checkParameters(window, polyOrder, derivativeOrder);
        if (evaluationIndex < 0 || evaluationIndex >= window) {
            throw new IllegalArgumentException("evaluation index " + evaluationIndex + " outside the window 0.." + (window - 1));
        }
        return kernels(window, polyOrder, derivativeOrder)[evaluationIndex];
    }

    private static void checkParameters(int window, int polyOrder, int derivativeOrder) {
        if (window < 1 || window % 2 == 0) {
            throw new IllegalArgumentException("Savitzky–Golay window must be a positive odd number of points, got " + window);
        }
        if (polyOrder < 0 || polyOrder >= window) {
            throw new IllegalArgumentException("polynomial order must be in 0.." + (window - 1) + " for a window of "
                    + window + " points, got " + polyOrder);
        }
        if (derivativeOrder < 0 || derivativeOrder > polyOrder) {
            throw new IllegalArgumentException("derivative order must be in 0.." + polyOrder
                    + " (the polynomial order), got " + derivativeOrder);
        }
    }

    /**
     * kernels[e][j]: weight of window sample j for evaluation at window position e. The fit uses
     * u = (j − m)/m as abscissa (conditioning); d/dj = (1/m) d/du.
     */
    private static double[][] kernels(int window, int polyOrder, int derivativeOrder) {
        int m = (window - 1) / 2;
        double scale = Math.max(m, 1);
        double[][] vandermonde = new double[window][polyOrder + 1];
        for (int j = 0; j < window; j++) {
            double u = (j - m) / scale;
            double p = 1;
            for (int k = 0; k <= polyOrder; k++) {
                vandermonde[j][k] = p;
                p *= u;
            }
        }
        RealMatrix vm = new Array2DRowRealMatrix(vandermonde, false);
        // Pseudo-inverse (p+1)×n: polynomial coefficients = pinv · y.
        RealMatrix pinv = new QRDecomposition(vm).getSolver().getInverse();
        double[][] kernels = new double[window][window];
        for (int e = 0; e < window; e++) {
            double u = (e - m) / scale;
            double[] w = new double[polyOrder + 1];
            for (int k = derivativeOrder; k <= polyOrder; k++) {
                double falling = 1;
                for (int q = 0; q < derivativeOrder; q++) {
                    falling *= k - q;
                }
                w[k] = falling * Math.pow(u, k - derivativeOrder) / Math.pow(scale, derivativeOrder);
            }
            for (int j = 0; j < window; j++) {
                double c = 0;
                for (int k = derivativeOrder; k <= polyOrder; k++) {
                    c += w[k] * pinv.getEntry(k, j);
                }
                kernels[e][j] = c;
            }
        }
        return kernels;
    }

    private static double[] apply(double[][] kernels, double[] y, double scale) {
        int window = kernels.length;
        int m = (window - 1) / 2;
        int n = y.length;
        double[] out = new double[n];
        for (int i = 0; i < n; i++) {
            int start;
            int e;
            if (i < m) {
                start = 0;
                e = i;
            } else if (i >= n - m) {
                start = n - window;
                e = i - start;
            } else {
                start = i - m;
                e = m;
            }
            double[] c = kernels[e];
            double acc = 0;
            for (int j = 0; j < window; j++) {
                acc += c[j] * y[start + j];
            }
            out[i] = acc * scale;
        }
        return out;
    }

    private static double[] propagate(double[][] kernels, double[] sigma, double scale) {
        double[] variance = new double[sigma.length];
        for (int i = 0; i < sigma.length; i++) {
            variance[i] = sigma[i] * sigma[i];
        }
        double[][] squared = new double[kernels.length][kernels.length];
        for (int e = 0; e < kernels.length; e++) {
            for (int j = 0; j < kernels.length; j++) {
                squared[e][j] = kernels[e][j] * kernels[e][j];
            }
        }
        double[] v = apply(squared, variance, scale * scale);
        for (int i = 0; i < v.length; i++) {
            v[i] = Math.sqrt(v[i]);
        }
        return v;
    }
}
