package org.crystallite.xrd.lattice;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One zonal or serial reflection condition in the notation of International Tables Vol. A (Table 2.2.13.2),
 * e.g. {@code "00l: l=2n"} (a 6₃ or 2₁ screw along c), {@code "h0l: l=2n"} (a c glide ⊥ b),
 * {@code "hhl: l=2n"} or {@code "0kl: k+l=2n"}.
 *
 * <p>The reflection class is three entries, one per index: {@code 0}, a letter h, k or l (free), or a
 * letter already used, optionally negated, meaning "equal to that index" ({@code hhl}: k = h;
 * {@code h-hl}: k = −h). The condition is an integer combination of h, k, l that must be a multiple of n,
 * written {@code h+k=2n}, {@code 2h+l=4n}, {@code -h+k+l=3n}.
 *
 * @param reflectionClass the class as written, e.g. "h0l"
 * @param condition the condition as written, e.g. "l=2n"
 */
public record ReflectionRule(String reflectionClass, String condition, int[][] classPattern, int[] coefficients,
                             int modulus) {

    private static final Pattern CLASS_ENTRY = Pattern.compile("(-?)([hkl0])");
    private static final Pattern TERM = Pattern.compile("([+-]?)(\\d*)([hkl])");

    /**
     * Parses {@code "CLASS: CONDITION"}.
     *
     * @throws IllegalArgumentException naming the rule and what was expected
     */
    public static ReflectionRule parse(String text) {
        String t = text == null ? "" : text.replace(" ", "");
        int colon = t.indexOf(':');
        if (colon < 0) {
            throw new IllegalArgumentException("reflection condition '" + text
                    + "' must be CLASS: CONDITION, e.g. '00l: l=2n' or 'h0l: h+l=2n'");
        }
        String cls = t.substring(0, colon);
        String cond = t.substring(colon + 1);
        return new ReflectionRule(cls, cond, parseClass(cls, text), parseCoefficients(cond, text), parseModulus(cond, text));
    }

    /**
     * Each class entry as {source index or −1 for zero or free, sign, isFree}: entry i is 0 when
     * {@code pattern[i][0] == -1 && pattern[i][2] == 0}, free when {@code pattern[i][2] == 1}, else equal to
     * sign × index[pattern[i][0]].
     */
    private static int[][] parseClass(String cls, String text) {
        Matcher m = CLASS_ENTRY.matcher(cls);
        int[][] pattern = new int[3][];
        int pos = 0;
        int i = 0;
        char[] firstLetter = new char[3];
        while (i < 3 && m.find() && m.start() == pos) {
            pos = m.end();
            String letter = m.group(2);
            int sign = m.group(1).isEmpty() ? 1 : -1;
            if (letter.equals("0")) {
                pattern[i] = new int[] {-1, 1, 0};
            } else {
                char c = letter.charAt(0);
                int source = -1;
                for (int j = 0; j < i; j++) {
                    if (firstLetter[j] == c) {
                        source = j;
                        break;
                    }
                }
                if (source < 0) {
                    if (sign < 0) {
                        throw new IllegalArgumentException("reflection class in '" + text
                                + "': a free index cannot carry a minus sign");
                    }
                    firstLetter[i] = c;
                    pattern[i] = new int[] {i, 1, 1};
                } else {
                    pattern[i] = new int[] {source, sign, 0};
                }
            }
            i++;
        }
        if (i != 3 || pos != cls.length()) {
            throw new IllegalArgumentException("reflection class '" + cls + "' in '" + text
                    + "' must have three entries (0, h, k, l, or a repeated letter such as hhl or h-hl)");
        }
        return pattern;
    }

    private static int[] parseCoefficients(String cond, String text) {
        int eq = cond.indexOf('=');
        if (eq <= 0) {
            throw new IllegalArgumentException("condition '" + cond + "' in '" + text + "' must be like l=2n or h+k=2n");
        }
        String lhs = cond.substring(0, eq);
        Matcher m = TERM.matcher(lhs);
        int[] coeff = new int[3];
        int pos = 0;
        while (m.find() && m.start() == pos) {
            pos = m.end();
            int c = m.group(2).isEmpty() ? 1 : Integer.parseInt(m.group(2));
            if (m.group(1).equals("-")) {
                c = -c;
            }
            coeff["hkl".indexOf(m.group(3))] += c;
        }
        if (pos != lhs.length() || (coeff[0] == 0 && coeff[1] == 0 && coeff[2] == 0)) {
            throw new IllegalArgumentException("condition '" + cond + "' in '" + text
                    + "' must combine h, k, l with integer factors, e.g. 2h+l=4n");
        }
        return coeff;
    }

    private static int parseModulus(String cond, String text) {
        String rhs = cond.substring(cond.indexOf('=') + 1);
        if (!rhs.matches("\\d+n")) {
            throw new IllegalArgumentException("condition '" + cond + "' in '" + text + "' must end in =Nn, e.g. =2n");
        }
        int n = Integer.parseInt(rhs.substring(0, rhs.length() - 1));
        if (n < 2) {
            throw new IllegalArgumentException("condition '" + cond + "' in '" + text + "': the modulus must be ≥ 2");
        }
        return n;
    }

    /** True when the reflection belongs to this rule's class. */
    public boolean applies(Hkl r) {
        int[] idx = r.toArray();
        for (int i = 0; i < 3; i++) {
            int[] p = classPattern[i];
            if (p[2] == 1) {
                continue;
            }
            int expected = p[0] < 0 ? 0 : p[1] * idx[p[0]];
            if (idx[i] != expected) {
                return false;
            }
        }
        return true;
    }

    /** False when the reflection belongs to the class and violates the condition (it is absent). */
    public boolean allows(Hkl r) {
        if (!applies(r)) {
            return true;
        }
        int s = coefficients[0] * r.h() + coefficients[1] * r.k() + coefficients[2] * r.l();
        return Math.floorMod(s, modulus) == 0;
    }

    @Override
    public String toString() {
        return reflectionClass + ": " + condition;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ReflectionRule other && toString().equals(other.toString());
    }

    @Override
    public int hashCode() {
        return toString().hashCode();
    }
}
