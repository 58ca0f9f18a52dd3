package org.crystallite.spectrum.fit;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The data inside the fit range and the curves of the fitted model on the same x, for plots and
 * CSV output. {@code fit} includes the background; {@code residual = y − fit}; {@code sigma} is
 * the σᵢ used as weight. The arrays are owned by this object: callers must not modify them.
 */
public record FitCurves(double[] x, double[] y, double[] sigma, double[] fit, double[] background,
                        double[] residual, Map<String, double[]> components) {

    public FitCurves {
        components = Collections.unmodifiableMap(new LinkedHashMap<>(components));
    }
}
