package org.crystallite.xrd.lattice;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Generates the allowed reflections of a cell down to a minimum d-spacing. */
public final class ReflectionList {

    private ReflectionList() {
    }

    /**
     * All allowed reflections with d ≥ dMin, grouped by what their d depends on (see {@link Reflection}),
     * sorted by decreasing d.
     *
     * <p>Index bounds: h = a·d* for the reciprocal vector d* of hkl, so |h| ≤ a/dMin (likewise k, l).
     */
    public static List<Reflection> generate(UnitCell cell, CrystalSystem system, ReflectionConditions conditions,
                                            double dMinAngstrom) {
        if (!(dMinAngstrom > 0)) {
            throw new IllegalArgumentException("dMin must be positive, got " + dMinAngstrom);
        }
        int hMax = (int) Math.floor(cell.a() / dMinAngstrom);
        int kMax = (int) Math.floor(cell.b() / dMinAngstrom);
        int lMax = (int) Math.floor(cell.c() / dMinAngstrom);
        long count = (2L * hMax + 1) * (2L * kMax + 1) * (2L * lMax + 1);
        if (count > 20_000_000L) {
            throw new IllegalArgumentException("dMin " + dMinAngstrom + " Å is too small for cell " + cell + " ("
                    + count + " index triples)");
        }
        double[] metric = cell.reciprocalMetric();
        double qMax = 1 / (dMinAngstrom * dMinAngstrom);
        Map<CrystalSystem.MetricKey, List<Hkl>> groups = new HashMap<>();
        for (int h = -hMax; h <= hMax; h++) {
            for (int k = -kMax; k <= kMax; k++) {
                for (int l = -lMax; l <= lMax; l++) {
                    if (h == 0 && k == 0 && l == 0) {
                        continue;
                    }
                    Hkl r = new Hkl(h, k, l);
                    double q = UnitCell.inverseDSquared(metric, r);
                    if (q > qMax * (1 + 1e-12) || !conditions.allows(r, system)) {
                        continue;
                    }
                    groups.computeIfAbsent(system.metricKey(r), x -> new ArrayList<>()).add(r);
                }
            }
        }
        List<Reflection> out = new ArrayList<>(groups.size());
        for (Map.Entry<CrystalSystem.MetricKey, List<Hkl>> e : groups.entrySet()) {
            // canonical() is the same for every member of one symmetry orbit (equivalents() is the orbit under
            // the lattice point group), so it is computed once per orbit, not once per member.
            Set<Hkl> forms = new LinkedHashSet<>();
            Set<Hkl> covered = new HashSet<>();
            for (Hkl r : e.getValue()) {
                if (!covered.contains(r)) {
                    forms.add(canonical(r, system, conditions));
                    covered.addAll(system.equivalents(r));
                }
            }
            List<Hkl> sorted = new ArrayList<>(forms);
            sorted.sort(PREFERENCE);
            Hkl first = sorted.get(0);
            out.add(new Reflection(first, sorted, e.getValue().size(), e.getKey(), cell.dSpacing(first)));
        }
        out.sort(Comparator.comparingDouble(Reflection::dAngstrom).reversed()
                .thenComparing(Reflection::hkl, PREFERENCE));
        return List.copyOf(out);
    }

    /** Most non-negative indices first, then the larger h, k, l. */
    static final Comparator<Hkl> PREFERENCE = Comparator
            .comparingInt((Hkl r) -> -nonNegative(r))
            .thenComparing(Comparator.<Hkl>naturalOrder().reversed());

    private static int nonNegative(Hkl r) {
        return (r.h() >= 0 ? 1 : 0) + (r.k() >= 0 ? 1 : 0) + (r.l() >= 0 ? 1 : 0);
    }

    /**
     * The preferred allowed member of the lattice-symmetry-equivalent set of hkl (allowed matters where the
     * centring is lower than the lattice symmetry: in R-3m, 0 1 2 is allowed and 1 0 2 is not).
     */
    static Hkl canonical(Hkl r, CrystalSystem system, ReflectionConditions conditions) {
        Hkl best = r;
        for (Hkl e : system.equivalents(r)) {
            if (PREFERENCE.compare(e, best) < 0 && conditions.allows(e, system)) {
                best = e;
            }
        }
        return best;
    }
}
