package org.crystallite.xrd.peaks;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

import org.crystallite.spectrum.shape.LineShape;
import org.crystallite.spectrum.shape.LineShapes;

/**
 * The line profiles offered for XRD peaks, by their model-file names, with the parameter that
 * describes each one's shape (reported as the peak's shape parameter).
 */
public enum PeakProfile {
    /** Pseudo-Voigt; shape parameter eta (Lorentzian fraction). */
    PSEUDO_VOIGT("pseudo-voigt", "eta"),
    /** Thompson–Cox–Hastings pseudo-Voigt with separate Gaussian and Lorentzian FWHM; eta derived. */
    TCH("tch", "eta"),
    /** Pearson VII; shape parameter m (1 Lorentzian, ∞ Gaussian). */
    PEARSON7("pearson7", "m"),
    /** Split pseudo-Voigt (asymmetric); shape parameter eta. */
    SPLIT_PV("split-pv", "eta"),
    /**
     * Pseudo-Voigt with Finger–Cox–Jephcoat axial-divergence asymmetry ({@link FcjPseudoVoigt}); the fitted
     * position is the Bragg 2θ; S/L and H/L come from {@link AxialDivergence}; shape parameter eta.
     */
    FCJ_PV("fcj-pv", "eta");

    private final String cliName;
    private final String shapeParameterName;

    PeakProfile(String cliName, String shapeParameterName) {
        this.cliName = cliName;
        this.shapeParameterName = shapeParameterName;
    }

    public String cliName() {
        return cliName;
    }

    /** {@code eta} or {@code m}. */
    public String shapeParameterName() {
        return shapeParameterName;
    }

    /** A new instance of the base line shape. */
    public LineShape newShape() {
        return this == FCJ_PV ? new FcjPseudoVoigt() : LineShapes.byName(cliName);
    }

    /** Parses a CLI name ({@code pseudo-voigt}, {@code tch}, {@code pearson7}, {@code split-pv}, {@code fcj-pv}). */
    public static PeakProfile parse(String text) {
        String t = text == null ? "" : text.trim().toLowerCase(Locale.ROOT);
        for (PeakProfile p : values()) {
            if (p.cliName.equals(t)) {
                return p;
            }
        }
        throw new IllegalArgumentException("unknown XRD peak profile '" + text + "'; valid: "
                + Arrays.stream(values()).map(PeakProfile::cliName).collect(Collectors.joining(", ")));
    }
}
