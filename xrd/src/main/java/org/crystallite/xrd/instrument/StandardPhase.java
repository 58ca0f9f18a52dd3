package org.crystallite.xrd.instrument;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;

/**
 * A cubic line-position standard: its lattice parameter and which reflections its space group
 * allows. Built-in values (Å, 22.5 °C certificate temperature where certified):
 * <ul>
 * <li>{@code LaB6} 4.15692: NIST SRM 660a certificate 4.1569162 Å (660b 4.15689, 660c 4.156826; the
 *     lots agree within 30 ppm); Pm-3m, every hkl;</li>
 * <li>{@code Si} 5.431194: NIST SRM 640c certificate value (5.4311946 Å). SRM 640e certifies
 *     5.431179 Å: give {@code cubic:5.431179} for that lot; Fd-3m (diamond);</li>
 * <li>{@code CeO2} 5.4113: ICDD PDF 34-394 (NIST SRM 674 series); Fm-3m (fluorite);</li>
 * <li>{@code cubic:a}: any primitive cubic phase of lattice parameter a (every hkl).</li>
 * </ul>
 * The lattice parameter matters only to locate the standard's reflections; the instrument
 * profile itself depends on the widths.
 */
public record StandardPhase(String name, double aAngstrom, Centering centering) {

    /** Reflection conditions of the cubic space groups used by standards. */
    public enum Centering {
        /** Pm-3m: every hkl. */
        PRIMITIVE,
        /** Fm-3m: h, k, l all odd or all even. */
        FACE_CENTRED,
        /** Fd-3m: face-centred and, for all even, h + k + l = 4n. */
        DIAMOND
    }

    public StandardPhase {
        if (!(aAngstrom > 0) || !Double.isFinite(aAngstrom)) {
            throw new IllegalArgumentException("lattice parameter must be a positive number of Å, got " + aAngstrom);
        }
    }

    /** {@code LaB6}, {@code Si}, {@code CeO2} (case-insensitive) or {@code cubic:a} with a in Å. */
    public static StandardPhase parse(String text) {
        String t = text == null ? "" : text.trim();
        String lower = t.toLowerCase(Locale.ROOT);
        switch (lower) {
            case "lab6":
                return new StandardPhase("LaB6", 4.15692, Centering.PRIMITIVE);
            case "si":
                return new StandardPhase("Si", 5.431194, Centering.DIAMOND);
            case "ceo2":
                return new StandardPhase("CeO2", 5.4113, Centering.FACE_CENTRED);
            default:
                break;
        }
        if (lower.startsWith("cubic:")) {
            try {
                double a = Double.parseDouble(t.substring(6).trim());
                return new StandardPhase("cubic:" + a, a, Centering.PRIMITIVE);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("cubic:a needs a lattice parameter in Å, got '" + text + "'");
            }
        }
        throw new IllegalArgumentException("unknown standard phase '" + text + "'; valid: LaB6, Si, CeO2, cubic:a");
    }

    /** One reflection (the first hkl of its d, e.g. 300 and 221 share d) at the given wavelength. */
    public record Reflection(int h, int k, int l, double dAngstrom, double twoThetaDeg) {
        public String hkl() {
            return "" + h + k + l;
        }
    }

    /** Allowed reflections with 2θ ≤ maxTwoThetaDeg, sorted by 2θ, one per distinct d. */
    public List<Reflection> reflections(double wavelengthAngstrom, double maxTwoThetaDeg) {
        int limit = (int) Math.ceil(2 * aAngstrom / wavelengthAngstrom) + 1;
        TreeSet<Integer> seen = new TreeSet<>();
        List<Reflection> out = new ArrayList<>();
        for (int h = 0; h <= limit; h++) {
            for (int k = 0; k <= h; k++) {
                for (int l = 0; l <= k; l++) {
                    int n = h * h + k * k + l * l;
                    if (n == 0 || !allowed(h, k, l) || seen.contains(n)) {
                        continue;
                    }
                    double d = aAngstrom / Math.sqrt(n);
                    double s = wavelengthAngstrom / (2 * d);
                    if (s >= 1) {
                        continue;
                    }
                    double twoTheta = 2 * Math.toDegrees(Math.asin(s));
                    if (twoTheta <= maxTwoThetaDeg) {
                        seen.add(n);
                        out.add(new Reflection(h, k, l, d, twoTheta));
                    }
                }
            }
        }
        out.sort(java.util.Comparator.comparingDouble(Reflection::twoThetaDeg));
        return out;
    }

    private boolean allowed(int h, int k, int l) {
        boolean allEven = h % 2 == 0 && k % 2 == 0 && l % 2 == 0;
        boolean allOdd = h % 2 == 1 && k % 2 == 1 && l % 2 == 1;
        return switch (centering) {
            case PRIMITIVE -> true;
            case FACE_CENTRED -> allEven || allOdd;
            case DIAMOND -> allOdd || (allEven && (h + k + l) % 4 == 0);
        };
    }
}
