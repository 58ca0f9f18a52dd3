package org.crystallite.xrd.size;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** How the instrumental breadth is removed from an observed line. */
public enum Correction {
    /**
     * Voigt deconvolution (de Keijser et al. 1982; Langford 1978): Cauchy breadths subtract
     * linearly, Gaussian breadths in quadrature, and the sample's integral breadth is that of the
     * resulting Voigt.
     */
    VOIGT("voigt"),
    /** Both profiles taken as Gaussian: β² = βobs² − βinst². */
    GAUSSIAN("gaussian"),
    /** Both profiles taken as Lorentzian: β = βobs − βinst. */
    LORENTZIAN("lorentzian");

    private final String cliName;

    Correction(String cliName) {
        this.cliName = cliName;
    }

    public String cliName() {
        return cliName;
    }

    public static Correction parse(String text) {
        String t = text == null ? "" : text.trim().toLowerCase(Locale.ROOT);
        for (Correction c : values()) {
            if (c.cliName.equals(t)) {
                return c;
            }
        }
        throw new IllegalArgumentException("unknown instrumental correction '" + text + "'; valid: "
                + Arrays.stream(values()).map(Correction::cliName).collect(Collectors.joining(", ")));
    }
}
