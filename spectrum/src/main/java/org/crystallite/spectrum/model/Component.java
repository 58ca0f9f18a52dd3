package org.crystallite.spectrum.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.crystallite.spectrum.shape.LineShape;

/**
 * A named term of a model: a line shape and its parameters, in the order of
 * {@link LineShape#parameters()}.
 */
public record Component(String name, LineShape shape, List<Parameter> parameters) {

    public Component {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(shape, "shape");
        parameters = List.copyOf(parameters);
        if (parameters.size() != shape.parameters().size()) {
            throw new IllegalArgumentException("component " + name + " (" + shape.name() + ") needs "
                    + shape.parameters().size() + " parameters, got " + parameters.size());
        }
        for (int i = 0; i < parameters.size(); i++) {
            String expected = shape.parameters().get(i).name();
            if (!parameters.get(i).name().equals(expected)) {
                throw new IllegalArgumentException("component " + name + ": parameter " + i + " must be '"
                        + expected + "', got '" + parameters.get(i).name() + "'");
            }
        }
    }

    public Optional<Parameter> parameter(String parameterName) {
        return parameters.stream().filter(p -> p.name().equals(parameterName)).findFirst();
    }

    /** Current values in shape order (tied parameters must have been resolved by the caller). */
    public double[] values() {
        double[] v = new double[parameters.size()];
        for (int i = 0; i < v.length; i++) {
            v[i] = parameters.get(i).value();
        }
        return v;
    }

    /** The same component with new values (ties, bounds and fixed flags kept). */
    public Component withValues(double[] values) {
        List<Parameter> ps = new ArrayList<>(parameters.size());
        for (int i = 0; i < parameters.size(); i++) {
            ps.add(parameters.get(i).withValue(values[i]));
        }
        return new Component(name, shape, ps);
    }

    /** The component's value at x with its current parameter values. */
    public double value(double x) {
        return shape.value(x, values());
    }
}
