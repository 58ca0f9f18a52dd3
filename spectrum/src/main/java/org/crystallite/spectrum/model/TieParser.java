package org.crystallite.spectrum.model;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses tie strings of model files (design guide §4a): {@code "=NAME.param"}, optionally
 * followed by {@code * k} and/or {@code + c} / {@code - c}. Component names may contain spaces
 * and dots but not {@code *} or {@code =} ({@code "=Pt 4f7/2.area * 0.75"}); the parameter is the identifier after the last dot
 * that leaves a valid expression.
 */
public final class TieParser {

    private static final String NUMBER = "[0-9]*\\.?[0-9]+(?:[eE][-+]?[0-9]+)?";
    private static final Pattern TIE = Pattern.compile("^=\\s*([^*=]+?)\\.([A-Za-z][A-Za-z0-9_]*)\\s*"
            + "(?:\\*\\s*([-+]?" + NUMBER + "))?\\s*(?:([-+])\\s*(" + NUMBER + "))?\\s*$");

    private TieParser() {
    }

    /** True when the text is meant as a tie (starts with '='). */
    public static boolean isTie(String text) {
        return text.trim().startsWith("=");
    }

    /** Parses a tie; throws IllegalArgumentException describing the accepted syntax. */
    public static Tie parse(String text) {
        Matcher m = TIE.matcher(text.trim());
        if (!m.matches()) {
            throw new IllegalArgumentException("cannot read tie '" + text
                    + "': expected =NAME.param, optionally followed by * k and/or + c (linear ties only)");
        }
        double factor = m.group(3) == null ? 1.0 : Double.parseDouble(m.group(3));
        double offset = 0;
        if (m.group(4) != null) {
            offset = Double.parseDouble(m.group(5)) * (m.group(4).equals("-") ? -1 : 1);
        }
        return new Tie(m.group(1).trim(), m.group(2), factor, offset);
    }
}
