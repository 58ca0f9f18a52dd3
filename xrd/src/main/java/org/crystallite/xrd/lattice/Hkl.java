package org.crystallite.xrd.lattice;

/** Miller indices of a reflection (three-index form, also for hexagonal cells). */
public record Hkl(int h, int k, int l) implements Comparable<Hkl> {

    /** The indices as "h k l", e.g. {@code "1 1 0"} or {@code "2 -1 3"}. */
    @Override
    public String toString() {
        return h + " " + k + " " + l;
    }

    /** The indices as a JSON-friendly array. */
    public int[] toArray() {
        return new int[] {h, k, l};
    }

    public Hkl negate() {
        return new Hkl(-h, -k, -l);
    }

    /** Lexicographic order on (h, k, l). */
    @Override
    public int compareTo(Hkl o) {
        if (h != o.h) {
            return Integer.compare(h, o.h);
        }
        if (k != o.k) {
            return Integer.compare(k, o.k);
        }
        return Integer.compare(l, o.l);
    }
}
