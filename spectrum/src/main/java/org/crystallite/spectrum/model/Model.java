package org.crystallite.spectrum.model;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.crystallite.spectrum.background.StaticBackground;

/**
 * A fit model: an optional x range, an optional static background (computed from the data and
 * held fixed under the peaks) and the fitted components (peaks, steps and in-fit backgrounds).
 * Immutable; the fitter returns a copy with fitted values, which is itself a valid start model
 * for the next spectrum of a series.
 *
 * @param rangeMin lower x limit of the fit, or -∞
 * @param rangeMax upper x limit of the fit, or +∞
 */
public record Model(double rangeMin, double rangeMax, Optional<StaticBackground> staticBackground,
                    List<Component> components) {

    public Model {
        if (Double.isNaN(rangeMin) || Double.isNaN(rangeMax) || rangeMin >= rangeMax) {
            throw new IllegalArgumentException("model range must satisfy min < max, got [" + rangeMin + ", "
                    + rangeMax + "]");
        }
        components = List.copyOf(components);
        if (components.isEmpty()) {
            throw new IllegalArgumentException("a model needs at least one component");
        }
        Set<String> names = new HashSet<>();
        for (Component c : components) {
            if (!names.add(c.name())) {
                throw new IllegalArgumentException("duplicate component name '" + c.name() + "'");
            }
        }
    }

    public static Model of(List<Component> components) {
        return new Model(Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY, Optional.empty(), components);
    }

    public boolean hasRange() {
        return rangeMin > Double.NEGATIVE_INFINITY || rangeMax < Double.POSITIVE_INFINITY;
    }

    public Model withRange(double min, double max) {
        return new Model(min, max, staticBackground, components);
    }

    public Model withStaticBackground(StaticBackground background) {
        return new Model(rangeMin, rangeMax, Optional.ofNullable(background), components);
    }

    public Model withComponents(List<Component> newComponents) {
        return new Model(rangeMin, rangeMax, staticBackground, newComponents);
    }

    public Optional<Component> component(String name) {
        return components.stream().filter(c -> c.name().equals(name)).findFirst();
    }

    /** Number of parameters the fitter varies. */
    public int freeParameterCount() {
        int n = 0;
        for (Component c : components) {
            for (Parameter p : c.parameters()) {
                if (p.isFree()) {
                    n++;
                }
            }
        }
        return n;
    }

    /** All parameters as "component.parameter" names, in model order. */
    public List<String> qualifiedParameterNames() {
        List<String> out = new ArrayList<>();
        for (Component c : components) {
            for (Parameter p : c.parameters()) {
                out.add(c.name() + "." + p.name());
            }
        }
        return out;
    }
}
