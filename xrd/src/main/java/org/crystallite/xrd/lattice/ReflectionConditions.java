package org.crystallite.xrd.lattice;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Which reflections a cell can show: the centring condition plus zonal and serial conditions from glide
 * planes and screw axes (International Tables Vol. A, §2.2.13). A rule is applied to every reflection related
 * to hkl by the lattice symmetry of the crystal system (see {@link CrystalSystem#equivalents}), so a rule
 * written for one form ({@code hhl}) also removes its equivalents ({@code h -2h l}, …). That is right for space
 * groups whose Laue class is the full lattice symmetry and for the groups in the table below; groups with a
 * lower cubic Laue class (m-3, e.g. Pa-3) are not in the table and must not be given by their rules.
 *
 * @param label what the conditions came from (a space-group symbol or "centring X")
 * @param centring the lattice centring
 * @param rules zonal and serial conditions
 */
public record ReflectionConditions(String label, Centring centring, List<ReflectionRule> rules) {

    /**
     * Non-symmorphic space groups in the table (the symbols used by the validation fixtures and the common
     * battery and standard materials); conditions from International Tables Vol. A, the general-position
     * conditions of each group (implied serial conditions left out where a zonal one covers them).
     */
    private static final Map<String, String[]> TABLE = table();

    public ReflectionConditions {
        rules = List.copyOf(rules);
    }

    /** Centring only (no glide or screw conditions). */
    public static ReflectionConditions of(Centring centring) {
        return new ReflectionConditions("centring " + centring, centring, List.of());
    }

    /** Centring plus explicit rules such as {@code "00l: l=2n"}. */
    public static ReflectionConditions of(Centring centring, List<String> rules) {
        List<ReflectionRule> parsed = new ArrayList<>();
        for (String r : rules) {
            parsed.add(ReflectionRule.parse(r));
        }
        String label = "centring " + centring + (rules.isEmpty() ? "" : " + " + String.join(", ", rules));
        return new ReflectionConditions(label, centring, parsed);
    }

    private static Map<String, String[]> table() {
        Map<String, String[]> m = new LinkedHashMap<>();
        m.put("P21/c", new String[] {"h0l: l=2n", "0k0: k=2n"});
        m.put("P121/c1", m.get("P21/c"));
        m.put("P21/n", new String[] {"h0l: h+l=2n", "0k0: k=2n"});
        m.put("P21/a", new String[] {"h0l: h=2n", "0k0: k=2n"});
        m.put("P21", new String[] {"0k0: k=2n"});
        m.put("C2/c", new String[] {"h0l: l=2n"});
        m.put("Pnma", new String[] {"0kl: k+l=2n", "hk0: h=2n"});
        m.put("Pbca", new String[] {"0kl: k=2n", "h0l: l=2n", "hk0: h=2n"});
        m.put("P42/mnm", new String[] {"0kl: k+l=2n"});
        m.put("I41/amd", new String[] {"hk0: h=2n", "hhl: 2h+l=4n", "00l: l=4n"});
        m.put("P63", new String[] {"00l: l=2n"});
        m.put("P63/m", new String[] {"00l: l=2n"});
        m.put("P63mc", new String[] {"hhl: l=2n", "00l: l=2n"});
        m.put("P63/mmc", new String[] {"hhl: l=2n", "00l: l=2n"});
        m.put("Fd-3m", new String[] {"0kl: k+l=4n", "hhl: h+l=2n", "h00: h=4n"});
        return m;
    }

    /** The space-group symbols that carry glide or screw conditions in the table. */
    public static List<String> tabulatedSymbols() {
        return List.copyOf(TABLE.keySet());
    }

    /**
     * The conditions of a space group given by its Hermann–Mauguin symbol (spaces and the underscore of a
     * screw axis are ignored: {@code P 6_3/m}, {@code P63/m}). The first letter is the centring. A symbol with
     * neither a glide letter (a, b, c, d, e, n) nor a screw axis adds no condition to the centring (symmorphic
     * groups: Fm-3m, Pm-3m, F-43m, R-3m, I4/mmm, C2/m, P-1, …); other symbols must be in the table.
     *
     * @throws IllegalArgumentException for an unknown or non-tabulated symbol, naming the alternatives
     */
    public static ReflectionConditions forSpaceGroup(String symbol) {
        if (symbol == null || symbol.isBlank()) {
            throw new IllegalArgumentException("empty space-group symbol");
        }
        String raw = symbol.replace(" ", "");
        String key = raw.replace("_", "");
        Centring centring;
        try {
            centring = Centring.parse(key.substring(0, 1));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("space group '" + symbol + "' must start with a lattice letter P, A, B,"
                    + " C, I, F or R", e);
        }
        String[] rules = TABLE.get(key);
        if (rules != null) {
            ReflectionConditions c = of(centring, List.of(rules));
            return new ReflectionConditions(key, c.centring(), c.rules());
        }
        String rest = key.substring(1);
        if (!rest.matches("[-/0-9m]+") || raw.contains("_") || hasScrewLikeDigits(rest)) {
            throw new IllegalArgumentException("space group '" + symbol + "' has glide planes or screw axes and is not"
                    + " in the table " + TABLE.keySet() + "; give the centring and its reflection conditions"
                    + " explicitly (e.g. '00l: l=2n')");
        }
        return new ReflectionConditions(key, centring, List.of());
    }

    /** Two adjacent digits not after a minus sign (6 then 3 in P63) read as a screw axis. */
    private static boolean hasScrewLikeDigits(String rest) {
        for (int i = 0; i + 1 < rest.length(); i++) {
            if (Character.isDigit(rest.charAt(i)) && Character.isDigit(rest.charAt(i + 1))
                    && (i == 0 || rest.charAt(i - 1) != '-')) {
                return true;
            }
        }
        return false;
    }

    /** True when the reflection is allowed in a cell of the given crystal system. */
    public boolean allows(Hkl r, CrystalSystem system) {
        if (r.h() == 0 && r.k() == 0 && r.l() == 0) {
            return false;
        }
        if (!centring.allows(r)) {
            return false;
        }
        if (rules.isEmpty()) {
            return true;
        }
        for (Hkl e : system.equivalents(r)) {
            for (ReflectionRule rule : rules) {
                if (!rule.allows(e)) {
                    return false;
                }
            }
        }
        return true;
    }

    @Override
    public String toString() {
        return label;
    }
}
