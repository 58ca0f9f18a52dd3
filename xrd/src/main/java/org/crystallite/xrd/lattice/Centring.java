package org.crystallite.xrd.lattice;

import java.util.Locale;

/**
 * Lattice centring and its general reflection condition (International Tables Vol. A, Table 2.2.13.1):
 * P none; A k+l = 2n; B h+l = 2n; C h+k = 2n; I h+k+l = 2n; F h, k, l all odd or all even;
 * R (obverse setting, hexagonal axes) −h+k+l = 3n.
 */
public enum Centring {
    P, A, B, C, I, F, R;

    /** True when the centring lets the reflection occur. */
    public boolean allows(Hkl r) {
        int h = r.h();
        int k = r.k();
        int l = r.l();
        return switch (this) {
            case P -> true;
            case A -> Math.floorMod(k + l, 2) == 0;
            case B -> Math.floorMod(h + l, 2) == 0;
            case C -> Math.floorMod(h + k, 2) == 0;
            case I -> Math.floorMod(h + k + l, 2) == 0;
            case F -> Math.floorMod(h + k, 2) == 0 && Math.floorMod(h + l, 2) == 0;
            case R -> Math.floorMod(-h + k + l, 3) == 0;
        };
    }

    /** Parses P, A, B, C, I, F or R (case-insensitive). */
    public static Centring parse(String text) {
        String t = text == null ? "" : text.trim().toUpperCase(Locale.ROOT);
        for (Centring c : values()) {
            if (c.name().equals(t)) {
                return c;
            }
        }
        throw new IllegalArgumentException("unknown centring '" + text + "'; valid: P, A, B, C, I, F, R");
    }
}
