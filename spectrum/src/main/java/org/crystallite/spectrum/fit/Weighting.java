package org.crystallite.spectrum.fit;

import java.util.Locale;

/** How each point's standard deviation σᵢ is chosen; the fit minimises Σ((yᵢ − fᵢ)/σᵢ)². */
public enum Weighting {
    /**
     * Counting statistics, σᵢ = √max(yᵢ, 1) — fityk's default, so our χ² equals its WSSR.
     * Points with y below 1 get σ = 1 rather than zero.
     */
    POISSON,
    /** Unweighted least squares, σᵢ = 1. */
    NONE,
    /** The data's own σ column; points with σ ≤ 0 fall back to the Poisson σ (with a warning). */
    SIGMA;

    /** Parses {@code poisson}, {@code none} or {@code sigma} (case-insensitive). */
    public static Weighting parse(String text) {
        try {
            return valueOf(text.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown weighting '" + text + "' (expected poisson, none or sigma)");
        }
    }

    public String cliName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
