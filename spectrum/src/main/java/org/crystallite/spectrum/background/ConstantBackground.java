package org.crystallite.spectrum.background;

import java.util.List;
import org.crystallite.spectrum.shape.LineShape;
import org.crystallite.spectrum.shape.ParameterDefault;

/** In-fit constant background: value c0 everywhere. */
public record ConstantBackground() implements LineShape {

    @Override
    public String name() {
        return "constant";
    }

    @Override
    public List<ParameterDefault> parameters() {
        return FitParameters.coefficients(0);
    }

    @Override
    public double value(double x, double[] p) {
        FitParameters.checkLength(name(), p, 1);
        return p[0];
    }

    @Override
    public void gradient(double x, double[] p, double[] out) {
        FitParameters.checkLength(name(), p, 1);
        FitParameters.checkOutLength(name(), out, 1);
        out[0] = 1;
    }

    @Override
    public boolean isPeak() {
        return false;
    }
}
