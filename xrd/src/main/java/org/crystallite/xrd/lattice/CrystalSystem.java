package org.crystallite.xrd.lattice;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The crystal systems a cell can be refined in, each with its independent cell parameters and the
 * symmetry of its lattice (holohedry). Trigonal cells, including rhombohedral (R) lattices, are refined
 * in hexagonal axes; monoclinic cells have b as the unique axis (β free).
 */
public enum CrystalSystem {
    CUBIC("a"),
    TETRAGONAL("a", "c"),
    HEXAGONAL("a", "c"),
    ORTHORHOMBIC("a", "b", "c"),
    MONOCLINIC("a", "b", "c", "beta"),
    TRICLINIC("a", "b", "c", "alpha", "beta", "gamma");

    private final List<String> parameterNames;

    CrystalSystem(String... names) {
        this.parameterNames = List.of(names);
    }

    /** The independent cell parameters, in refinement order (edges in Å, angles in degrees). */
    public List<String> parameterNames() {
        return parameterNames;
    }

    /** Parses a name ({@code cubic}, {@code hexagonal}, {@code trigonal}, …), case-insensitive. */
    public static CrystalSystem parse(String text) {
        String t = text == null ? "" : text.trim().toLowerCase(Locale.ROOT);
        return switch (t) {
            case "cubic" -> CUBIC;
            case "tetragonal" -> TETRAGONAL;
            case "hexagonal", "trigonal", "rhombohedral" -> HEXAGONAL;
            case "orthorhombic" -> ORTHORHOMBIC;
            case "monoclinic" -> MONOCLINIC;
            case "triclinic" -> TRICLINIC;
            default -> throw new IllegalArgumentException("unknown crystal system '" + text
                    + "'; valid: cubic, tetragonal, hexagonal (or trigonal, rhombohedral in hexagonal axes),"
                    + " orthorhombic, monoclinic (unique axis b), triclinic");
        };
    }

    /** The independent parameters of a cell of this system. */
    public double[] parameters(UnitCell cell) {
        return switch (this) {
            case CUBIC -> new double[] {cell.a()};
            case TETRAGONAL, HEXAGONAL -> new double[] {cell.a(), cell.c()};
            case ORTHORHOMBIC -> new double[] {cell.a(), cell.b(), cell.c()};
            case MONOCLINIC -> new double[] {cell.a(), cell.b(), cell.c(), cell.betaDeg()};
            case TRICLINIC -> new double[] {cell.a(), cell.b(), cell.c(), cell.alphaDeg(), cell.betaDeg(),
                    cell.gammaDeg()};
        };
    }

    /** The cell of this system with the given independent parameters. */
    public UnitCell cell(double[] p) {
        if (p.length != parameterNames.size()) {
            throw new IllegalArgumentException(name().toLowerCase(Locale.ROOT) + " needs " + parameterNames.size()
                    + " cell parameters " + parameterNames + ", got " + p.length);
        }
        return switch (this) {
            case CUBIC -> UnitCell.cubic(p[0]);
            case TETRAGONAL -> UnitCell.tetragonal(p[0], p[1]);
            case HEXAGONAL -> UnitCell.hexagonal(p[0], p[1]);
            case ORTHORHOMBIC -> UnitCell.orthorhombic(p[0], p[1], p[2]);
            case MONOCLINIC -> UnitCell.monoclinic(p[0], p[1], p[2], p[3]);
            case TRICLINIC -> new UnitCell(p[0], p[1], p[2], p[3], p[4], p[5]);
        };
    }

    /**
     * The cell from a user's list: either this system's independent parameters (cubic: a; tetragonal and
     * hexagonal: a, c; orthorhombic: a, b, c; monoclinic: a, b, c, β) or all six a, b, c, α, β, γ, which
     * must then agree with the system.
     */
    public UnitCell cellFrom(double[] values) {
        if (values.length == 6 && this != TRICLINIC) {
            UnitCell given = new UnitCell(values[0], values[1], values[2], values[3], values[4], values[5]);
            UnitCell constrained = cell(parameters(given));
            double[] g = {given.a(), given.b(), given.c(), given.alphaDeg(), given.betaDeg(), given.gammaDeg()};
            double[] s = {constrained.a(), constrained.b(), constrained.c(), constrained.alphaDeg(),
                    constrained.betaDeg(), constrained.gammaDeg()};
            for (int i = 0; i < 6; i++) {
                if (Math.abs(g[i] - s[i]) > 1e-6 * Math.max(1, Math.abs(s[i]))) {
                    throw new IllegalArgumentException("cell " + given + " is not " + name().toLowerCase(Locale.ROOT)
                            + " (expected " + constrained + ")");
                }
            }
            return constrained;
        }
        return cell(values);
    }

    /**
     * The reflections related to hkl by the lattice symmetry (the holohedry: m-3m, 4/mmm, 6/mmm, mmm,
     * 2/m with unique axis b, -1), each listed once. Friedel pairs are included.
     */
    public List<Hkl> equivalents(Hkl r) {
        int h = r.h();
        int k = r.k();
        int l = r.l();
        Set<Hkl> out = new LinkedHashSet<>();
        switch (this) {
            case CUBIC -> {
                int[][] perms = {{h, k, l}, {h, l, k}, {k, h, l}, {k, l, h}, {l, h, k}, {l, k, h}};
                for (int[] p : perms) {
                    addSigns(out, p[0], p[1], p[2]);
                }
            }
            case TETRAGONAL -> {
                addSigns(out, h, k, l);
                addSigns(out, k, h, l);
            }
            case ORTHORHOMBIC -> addSigns(out, h, k, l);
            case MONOCLINIC -> {
                out.add(new Hkl(h, k, l));
                out.add(new Hkl(-h, k, -l));
                out.add(new Hkl(h, -k, l));
                out.add(new Hkl(-h, -k, -l));
            }
            case TRICLINIC -> {
                out.add(r);
                out.add(r.negate());
            }
            case HEXAGONAL -> {
                // The six rotations about c act on (h, k, i = −h−k) as cyclic shifts with sign changes;
                // the mirrors swap h and k.
                int[][] hk = {{h, k}, {-k, h + k}, {-h - k, h}, {-h, -k}, {k, -h - k}, {h + k, -h}};
                for (int[] p : hk) {
                    out.add(new Hkl(p[0], p[1], l));
                    out.add(new Hkl(p[0], p[1], -l));
                    out.add(new Hkl(p[1], p[0], l));
                    out.add(new Hkl(p[1], p[0], -l));
                }
            }
            default -> throw new IllegalStateException(name());
        }
        return new ArrayList<>(out);
    }

    private static void addSigns(Set<Hkl> out, int h, int k, int l) {
        for (int sh : new int[] {1, -1}) {
            for (int sk : new int[] {1, -1}) {
                for (int sl : new int[] {1, -1}) {
                    out.add(new Hkl(sh * h, sk * k, sl * l));
                }
            }
        }
    }

    /**
     * What 1/d² depends on for this system: two reflections with equal keys have the same d for every cell of
     * the system, so peak positions cannot tell them apart (e.g. cubic 3 0 0 and 2 2 1). The key lists the
     * multipliers of the free terms of the reciprocal metric tensor.
     */
    public MetricKey metricKey(Hkl r) {
        long h = r.h();
        long k = r.k();
        long l = r.l();
        long[] key = switch (this) {
            case CUBIC -> new long[] {h * h + k * k + l * l};
            case TETRAGONAL -> new long[] {h * h + k * k, l * l};
            case HEXAGONAL -> new long[] {h * h + h * k + k * k, l * l};
            case ORTHORHOMBIC -> new long[] {h * h, k * k, l * l};
            case MONOCLINIC -> new long[] {h * h, k * k, l * l, h * l};
            case TRICLINIC -> new long[] {h * h, k * k, l * l, k * l, h * l, h * k};
        };
        return new MetricKey(key);
    }

    /** The multipliers of 1/d² that no cell of a system can distinguish; see {@link #metricKey}. */
    public record MetricKey(long[] terms) {
        @Override
        public boolean equals(Object o) {
            return o instanceof MetricKey other && Arrays.equals(terms, other.terms);
        }

        @Override
        public int hashCode() {
            return Arrays.hashCode(terms);
        }

        @Override
        public String toString() {
            return Arrays.toString(terms);
        }
    }
}
