package org.crystallite.spectrum.model;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Maps a model's parameters to the vector of free parameters the optimiser varies. Because ties
 * are linear, every parameter is {@code coefficient · free[j] + constant} for at most one free
 * parameter j (fixed parameters have no j; chains of ties are composed), which makes values and
 * Jacobian columns cheap to compute.
 */
public final class ParameterLayout {

    private final Model model;
    /** Offset of each component's first parameter in the flat parameter list. */
    private final int[] componentOffset;
    /** For each flat parameter: index into the free vector, or -1. */
    private final int[] freeIndex;
    private final double[] coefficient;
    private final double[] constant;
    private final int[] freeToFlat;
    private final List<String> freeNames;

    public ParameterLayout(Model model) {
        this.model = model;
        List<Component> comps = model.components();
        componentOffset = new int[comps.size()];
        Map<String, Integer> flatIndexByName = new HashMap<>();
        List<Parameter> flat = new ArrayList<>();
        for (int c = 0; c < comps.size(); c++) {
            componentOffset[c] = flat.size();
            for (Parameter p : comps.get(c).parameters()) {
                flatIndexByName.put(comps.get(c).name() + "." + p.name(), flat.size());
                flat.add(p);
            }
        }
        int n = flat.size();
        freeIndex = new int[n];
        coefficient = new double[n];
        constant = new double[n];
        List<Integer> free = new ArrayList<>();
        freeNames = new ArrayList<>();
        List<String> flatNames = model.qualifiedParameterNames();
        for (int k = 0; k < n; k++) {
            if (flat.get(k).isFree()) {
                freeIndex[k] = free.size();
                coefficient[k] = 1;
                free.add(k);
                freeNames.add(flatNames.get(k));
            }
        }
        freeToFlat = free.stream().mapToInt(Integer::intValue).toArray();
        boolean[] resolved = new boolean[n];
        for (int k = 0; k < n; k++) {
            resolve(k, flat, flatNames, flatIndexByName, resolved, new boolean[n]);
        }
    }

    private void resolve(int k, List<Parameter> flat, List<String> flatNames, Map<String, Integer> index,
                         boolean[] resolved, boolean[] visiting) {
        if (resolved[k]) {
            return;
        }
        Parameter p = flat.get(k);
        if (p.isFree()) {
            resolved[k] = true;
            return;
        }
        if (!p.isTied()) {
            freeIndex[k] = -1;
            coefficient[k] = 0;
            constant[k] = p.value();
            resolved[k] = true;
            return;
        }
        if (visiting[k]) {
            throw new IllegalArgumentException("circular tie involving " + flatNames.get(k));
        }
        visiting[k] = true;
        Tie tie = p.tie();
        Integer ref = index.get(tie.target());
        if (ref == null) {
            throw new IllegalArgumentException(flatNames.get(k) + " is tied to unknown parameter '" + tie.target()
                    + "'");
        }
        resolve(ref, flat, flatNames, index, resolved, visiting);
        freeIndex[k] = freeIndex[ref];
        coefficient[k] = tie.factor() * coefficient[ref];
        constant[k] = tie.factor() * constant[ref] + tie.offset();
        resolved[k] = true;
    }

    public Model model() {
        return model;
    }

    public int freeCount() {
        return freeToFlat.length;
    }

    /** "component.parameter" for each free parameter, in free-vector order. */
    public List<String> freeNames() {
        return List.copyOf(freeNames);
    }

    /** The model's current values of the free parameters. */
    public double[] initialFree() {
        double[] v = new double[freeToFlat.length];
        List<Component> comps = model.components();
        for (int c = 0; c < comps.size(); c++) {
            List<Parameter> ps = comps.get(c).parameters();
            for (int i = 0; i < ps.size(); i++) {
                int j = freeIndex[componentOffset[c] + i];
                if (ps.get(i).isFree()) {
                    v[j] = ps.get(i).value();
                }
            }
        }
        return v;
    }

    /** Lower and upper bounds of the free parameters. */
    public double[][] freeBounds() {
        double[] lo = new double[freeToFlat.length];
        double[] hi = new double[freeToFlat.length];
        List<Component> comps = model.components();
        for (int c = 0; c < comps.size(); c++) {
            List<Parameter> ps = comps.get(c).parameters();
            for (int i = 0; i < ps.size(); i++) {
                if (ps.get(i).isFree()) {
                    int j = freeIndex[componentOffset[c] + i];
                    lo[j] = ps.get(i).min();
                    hi[j] = ps.get(i).max();
                }
            }
        }
        return new double[][] {lo, hi};
    }

    /** Fills {@code out[c]} with the full parameter values of component c for the free vector. */
    public void componentValues(double[] free, double[][] out) {
        for (int c = 0; c < componentOffset.length; c++) {
            double[] values = out[c];
            int base = componentOffset[c];
            for (int i = 0; i < values.length; i++) {
                int k = base + i;
                int j = freeIndex[k];
                values[i] = j < 0 ? constant[k] : coefficient[k] * free[j] + constant[k];
            }
        }
    }

    /** Freshly allocated per-component value arrays. */
    public double[][] newComponentArrays() {
        List<Component> comps = model.components();
        double[][] out = new double[comps.size()][];
        for (int c = 0; c < out.length; c++) {
            out[c] = new double[comps.get(c).parameters().size()];
        }
        return out;
    }

    /** Free index driving parameter i of component c, or -1 when it is fixed (or tied to fixed). */
    public int freeIndexOf(int component, int parameter) {
        return freeIndex[componentOffset[component] + parameter];
    }

    /** d(parameter i of component c)/d(its free parameter). */
    public double coefficientOf(int component, int parameter) {
        return coefficient[componentOffset[component] + parameter];
    }

    /** The model with the values of the given free vector written into every parameter (ties resolved). */
    public Model apply(double[] free) {
        double[][] values = newComponentArrays();
        componentValues(free, values);
        List<Component> comps = model.components();
        List<Component> updated = new ArrayList<>(comps.size());
        for (int c = 0; c < comps.size(); c++) {
            updated.add(comps.get(c).withValues(values[c]));
        }
        return model.withComponents(updated);
    }
}
