package org.crystallite.spectrum.shape;

import java.util.List;

/**
 * A function of x with named parameters, used as a fit component: a peak shape, a step or an
 * in-fit background. Implementations are immutable and thread-safe; parameters arrive as an
 * array ordered as {@link #parameters()}.
 *
 * <p>Peak shapes are parameterised by area, centre and width(s) and are analytically normalised:
 * the integral over all x equals the {@code area} parameter (design guide §2).
 */
public interface LineShape {

    /** Name used in model files and the CLI, e.g. {@code "pseudo-voigt"}. */
    String name();

    /** Parameter names with their default start values and bounds, in array order. */
    List<ParameterDefault> parameters();

    /** The function value at x. */
    double value(double x, double[] p);

    /**
     * Partial derivatives of the value at x with respect to each parameter, written to
     * {@code out} (length = number of parameters). Shapes override this with analytic
     * derivatives where practical; the default is a central finite difference.
     */
    default void gradient(double x, double[] p, double[] out) {
        double[] q = p.clone();
        for (int k = 0; k < p.length; k++) {
            double h = 1e-6 * Math.max(Math.abs(p[k]), 1e-3);
            q[k] = p[k] + h;
            double up = value(x, q);
            q[k] = p[k] - h;
            double down = value(x, q);
            q[k] = p[k];
            out[k] = (up - down) / (2 * h);
        }
    }

    /** Index of a parameter by name, or -1. */
    default int indexOf(String parameterName) {
        List<ParameterDefault> ps = parameters();
        for (int i = 0; i < ps.size(); i++) {
            if (ps.get(i).name().equals(parameterName)) {
                return i;
            }
        }
        return -1;
    }

    /** True for peaks (which have center, a width and area); false for backgrounds and steps. */
    default boolean isPeak() {
        return indexOf("area") >= 0 && indexOf("center") >= 0;
    }

    /** Maximum of the peak (for a symmetric peak, the value at the centre). */
    default double height(double[] p) {
        return value(p[indexOf("center")], p);
    }

    /** Full width at half maximum in x units (for shapes with separate widths, the combined width). */
    default double fwhm(double[] p) {
        int i = indexOf("fwhm");
        if (i < 0) {
            throw new IllegalStateException(name() + " has no single fwhm parameter");
        }
        return p[i];
    }
}
