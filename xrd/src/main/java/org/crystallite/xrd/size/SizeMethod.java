package org.crystallite.xrd.size;

import java.util.Locale;

/** Scherrer (per line, then averaged) or Williamson–Hall (all lines, size and strain). */
public enum SizeMethod {
    SCHERRER("scherrer"),
    WILLIAMSON_HALL("williamson-hall");

    private final String cliName;

    SizeMethod(String cliName) {
        this.cliName = cliName;
    }

    public String cliName() {
        return cliName;
    }

    public static SizeMethod parse(String text) {
        String t = text == null ? "" : text.trim().toLowerCase(Locale.ROOT);
        for (SizeMethod m : values()) {
            if (m.cliName.equals(t)) {
                return m;
            }
        }
        throw new IllegalArgumentException("unknown size method '" + text + "'; valid: scherrer, williamson-hall");
    }
}
