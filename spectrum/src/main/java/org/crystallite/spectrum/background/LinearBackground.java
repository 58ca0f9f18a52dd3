package org.crystallite.spectrum.background;

import java.util.List;
import org.crystallite.spectrum.shape.LineShape;
import org.crystallite.spectrum.shape.ParameterDefault;

/**
 * In-fit straight line c0 + c1·(x − x0). Measuring x from a reference x0 inside the fit range
 * (e.g. its centre) keeps c0 and c1 nearly uncorrelated when x is far from zero (XPS binding
 * energies of hundreds of eV).
 *
 * @param x0 reference x where the line equals c0
 */
public record LinearBackground(double x0) implements LineShape {

    public LinearBackground {
        FitParameters.checkFinite("linear", "x0", x0);
    }

    @Override
    public String name() {
        return "linear";
    }

    @Override
    public List<ParameterDefault> parameters() {
        return FitParameters.coefficients(1);
    }

    @Override
    public double value(double x, double[] p) {
        FitParameters.checkLength(name(), p, 2);
        return p[0] + p[1] * (x - x0);
    }

    @Override
    public void gradient(double x, double[] p, double[] out) {
        FitParameters.checkLength(name(), p, 2);
        FitParameters.checkOutLength(name(), out, 2);
        out[0] = 1;
        out[1] = x - x0;
    }

    @Override
    public boolean isPeak() {
        return false;
    }
}
