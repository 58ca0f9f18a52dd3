package org.crystallite.tem.lattice;

import java.util.List;

/**
 * Reflections of a phase whose spacing matches a measured one.
 *
 * @param phase        the phase's name
 * @param dCalcNm      calculated spacing, nm
 * @param relativeError (d_measured − d_calc)/d_calc
 * @param hkl          every allowed hkl with this spacing (−h−k−l counted once); the first is the
 *                     representative (largest h, then k, then l)
 */
public record HklMatch(String phase, double dCalcNm, double relativeError, List<int[]> hkl) {

    public HklMatch {
        hkl = hkl.stream().map(int[]::clone).toList();
    }

    @Override
    public List<int[]> hkl() {
        return hkl.stream().map(int[]::clone).toList();
    }

    /** The representative indices as text, e.g. "1-10" or "002" (negative indices with a minus sign). */
    public String label() {
        int[] r = hkl.get(0);
        return label(r);
    }

    static String label(int[] r) {
        return "" + r[0] + r[1] + r[2];
    }
}
