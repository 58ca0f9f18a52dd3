package org.crystallite.xrd.lattice;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** The set of shift terms refined with the cell: none, one, or a combination such as displacement+transparency. */
public record ShiftModel(Set<ShiftTerm> terms) {

    public static final ShiftModel NONE = new ShiftModel(EnumSet.noneOf(ShiftTerm.class));

    public ShiftModel {
        terms = terms.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(terms));
    }

    public static ShiftModel of(ShiftTerm... terms) {
        return new ShiftModel(terms.length == 0 ? EnumSet.noneOf(ShiftTerm.class) : EnumSet.of(terms[0], terms));
    }

    /**
     * Parses {@code none}, {@code zero}, {@code displacement}, {@code transparency} or a '+'-joined
     * combination such as {@code displacement+transparency}.
     */
    public static ShiftModel parse(String text) {
        String t = text == null ? "" : text.trim().toLowerCase(Locale.ROOT);
        if (t.equals("none")) {
            return NONE;
        }
        EnumSet<ShiftTerm> set = EnumSet.noneOf(ShiftTerm.class);
        for (String part : t.split("\\+")) {
            switch (part.trim()) {
                case "zero" -> set.add(ShiftTerm.ZERO);
                case "displacement" -> set.add(ShiftTerm.DISPLACEMENT);
                case "transparency" -> set.add(ShiftTerm.TRANSPARENCY);
                default -> throw new IllegalArgumentException("unknown shift model '" + text + "'; valid: none, zero,"
                        + " displacement, transparency, or a combination such as displacement+transparency");
            }
        }
        return new ShiftModel(set);
    }

    /** The terms in a fixed order (zero, displacement, transparency). */
    public List<ShiftTerm> ordered() {
        List<ShiftTerm> out = new ArrayList<>();
        for (ShiftTerm s : ShiftTerm.values()) {
            if (terms.contains(s)) {
                out.add(s);
            }
        }
        return out;
    }

    /** Δ2θ (degrees) at Bragg angle θ (radians) for parameter values in {@link #ordered()} order. */
    public double shiftDeg(double thetaRad, double[] values) {
        List<ShiftTerm> o = ordered();
        double s = 0;
        for (int i = 0; i < o.size(); i++) {
            s += values[i] * o.get(i).derivative(thetaRad);
        }
        return s;
    }

    /** The model's name, e.g. {@code none} or {@code zero+displacement}. */
    @Override
    public String toString() {
        if (terms.isEmpty()) {
            return "none";
        }
        List<String> names = new ArrayList<>();
        for (ShiftTerm s : ordered()) {
            names.add(s.name().toLowerCase(Locale.ROOT));
        }
        return String.join("+", names);
    }
}
