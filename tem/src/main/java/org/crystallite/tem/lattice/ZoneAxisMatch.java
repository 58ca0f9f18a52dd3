package org.crystallite.tem.lattice;

/**
 * A zone axis consistent with a measured lattice basis: reflections hkl1 (for d1) and hkl2 (for d2)
 * of a phase whose spacings and mutual angle match, and the beam direction [uvw] = hkl1 × hkl2
 * (Weiss zone law, valid for any lattice).
 *
 * @param angleCalcDeg angle between g(hkl1) and g(hkl2) in the phase, degrees
 */
public record ZoneAxisMatch(String phase, int[] hkl1, int[] hkl2, int[] uvw, double angleCalcDeg) {

    public ZoneAxisMatch {
        hkl1 = hkl1.clone();
        hkl2 = hkl2.clone();
        uvw = uvw.clone();
    }

    @Override
    public int[] hkl1() {
        return hkl1.clone();
    }

    @Override
    public int[] hkl2() {
        return hkl2.clone();
    }

    @Override
    public int[] uvw() {
        return uvw.clone();
    }

    /** "[uvw]" with minus signs for negative indices, e.g. "[0-11]". */
    public String label() {
        return "[" + HklMatch.label(uvw) + "]";
    }
}
