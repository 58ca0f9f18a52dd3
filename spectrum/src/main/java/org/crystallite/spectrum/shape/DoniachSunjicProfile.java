package org.crystallite.spectrum.shape;

/**
 * The Doniach–Šunjić function broadened by a Gaussian, C = P ⊗ G, with its partial derivatives,
 * for one set of (γ, α, σ); immutable, built once per parameter set and then evaluated cheaply.
 *
 * <p>P(E) = Re[e^(iπα/2) (γ + iE)^(α−1)] is the DS line (Doniach &amp; Šunjić, J. Phys. C 3 (1970)
 * 285) without its Γ(1−α) factor, mirrored so the tail runs toward +E; at α = 0 it is γ/(γ² + E²).
 * Writing Q(E) = e^(iπα/2)(γ + iE)^(α−1), its E-derivatives are Q^(k+1) = Q^(k)·i(α−1−k)/(γ + iE),
 * ∂Q/∂γ = −i ∂Q/∂E, and an antiderivative is F = e^(iπα/2)((γ + iE)^α − 1)/(iα).
 *
 * <p>Evaluation: for |E| ≥ R = 16(σ + γ), and everywhere when σ ≤ γ/12, the Gaussian average
 * of the analytic P is summed as its moment series C = Σ σ^(2n)/(2^n n!) P^(2n)(E) (n ≤ 8, error
 * below 1e−11 of C). Inside, C and its derivatives are tabulated on a grid of step
 * max(γ, σ)/16 by the trapezoid rule on a finer grid (step ≤ γ/3.5 and ≤ σ/1.2, so the rule's
 * exponentially small error from the branch point at distance γ is below 1e−9, but never finer than
 * σ/400, which bounds the work when γ ≪ σ) and read back with six-point Lagrange interpolation.
 */
final class DoniachSunjicProfile {

    private static final int SERIES_TERMS = 8;
    private static final double TABLE_RANGE_FACTOR = 16;
    private static final double TABLE_STEPS_PER_WIDTH = 16;
    private static final double GAUSS_CUTOFF_SIGMAS = 8.5;

    final double gamma;
    final double alpha;
    final double sigma;
    /** Half-width W of the normalisation window, in x units. */
    final double window;
    /** ∫ C over [−W, W] and its total derivatives (W depends on γ and σ). */
    final double windowIntegral;
    final double windowIntegralDGamma;
    final double windowIntegralDAlpha;
    final double windowIntegralDSigma;

    private final double[] seriesCoefficient = new double[SERIES_TERMS + 1];
    private final boolean tabulated;
    private final double tableRange;
    private final double tableStep;
    private final int tableHalfCount;
    private final double[] tableValue;
    private final double[] tableDE;
    private final double[] tableDGamma;
    private final double[] tableDAlpha;
    private final double[] tableDSigma;

    DoniachSunjicProfile(double gamma, double alpha, double sigma, double windowFactor) {
        if (!(gamma > 0) || !(sigma >= 0) || !(alpha >= 0 && alpha < 1)) {
            throw new IllegalArgumentException("ds-g needs fwhm > 0, fwhmG >= 0 and alpha in [0, 1), got gamma="
                    + gamma + " alpha=" + alpha + " sigma=" + sigma);
        }
        this.gamma = gamma;
        this.alpha = alpha;
        this.sigma = sigma;
        double c = 1;
        for (int n = 0; n <= SERIES_TERMS; n++) {
            seriesCoefficient[n] = c;
            c *= sigma * sigma / (2 * (n + 1));
        }
        this.window = windowFactor * (2 * gamma + sigma / ShapeMath.SIGMA_PER_FWHM);
        this.windowIntegral = windowIntegral(gamma, alpha, sigma, windowFactor);
        this.windowIntegralDGamma = richardson(h -> windowIntegral(gamma + h, alpha, sigma, windowFactor),
                1e-3 * gamma);
        this.windowIntegralDAlpha = richardson(h -> windowIntegral(gamma, alpha + h, sigma, windowFactor), 1e-3);
        this.windowIntegralDSigma = sigma == 0 ? 0
                : richardson(h -> windowIntegral(gamma, alpha, sigma + h, windowFactor), 1e-3 * sigma);

        this.tabulated = sigma > gamma / 12;
        if (!tabulated) {
            tableRange = 0;
            tableStep = 0;
            tableHalfCount = 0;
            tableValue = tableDE = tableDGamma = tableDAlpha = tableDSigma = null;
            return;
        }
        tableRange = TABLE_RANGE_FACTOR * (sigma + gamma);
        tableStep = Math.max(gamma, sigma) / TABLE_STEPS_PER_WIDTH;
        tableHalfCount = (int) Math.ceil(tableRange / tableStep) + 3;
        int count = 2 * tableHalfCount + 1;
        double fineTarget = Math.max(Math.min(Math.min(gamma / 3.5, sigma / 1.2), tableStep), sigma / 400);
        int sub = (int) Math.ceil(tableStep / fineTarget);
        double fine = tableStep / sub;
        int gaussHalf = (int) Math.ceil(GAUSS_CUTOFF_SIGMAS * sigma / fine);
        int fineCenter = tableHalfCount * sub + gaussHalf;
        int fineCount = 2 * fineCenter + 1;
        double[] qRe = new double[fineCount];
        double[] qERe = new double[fineCount];
        double[] qEIm = new double[fineCount];
        double[] qAlphaRe = new double[fineCount];
        double[] tmp = new double[4];
        for (int m = 0; m < fineCount; m++) {
            sampleAt((m - fineCenter) * fine, tmp);
            qRe[m] = tmp[0];
            qERe[m] = tmp[1];
            qEIm[m] = tmp[2];
            qAlphaRe[m] = tmp[3];
        }
        double[] g = new double[2 * gaussHalf + 1];
        double[] gSigma = new double[2 * gaussHalf + 1];
        for (int k = -gaussHalf; k <= gaussHalf; k++) {
            double s = k * fine;
            double gv = fine * Math.exp(-0.5 * s * s / (sigma * sigma)) / (sigma * Math.sqrt(2 * Math.PI));
            g[k + gaussHalf] = gv;
            gSigma[k + gaussHalf] = gv * (s * s / (sigma * sigma * sigma) - 1 / sigma);
        }
        tableValue = new double[count];
        tableDE = new double[count];
        tableDGamma = new double[count];
        tableDAlpha = new double[count];
        tableDSigma = new double[count];
        for (int j = 0; j < count; j++) {
            int mid = fineCenter + (j - tableHalfCount) * sub;
            double v = 0;
            double ve = 0;
            double vg = 0;
            double va = 0;
            double vs = 0;
            for (int k = -gaussHalf; k <= gaussHalf; k++) {
                int idx = mid - k;
                double gk = g[k + gaussHalf];
                v += gk * qRe[idx];
                ve += gk * qERe[idx];
                vg += gk * qEIm[idx];
                va += gk * qAlphaRe[idx];
                vs += gSigma[k + gaussHalf] * qRe[idx];
            }
            tableValue[j] = v;
            tableDE[j] = ve;
            tableDGamma[j] = vg;
            tableDAlpha[j] = va;
            tableDSigma[j] = vs;
        }
    }

    /** Re Q, Re Q', Im Q' and Re ∂Q/∂α at E. */
    private void sampleAt(double e, double[] out) {
        double rho2 = gamma * gamma + e * e;
        double lnRho = 0.5 * Math.log(rho2);
        double theta = Math.atan2(e, gamma);
        double mag = Math.exp((alpha - 1) * lnRho);
        double phi = 0.5 * Math.PI * alpha + (alpha - 1) * theta;
        double qr = mag * Math.cos(phi);
        double qi = mag * Math.sin(phi);
        // Q' = Q·(α−1)(E + iγ)/ρ²
        double f = (alpha - 1) / rho2;
        out[0] = qr;
        out[1] = f * (qr * e - qi * gamma);
        out[2] = f * (qr * gamma + qi * e);
        // ∂Q/∂α = Q·(ln ρ + i(θ + π/2))
        out[3] = qr * lnRho - qi * (theta + 0.5 * Math.PI);
    }

    /** C at E (value only). */
    double value(double e) {
        if (tabulated && Math.abs(e) < tableRange) {
            double pos = e / tableStep + tableHalfCount;
            int i0 = (int) pos;
            double t = pos - i0;
            return interpolate(tableValue, i0, t);
        }
        return seriesValue(e);
    }

    /** Writes C, ∂C/∂E, ∂C/∂γ, ∂C/∂α, ∂C/∂σ at E into out[0..4]. */
    void evaluate(double e, double[] out) {
        if (tabulated && Math.abs(e) < tableRange) {
            double pos = e / tableStep + tableHalfCount;
            int i0 = (int) pos;
            double t = pos - i0;
            out[0] = interpolate(tableValue, i0, t);
            out[1] = interpolate(tableDE, i0, t);
            out[2] = interpolate(tableDGamma, i0, t);
            out[3] = interpolate(tableDAlpha, i0, t);
            out[4] = interpolate(tableDSigma, i0, t);
            return;
        }
        seriesAll(e, out);
    }

    /** Six-point Lagrange interpolation between nodes i0 and i0+1 at fraction t. */
    private static double interpolate(double[] y, int i0, double t) {
        double am2 = t + 2;
        double am1 = t + 1;
        double a1 = t - 1;
        double a2 = t - 2;
        double a3 = t - 3;
        double p01 = t * a1;
        double p23 = a2 * a3;
        double pm = am2 * am1;
        return y[i0 - 2] * (am1 * p01 * p23) / -120
                + y[i0 - 1] * (am2 * p01 * p23) / 24
                + y[i0] * (pm * a1 * p23) / -12
                + y[i0 + 1] * (pm * t * p23) / 12
                + y[i0 + 2] * (pm * p01 * a3) / -24
                + y[i0 + 3] * (pm * p01 * a2) / 120;
    }

    private double seriesValue(double e) {
        double rho2 = gamma * gamma + e * e;
        double lnRho = 0.5 * Math.log(rho2);
        double theta = Math.atan2(e, gamma);
        double mag = Math.exp((alpha - 1) * lnRho);
        double phi = 0.5 * Math.PI * alpha + (alpha - 1) * theta;
        double qr = mag * Math.cos(phi);
        double qi = mag * Math.sin(phi);
        double mr = e / rho2; // (E + iγ)/ρ²
        double mi = gamma / rho2;
        double sum = qr;
        for (int k = 0; k < 2 * SERIES_TERMS; k++) {
            double f = alpha - 1 - k;
            double nr = f * (qr * mr - qi * mi);
            double ni = f * (qr * mi + qi * mr);
            qr = nr;
            qi = ni;
            if ((k & 1) == 1) {
                sum += seriesCoefficient[(k + 1) / 2] * qr;
            }
        }
        return sum;
    }

    private void seriesAll(double e, double[] out) {
        double rho2 = gamma * gamma + e * e;
        double lnRho = 0.5 * Math.log(rho2);
        double theta = Math.atan2(e, gamma);
        double mag = Math.exp((alpha - 1) * lnRho);
        double phi = 0.5 * Math.PI * alpha + (alpha - 1) * theta;
        double qr = mag * Math.cos(phi);
        double qi = mag * Math.sin(phi);
        double mr = e / rho2;
        double mi = gamma / rho2;
        double b = theta + 0.5 * Math.PI;
        double a = lnRho; // + Σ_{j ≤ k} 1/(α − j) for the k-th derivative
        double value = qr;
        double dAlpha = qr * a - qi * b;
        double dE = 0;
        double dGamma = 0;
        double dSigma = 0;
        for (int k = 0; k < 2 * SERIES_TERMS + 1; k++) {
            double f = alpha - 1 - k;
            double nr = f * (qr * mr - qi * mi);
            double ni = f * (qr * mi + qi * mr);
            qr = nr;
            qi = ni;
            a += 1 / (alpha - (k + 1));
            int order = k + 1;
            if ((order & 1) == 1) {
                double coeff = seriesCoefficient[order / 2];
                dE += coeff * qr;
                dGamma += coeff * qi;
            } else if (order / 2 <= SERIES_TERMS) {
                int n = order / 2;
                double coeff = seriesCoefficient[n];
                value += coeff * qr;
                dAlpha += coeff * (qr * a - qi * b);
                dSigma += 2 * n / sigma * coeff * qr;
            }
        }
        out[0] = value;
        out[1] = dE;
        out[2] = dGamma;
        out[3] = dAlpha;
        out[4] = sigma == 0 ? 0 : dSigma;
    }

    /**
     * ∫ over [−W, W] of P ⊗ G, W = windowFactor·(2γ + FWHM_G): the Gaussian average of
     * F(W − s) − F(−W − s), summed as the moment series F(±W) + Σ σ^(2n)/(2^n n!) P^(2n−1)(±W)
     * (W ≥ 20γ and ≥ 23σ, so the series has converged to rounding after eight terms).
     */
    static double windowIntegral(double gamma, double alpha, double sigma, double windowFactor) {
        double w = windowFactor * (2 * gamma + sigma / ShapeMath.SIGMA_PER_FWHM);
        return antiderivativeSeries(w, gamma, alpha, sigma) - antiderivativeSeries(-w, gamma, alpha, sigma);
    }

    private static double antiderivativeSeries(double e, double gamma, double alpha, double sigma) {
        double rho2 = gamma * gamma + e * e;
        double lnRho = 0.5 * Math.log(rho2);
        double theta = Math.atan2(e, gamma);
        // (z^α − 1)/α with z = γ + iE, L = ln z = lnρ + iθ; series for small |αL| avoids cancellation
        double lr = lnRho;
        double li = theta;
        double ur;
        double ui;
        double al = Math.abs(alpha) * Math.hypot(lr, li);
        if (al < 1e-3) {
            // L(1 + αL/2 + (αL)²/6 + (αL)³/24 + (αL)⁴/120), Horner in αL
            double xr = alpha * lr;
            double xi = alpha * li;
            double sr = 1.0 / 120;
            double si = 0;
            double[] c = {1.0 / 24, 1.0 / 6, 0.5, 1};
            for (double ck : c) {
                double tr = sr * xr - si * xi + ck;
                si = sr * xi + si * xr;
                sr = tr;
            }
            ur = sr * lr - si * li;
            ui = sr * li + si * lr;
        } else {
            double mag = Math.exp(alpha * lr);
            ur = (mag * Math.cos(alpha * li) - 1) / alpha;
            ui = mag * Math.sin(alpha * li) / alpha;
        }
        // F = e^(iπα/2)·u/i = e^(iπα/2)·(−i u)
        double vr = ui;
        double vi = -ur;
        double cr = Math.cos(0.5 * Math.PI * alpha);
        double ci = Math.sin(0.5 * Math.PI * alpha);
        double result = cr * vr - ci * vi;
        if (sigma == 0) {
            return result;
        }
        // + Σ_{n≥1} σ^(2n)/(2^n n!) Re Q^(2n−1)(E)
        double mag = Math.exp((alpha - 1) * lnRho);
        double phi = 0.5 * Math.PI * alpha + (alpha - 1) * theta;
        double qr = mag * Math.cos(phi);
        double qi = mag * Math.sin(phi);
        double mr = e / rho2;
        double mi = gamma / rho2;
        double coeff = 1;
        for (int k = 0; k < 2 * SERIES_TERMS - 1; k++) {
            double f = alpha - 1 - k;
            double nr = f * (qr * mr - qi * mi);
            double ni = f * (qr * mi + qi * mr);
            qr = nr;
            qi = ni;
            if ((k & 1) == 0) {
                int n = k / 2 + 1;
                coeff *= sigma * sigma / (2 * n);
                result += coeff * qr;
            }
        }
        return result;
    }

    /** Fourth-order (Richardson-extrapolated) central difference of f at 0. */
    private static double richardson(java.util.function.DoubleUnaryOperator f, double h) {
        double d1 = (f.applyAsDouble(h) - f.applyAsDouble(-h)) / (2 * h);
        double d2 = (f.applyAsDouble(h / 2) - f.applyAsDouble(-h / 2)) / h;
        return (4 * d2 - d1) / 3;
    }
}
