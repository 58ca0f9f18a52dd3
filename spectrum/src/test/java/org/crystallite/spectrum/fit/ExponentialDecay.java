package org.crystallite.spectrum.fit;

import java.util.List;
import org.crystallite.spectrum.shape.LineShape;
import org.crystallite.spectrum.shape.ParameterDefault;

/** Test double: amplitude · exp(−rate · x), with an analytic gradient, to exercise the engine alone. */
final class ExponentialDecay implements LineShape {

    @Override
    public String name() {
        return "test-decay";
    }

    @Override
    public List<ParameterDefault> parameters() {
        return List.of(ParameterDefault.positive("amplitude", 1), ParameterDefault.free("rate", 1));
    }

    @Override
    public double value(double x, double[] p) {
        return p[0] * Math.exp(-p[1] * x);
    }

    @Override
    public void gradient(double x, double[] p, double[] out) {
        double e = Math.exp(-p[1] * x);
        out[0] = e;
        out[1] = -p[0] * x * e;
    }
}
