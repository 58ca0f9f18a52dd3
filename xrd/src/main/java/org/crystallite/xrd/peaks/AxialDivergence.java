package org.crystallite.xrd.peaks;

import java.util.Locale;

/**
 * The axial-divergence constants of a diffractometer for the {@link PeakProfile#FCJ_PV} profile (Finger, Cox &amp;
 * Jephcoat, J. Appl. Cryst. 27 (1994) 892): S/L and H/L, the sample and receiving-slit half-heights over the
 * goniometer radius. They are instrument constants shared by every peak of a pattern (GSAS profile type 3 keeps
 * them as the asym1/asym2 terms of PRCF, e.g. 0.0011 and 0.0011 for APS 11-BM).
 *
 * @param sOverL S/L (≥ 0)
 * @param hOverL H/L (≥ 0)
 */
public record AxialDivergence(double sOverL, double hOverL) {

    /** No axial divergence: the FCJ profile is then the symmetric pseudo-Voigt. */
    public static final AxialDivergence NONE = new AxialDivergence(0, 0);

    public AxialDivergence {
        if (!(sOverL >= 0 && sOverL <= FcjPseudoVoigt.MAX_RATIO) || !(hOverL >= 0 && hOverL <= FcjPseudoVoigt.MAX_RATIO)) {
            throw new IllegalArgumentException("S/L and H/L must lie in 0–" + FcjPseudoVoigt.MAX_RATIO + ", got "
                    + sOverL + " and " + hOverL);
        }
    }

    /** Parses {@code S/L,H/L}, e.g. {@code 0.0011,0.0011}. */
    public static AxialDivergence parse(String text) {
        String[] parts = text == null ? new String[0] : text.trim().split("\\s*,\\s*");
        if (parts.length != 2) {
            throw new IllegalArgumentException("axial divergence must be 'S/L,H/L' (e.g. 0.0011,0.0011), got '"
                    + text + "'");
        }
        try {
            return new AxialDivergence(Double.parseDouble(parts[0]), Double.parseDouble(parts[1]));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("axial divergence must be two numbers 'S/L,H/L', got '" + text + "'");
        }
    }

    public boolean isNone() {
        return sOverL == 0 && hOverL == 0;
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "S/L=%g H/L=%g", sOverL, hOverL);
    }
}
