package org.crystallite.spectrum.background;

import java.util.List;
import org.crystallite.spectrum.shape.LineShape;
import org.crystallite.spectrum.shape.ParameterDefault;

/**
 * In-fit polynomial Σ c_k·(x − x0)^k, k = 0 … order. The reference x0 (e.g. the centre of the
 * fit range) keeps the normal equations well conditioned; for orders above about 3 over wide
 * ranges prefer {@link ChebyshevBackground}.
 *
 * @param order highest power (≥ 0)
 * @param x0 reference x
 */
public record PolynomialBackground(int order, double x0) implements LineShape {

    public PolynomialBackground {
        FitParameters.checkOrder("polynomial", order);
        FitParameters.checkFinite("polynomial", "x0", x0);
    }

    @Override
    public String name() {
        return "polynomial";
    }

    @Override
    public List<ParameterDefault> parameters() {
        return FitParameters.coefficients(order);
    }

    @Override
    public double value(double x, double[] p) {
        FitParameters.checkLength(name(), p, order + 1);
        double u = x - x0;
        double sum = p[order];
        for (int k = order - 1; k >= 0; k--) {
            sum = sum * u + p[k];
        }
        return sum;
    }

    @Override
    public void gradient(double x, double[] p, double[] out) {
        FitParameters.checkLength(name(), p, order + 1);
        FitParameters.checkOutLength(name(), out, order + 1);
        double u = x - x0;
        double power = 1;
        for (int k = 0; k <= order; k++) {
            out[k] = power;
            power *= u;
        }
    }

    @Override
    public boolean isPeak() {
        return false;
    }
}
