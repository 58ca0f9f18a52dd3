package org.crystallite.spectrum.ops;

import org.crystallite.spectrum.AxisQuantity;
import org.crystallite.spectrum.ProcessingStep;
import org.crystallite.spectrum.Spectrum;

/**
 * Scales y to a reference. The divisor is taken as exact: sigma is divided by the same factor
 * (its own uncertainty, e.g. of a fitted area, is not added). The y quantity becomes
 * {@link AxisQuantity#ARBITRARY}; the step records the divisor (and offset) so raw values can be
 * recovered.
 */
public final class Normalise {

    private Normalise() {
    }

    /** y / max(y); refuses when the maximum is not positive. */
    public static Spectrum toMax(Spectrum spectrum) {
        requirePoints(spectrum, 1);
        double max = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < spectrum.size(); i++) {
            max = Math.max(max, spectrum.y(i));
        }
        if (!(max > 0) || Double.isInfinite(max)) {
            throw new IllegalArgumentException("cannot normalise to the maximum: max(y) = " + max + " is not positive");
        }
        return scaled(spectrum, 0, max, ProcessingStep.of("normalise", "mode", "max", "divisor", max));
    }

    /**
     * y / ∫y dx with the trapezoid rule over the whole spectrum (x strictly increasing); refuses
     * when the area is not positive.
     */
    public static Spectrum toArea(Spectrum spectrum) {
        requirePoints(spectrum, 2);
        UniformGrid.requireIncreasing(spectrum, "area normalisation");
        double area = 0;
        for (int i = 1; i < spectrum.size(); i++) {
            area += 0.5 * (spectrum.y(i) + spectrum.y(i - 1)) * (spectrum.x(i) - spectrum.x(i - 1));
        }
        if (!(area > 0) || Double.isInfinite(area)) {
            throw new IllegalArgumentException("cannot normalise to unit area: trapezoid area = " + area + " is not positive");
        }
        return scaled(spectrum, 0, area, ProcessingStep.of("normalise", "mode", "area", "method", "trapezoid",
                "divisor", area));
    }

    /** (y − min) / (max − min), mapping y onto [0, 1]; refuses a constant spectrum. */
    public static Spectrum minMax(Spectrum spectrum) {
        requirePoints(spectrum, 1);
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < spectrum.size(); i++) {
            min = Math.min(min, spectrum.y(i));
            max = Math.max(max, spectrum.y(i));
        }
        double range = max - min;
        if (!(range > 0) || Double.isInfinite(range)) {
            throw new IllegalArgumentException("cannot normalise min–max: y range is " + range);
        }
        return scaled(spectrum, min, range, ProcessingStep.of("normalise", "mode", "min-max", "offset", min,
                "divisor", range));
    }

    /** y / value for a given non-zero finite value (e.g. an edge step or a fitted area). */
    public static Spectrum byValue(Spectrum spectrum, double value) {
        if (!Double.isFinite(value) || value == 0) {
            throw new IllegalArgumentException("normalisation divisor must be finite and non-zero, got " + value);
        }
        return scaled(spectrum, 0, value, ProcessingStep.of("normalise", "mode", "value", "divisor", value));
    }

    private static Spectrum scaled(Spectrum spectrum, double offset, double divisor, ProcessingStep step) {
        double[] y = spectrum.y();
        for (int i = 0; i < y.length; i++) {
            y[i] = (y[i] - offset) / divisor;
        }
        double[] sigma = spectrum.sigma().orElse(null);
        if (sigma != null) {
            double factor = Math.abs(divisor);
            for (int i = 0; i < sigma.length; i++) {
                sigma[i] /= factor;
            }
        }
        return spectrum.withY(y, sigma, AxisQuantity.ARBITRARY, step);
    }

    private static void requirePoints(Spectrum spectrum, int min) {
        if (spectrum.size() < min) {
            throw new IllegalArgumentException("normalisation needs at least " + min + " point(s), the spectrum has "
                    + spectrum.size());
        }
    }
}
