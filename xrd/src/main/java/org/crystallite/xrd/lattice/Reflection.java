package org.crystallite.xrd.lattice;

import java.util.List;

/**
 * A calculated reflection: all allowed hkl of a cell that share one d-spacing for every cell of the crystal
 * system (symmetry equivalents and exact overlaps such as cubic 3 0 0 / 2 2 1), which peak positions cannot
 * tell apart.
 *
 * @param hkl the representative indices (non-negative where the symmetry allows)
 * @param forms the distinct symmetry-unique forms in the group, {@code hkl} first (e.g. [3 0 0, 2 2 1])
 * @param multiplicity number of allowed hkl in the group (Friedel pairs counted)
 * @param key what 1/d² depends on, see {@link CrystalSystem#metricKey}
 * @param dAngstrom d-spacing in the cell the list was made for
 */
public record Reflection(Hkl hkl, List<Hkl> forms, int multiplicity, CrystalSystem.MetricKey key, double dAngstrom) {

    public Reflection {
        forms = List.copyOf(forms);
    }

    /** The forms as text, e.g. {@code "3 0 0/2 2 1"}. */
    public String label() {
        StringBuilder sb = new StringBuilder();
        for (Hkl f : forms) {
            if (sb.length() > 0) {
                sb.append('/');
            }
            sb.append(f);
        }
        return sb.toString();
    }
}
