package org.crystallite.spectrum;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * An immutable one-dimensional data set shared by XRD, XPS and XAS: x, y, optional standard
 * deviations of y, the quantities of both axes, free-form metadata (wavelength, source energy,
 * pass energy, sample, state of charge …) and the provenance list of processing steps.
 *
 * <p>Arrays are copied on the way in and on the way out; every processing operation returns a
 * new Spectrum with one more {@link ProcessingStep}.
 */
public final class Spectrum {

    private final double[] x;
    private final double[] y;
    private final double[] sigma;
    private final AxisQuantity xQuantity;
    private final AxisQuantity yQuantity;
    private final Map<String, String> metadata;
    private final List<ProcessingStep> provenance;

    private Spectrum(double[] x, double[] y, double[] sigma, AxisQuantity xQuantity, AxisQuantity yQuantity,
                     Map<String, String> metadata, List<ProcessingStep> provenance) {
        if (x.length != y.length) {
            throw new IllegalArgumentException("x has " + x.length + " points but y has " + y.length);
        }
        if (sigma != null && sigma.length != x.length) {
            throw new IllegalArgumentException("sigma has " + sigma.length + " points but x has " + x.length);
        }
        this.x = x;
        this.y = y;
        this.sigma = sigma;
        this.xQuantity = Objects.requireNonNull(xQuantity, "xQuantity");
        this.yQuantity = Objects.requireNonNull(yQuantity, "yQuantity");
        this.metadata = Collections.unmodifiableMap(new LinkedHashMap<>(metadata));
        this.provenance = List.copyOf(provenance);
    }

    /** A new spectrum without sigma, metadata or provenance. */
    public static Spectrum of(double[] x, double[] y, AxisQuantity xQuantity, AxisQuantity yQuantity) {
        return new Spectrum(x.clone(), y.clone(), null, xQuantity, yQuantity, Map.of(), List.of());
    }

    /** A new spectrum with sigma (may be null). */
    public static Spectrum of(double[] x, double[] y, double[] sigma, AxisQuantity xQuantity, AxisQuantity yQuantity) {
        return new Spectrum(x.clone(), y.clone(), sigma == null ? null : sigma.clone(), xQuantity, yQuantity,
                Map.of(), List.of());
    }

    public int size() {
        return x.length;
    }

    /** A copy of the x values. */
    public double[] x() {
        return x.clone();
    }

    /** A copy of the y values. */
    public double[] y() {
        return y.clone();
    }

    /** A copy of the standard deviations of y, if the data carry them. */
    public Optional<double[]> sigma() {
        return sigma == null ? Optional.empty() : Optional.of(sigma.clone());
    }

    public boolean hasSigma() {
        return sigma != null;
    }

    public double x(int i) {
        return x[i];
    }

    public double y(int i) {
        return y[i];
    }

    /**
     * The standard deviation of y at index i, without copying the sigma column (for work on a few
     * points of a long spectrum).
     *
     * @throws IllegalStateException when the data carry no sigma ({@link #hasSigma()} is false)
     */
    public double sigma(int i) {
        if (sigma == null) {
            throw new IllegalStateException("the spectrum carries no sigma" + source().map(s -> " (" + s + ")").orElse(""));
        }
        return sigma[i];
    }

    public AxisQuantity xQuantity() {
        return xQuantity;
    }

    public AxisQuantity yQuantity() {
        return yQuantity;
    }

    public Map<String, String> metadata() {
        return metadata;
    }

    public Optional<String> metadata(String key) {
        return Optional.ofNullable(metadata.get(key));
    }

    /** A metadata value parsed as a number, if present and numeric. */
    public Optional<Double> metadataNumber(String key) {
        String v = metadata.get(key);
        if (v == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(Double.parseDouble(v.trim()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    public List<ProcessingStep> provenance() {
        return provenance;
    }

    /** The file or source this spectrum was read from, if recorded by a reader. */
    public Optional<String> source() {
        return metadata(MetadataKeys.SOURCE);
    }

    /** True when x is strictly increasing. */
    public boolean isStrictlyIncreasing() {
        for (int i = 1; i < x.length; i++) {
            if (!(x[i] > x[i - 1])) {
                return false;
            }
        }
        return true;
    }

    /** A new spectrum with new data arrays, the same axes and metadata, and one more step. */
    public Spectrum derive(double[] newX, double[] newY, double[] newSigma, ProcessingStep step) {
        return new Spectrum(newX.clone(), newY.clone(), newSigma == null ? null : newSigma.clone(), xQuantity,
                yQuantity, metadata, appended(step));
    }

    /** A new spectrum with a converted x axis (values and quantity) and one more step. */
    public Spectrum withXAxis(double[] newX, AxisQuantity newQuantity, ProcessingStep step) {
        return new Spectrum(newX.clone(), y.clone(), sigma == null ? null : sigma.clone(), newQuantity, yQuantity,
                metadata, appended(step));
    }

    /**
     * A new spectrum with a converted x axis and new data arrays (e.g. after an axis conversion
     * that reverses the order or drops points where it is undefined), the same y quantity and
     * metadata, and one more step.
     */
    public Spectrum withXAxis(double[] newX, double[] newY, double[] newSigma, AxisQuantity newQuantity,
                              ProcessingStep step) {
        return new Spectrum(newX.clone(), newY.clone(), newSigma == null ? null : newSigma.clone(), newQuantity,
                yQuantity, metadata, appended(step));
    }

    /** A new spectrum with a different y quantity (e.g. after normalisation) and one more step. */
    public Spectrum withY(double[] newY, double[] newSigma, AxisQuantity newQuantity, ProcessingStep step) {
        return new Spectrum(x.clone(), newY.clone(), newSigma == null ? null : newSigma.clone(), xQuantity,
                newQuantity, metadata, appended(step));
    }

    /** A new spectrum with one metadata entry added or replaced (no provenance step: metadata is not data). */
    public Spectrum withMetadata(String key, String value) {
        Map<String, String> m = new LinkedHashMap<>(metadata);
        m.put(key, value);
        return new Spectrum(x, y, sigma, xQuantity, yQuantity, m, provenance);
    }

    /** A new spectrum with all given metadata entries added or replaced. */
    public Spectrum withMetadata(Map<String, String> entries) {
        Map<String, String> m = new LinkedHashMap<>(metadata);
        m.putAll(entries);
        return new Spectrum(x, y, sigma, xQuantity, yQuantity, m, provenance);
    }

    /** A new spectrum with one more provenance step and otherwise the same content. */
    public Spectrum withStep(ProcessingStep step) {
        return new Spectrum(x, y, sigma, xQuantity, yQuantity, metadata, appended(step));
    }

    private List<ProcessingStep> appended(ProcessingStep step) {
        List<ProcessingStep> list = new ArrayList<>(provenance);
        list.add(Objects.requireNonNull(step, "step"));
        return list;
    }

    @Override
    public String toString() {
        String range = x.length == 0 ? "empty" : x[0] + " … " + x[x.length - 1];
        return "Spectrum[" + x.length + " points, " + xQuantity.labelWithUnit() + " " + range
                + source().map(s -> ", " + s).orElse("") + "]";
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof Spectrum s)) {
            return false;
        }
        return Arrays.equals(x, s.x) && Arrays.equals(y, s.y) && Arrays.equals(sigma, s.sigma)
                && xQuantity == s.xQuantity && yQuantity == s.yQuantity && metadata.equals(s.metadata)
                && provenance.equals(s.provenance);
    }

    @Override
    public int hashCode() {
        return Objects.hash(Arrays.hashCode(x), Arrays.hashCode(y), xQuantity, yQuantity);
    }
}
