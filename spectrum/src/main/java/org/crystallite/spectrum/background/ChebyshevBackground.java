package org.crystallite.spectrum.background;

import java.util.List;
import org.crystallite.spectrum.shape.LineShape;
import org.crystallite.spectrum.shape.ParameterDefault;

/**
 * In-fit Chebyshev series Σ c_k·T_k(t), k = 0 … order, with T_k the Chebyshev polynomials of
 * the first kind and t = (2x − xMin − xMax) / (xMax − xMin) mapping [xMin, xMax] onto [−1, 1].
 * The T_k are nearly orthogonal on a uniform grid, so the coefficients stay well determined even
 * at high order. Evaluated by the three-term recurrence T_{k+1} = 2t·T_k − T_{k−1}, which also
 * extends the series outside [xMin, xMax].
 *
 * @param order highest degree (≥ 0)
 * @param xMin x mapped to t = −1
 * @param xMax x mapped to t = +1 (&gt; xMin)
 */
public record ChebyshevBackground(int order, double xMin, double xMax) implements LineShape {

    public ChebyshevBackground {
        FitParameters.checkOrder("chebyshev", order);
        FitParameters.checkFinite("chebyshev", "xMin", xMin);
        FitParameters.checkFinite("chebyshev", "xMax", xMax);
        if (!(xMax > xMin)) {
            throw new IllegalArgumentException("chebyshev background needs xMin < xMax, got xMin = " + xMin
                    + ", xMax = " + xMax);
        }
    }

    @Override
    public String name() {
        return "chebyshev";
    }

    @Override
    public List<ParameterDefault> parameters() {
        return FitParameters.coefficients(order);
    }

    /** x mapped onto [−1, 1]. */
    public double reducedX(double x) {
        return (2 * x - xMin - xMax) / (xMax - xMin);
    }

    @Override
    public double value(double x, double[] p) {
        FitParameters.checkLength(name(), p, order + 1);
        double t = reducedX(x);
        double previous = 1;
        double sum = p[0];
        if (order == 0) {
            return sum;
        }
        double current = t;
        sum += p[1] * current;
        for (int k = 2; k <= order; k++) {
            double next = 2 * t * current - previous;
            previous = current;
            current = next;
            sum += p[k] * current;
        }
        return sum;
    }

    @Override
    public void gradient(double x, double[] p, double[] out) {
        FitParameters.checkLength(name(), p, order + 1);
        FitParameters.checkOutLength(name(), out, order + 1);
        double t = reducedX(x);
        out[0] = 1;
        if (order == 0) {
            return;
        }
        out[1] = t;
        for (int k = 2; k <= order; k++) {
            out[k] = 2 * t * out[k - 1] - out[k - 2];
        }
    }

    @Override
    public boolean isPeak() {
        return false;
    }
}
