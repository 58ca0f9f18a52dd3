package org.crystallite.spectrum.fit;

import java.util.List;
import java.util.Optional;

/**
 * Fitted parameters of one model component and, for peaks, the derived height and FWHM with
 * propagated σ (from the scaled covariance of the free parameters).
 */
public record ComponentResult(String name, String shape, boolean peak, List<ParameterEstimate> parameters,
                              double height, double heightSigma, double fwhm, double fwhmSigma) {

    public ComponentResult {
        parameters = List.copyOf(parameters);
    }

    public Optional<ParameterEstimate> parameter(String parameterName) {
        return parameters.stream().filter(p -> p.name().equals(parameterName)).findFirst();
    }

    /** The fitted value of a parameter; throws when the component has no such parameter. */
    public double value(String parameterName) {
        return parameter(parameterName).orElseThrow(() -> new IllegalArgumentException(
                name + " has no parameter " + parameterName)).value();
    }

    public double sigma(String parameterName) {
        return parameter(parameterName).orElseThrow(() -> new IllegalArgumentException(
                name + " has no parameter " + parameterName)).sigma();
    }
}
