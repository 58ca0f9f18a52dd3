package org.crystallite.xrd.lattice;

import java.util.Locale;

/**
 * How the line widths and shapes of a Pawley refinement are parameterised.
 * <ul>
 * <li>{@code PHASE}: one profile per phase, the pseudo-Voigt of FullProf's profile function 5 (FullProf
 * manual, §"Profile functions"): FWHM² = U tan²θ + V tanθ + W (Caglioti, Paoletti &amp; Ricci, Nucl. Instrum.
 * 3, 223 (1958)) and η = η₀ + X·2θ, written through η at the two ends of the range (etaLow, etaHigh). The
 * standard Pawley model (Pawley, J. Appl. Cryst. 14, 357 (1981)): few profile parameters, so weak or overlapped
 * reflections stay determined.</li>
 * <li>{@code REFLECTION}: a free FWHM and η for every reflection, as fityk's Pawley sample script
 * ({@code SiC_Zn.fit}) does: more freedom where lines differ in broadening (size, strain, stacking faults),
 * at the price of one more width and shape per reflection.</li>
 * </ul>
 */
public enum PawleyWidths {
    PHASE,
    REFLECTION;

    /** Parses {@code phase} or {@code reflection} (case-insensitive). */
    public static PawleyWidths parse(String text) {
        String t = text == null ? "" : text.trim().toLowerCase(Locale.ROOT);
        return switch (t) {
            case "phase" -> PHASE;
            case "reflection" -> REFLECTION;
            default -> throw new IllegalArgumentException("unknown width model '" + text
                    + "'; valid: phase (Caglioti U, V, W and η per phase), reflection (FWHM and η per reflection)");
        };
    }

    public String cliName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
