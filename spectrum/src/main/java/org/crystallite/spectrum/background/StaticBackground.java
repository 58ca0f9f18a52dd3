package org.crystallite.spectrum.background;

import org.crystallite.spectrum.ProcessingStep;

/**
 * A background computed from the data alone (Shirley, Tougaard, SNIP …), either subtracted
 * before analysis or held fixed under the peaks during a fit. Implementations are immutable and
 * carry their parameters.
 */
public interface StaticBackground {

    /** Name used in model files, e.g. {@code "shirley"}. */
    String name();

    /**
     * The background at every x. {@code x} is strictly increasing; {@code y} has the same length.
     * Implementations must not modify the input arrays.
     */
    double[] compute(double[] x, double[] y);

    /** The provenance step describing this background and its parameters. */
    ProcessingStep asStep();
}
