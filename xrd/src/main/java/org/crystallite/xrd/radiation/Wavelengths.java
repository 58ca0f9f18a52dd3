package org.crystallite.xrd.radiation;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * Characteristic X-ray lines of the common anodes, all from ONE table: International Tables for
 * Crystallography Vol. C (3rd ed., 2004), Table 4.2.2.1 (R. D. Deslattes et al.). That table takes
 * the Cr, Fe, Co and Cu lines from G. Hölzer et al., Phys. Rev. A 56, 4554 (1997), and the Mo and Ag
 * lines from R. D. Deslattes et al., Rev. Mod. Phys. 75, 35 (2003). Wavelengths in Å.
 *
 * <p><b>Cu Kα1 = 1.5405929 Å</b> here, the value of the NIST SRM certificates and xrayutilities.
 * Other programs differ by up to ~60 ppm (GSAS instrument files use 1.540500 Å, XRDML headers
 * 1.5405980 Å, pymatgen 1.54056 Å); a lattice parameter scales with λ, so compare a cross-code result
 * with the wavelength that code used. A wavelength stated in a data file always wins over this table
 * (see {@code XrdReaders}).
 *
 * <p>The Kα2/Kα1 intensity ratio is 0.5 for every anode: the 2:1 statistical weight of the
 * 2p3/2 and 2p1/2 levels (Burger–Dorgelo rule), the value used by GSAS, XRDML and Bruker headers.
 * Kβ is the Kβ1 (Kβ1,3) line.
 */
public final class Wavelengths {

    /** Kα2/Kα1 intensity ratio (2p3/2 : 2p1/2 statistical weights 4 : 2). */
    public static final double KALPHA2_RATIO = 0.5;

    private static final Map<String, Radiation> ANODES = anodes();

    private Wavelengths() {
    }

    private static Map<String, Radiation> anodes() {
        Map<String, Radiation> m = new LinkedHashMap<>();
        put(m, "Cr", 2.2897260, 2.2936510, 2.0848810);
        put(m, "Fe", 1.9360410, 1.9399730, 1.7566040);
        put(m, "Co", 1.7889960, 1.7928350, 1.6208260);
        put(m, "Cu", 1.5405929, 1.5444274, 1.3922340);
        put(m, "Mo", 0.70931715, 0.713607, 0.632303);
        put(m, "Ag", 0.55942178, 0.563813, 0.497082);
        return Collections.unmodifiableMap(m);
    }

    private static void put(Map<String, Radiation> m, String anode, double ka1, double ka2, double kb) {
        m.put(anode, new Radiation(anode + "Ka", ka1, OptionalDouble.of(ka2), KALPHA2_RATIO, OptionalDouble.of(kb)));
    }

    /** The anode symbols in the table: Cr, Fe, Co, Cu, Mo, Ag. */
    public static List<String> anodeNames() {
        return List.copyOf(ANODES.keySet());
    }

    /** The Kα1/Kα2 doublet (with Kβ) of an anode, e.g. {@code "Cu"}; empty when not in the table. */
    public static Optional<Radiation> anode(String symbol) {
        for (Map.Entry<String, Radiation> e : ANODES.entrySet()) {
            if (e.getKey().equalsIgnoreCase(symbol.trim())) {
                return Optional.of(e.getValue());
            }
        }
        return Optional.empty();
    }

    /**
     * Parses a radiation given by a user or a file header:
     * <ul>
     * <li>{@code "Cu"} or {@code "CuKa"}: the Kα1/Kα2 doublet with ratio 0.5;</li>
     * <li>{@code "CuKa1"}: Kα1 only; {@code "CuKa2"}: Kα2 only; {@code "CuKb"}: Kβ only;</li>
     * <li>a number in Å, e.g. {@code "1.5406"} or {@code "0.413128"}: a monochromatic line.</li>
     * </ul>
     * Case and a "α"/"β" spelling are accepted.
     *
     * @throws IllegalArgumentException for anything else, listing the valid names
     */
    public static Radiation parse(String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("empty radiation; " + validNames());
        }
        String t = text.trim().replace("α", "a").replace("β", "b").replace(" ", "");
        OptionalDouble number = parseNumber(t);
        if (number.isPresent()) {
            double lambda = number.getAsDouble();
            if (!(lambda > 0.01 && lambda < 100)) {
                throw new IllegalArgumentException("radiation '" + text + "' is not a plausible wavelength in Å (0.01–100); "
                        + validNames());
            }
            return Radiation.monochromatic(t + " Å", lambda);
        }
        String lower = t.toLowerCase(Locale.ROOT);
        for (Map.Entry<String, Radiation> e : ANODES.entrySet()) {
            String anode = e.getKey().toLowerCase(Locale.ROOT);
            if (!lower.startsWith(anode)) {
                continue;
            }
            String line = lower.substring(anode.length());
            Radiation r = e.getValue();
            switch (line) {
                case "", "ka", "ka12":
                    return r;
                case "ka1":
                    return Radiation.monochromatic(e.getKey() + "Ka1", r.kAlpha1Angstrom());
                case "ka2":
                    return Radiation.monochromatic(e.getKey() + "Ka2", r.kAlpha2Angstrom().getAsDouble());
                case "kb", "kb1":
                    return Radiation.monochromatic(e.getKey() + "Kb", r.kBetaAngstrom().getAsDouble());
                default:
                    break;
            }
        }
        throw new IllegalArgumentException("unknown radiation '" + text + "'; " + validNames());
    }

    private static OptionalDouble parseNumber(String t) {
        if (t.isEmpty() || !(Character.isDigit(t.charAt(0)) || t.charAt(0) == '.')) {
            return OptionalDouble.empty();
        }
        String s = t.endsWith("Å") || t.endsWith("A") ? t.substring(0, t.length() - 1) : t;
        try {
            return OptionalDouble.of(Double.parseDouble(s));
        } catch (NumberFormatException e) {
            return OptionalDouble.empty();
        }
    }

    private static String validNames() {
        List<String> names = new ArrayList<>();
        for (String a : ANODES.keySet()) {
            names.add(a);
        }
        return "valid: an anode " + names + " optionally followed by Ka, Ka1, Ka2 or Kb (e.g. Cu, CuKa1), "
                + "or a wavelength in Å (e.g. 1.5406)";
    }
}
