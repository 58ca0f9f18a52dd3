package org.crystallite.tem.io;

import java.util.Locale;
import java.util.OptionalDouble;

/**
 * Converts the length unit strings that TEM formats write (DigitalMicrograph, TIA, Velox, EMD,
 * HyperSpy, MRC, ImageJ) to nanometres. Reciprocal units ({@code 1/nm}, {@code nm^-1}) are
 * recognised so that callers can refuse them explicitly instead of mistaking a diffraction pattern
 * for a real-space image.
 */
public final class LengthUnits {

    private LengthUnits() {
    }

    /** True for units of inverse length such as {@code 1/nm}, {@code 1/Å}, {@code nm^-1}, {@code 1/m}. */
    public static boolean isReciprocal(String unit) {
        if (unit == null) {
            return false;
        }
        String u = unit.trim().replace(" ", "");
        return u.startsWith("1/") || u.endsWith("^-1") || u.endsWith("-1") || u.endsWith("⁻¹");
    }

    /**
     * Nanometres per one unit of {@code unit}, or empty when the string is not a recognised length unit
     * (empty, {@code pixel}, reciprocal, angles, energies …).
     */
    public static OptionalDouble nmPerUnit(String unit) {
        if (unit == null || isReciprocal(unit)) {
            return OptionalDouble.empty();
        }
        String u = unit.trim();
        switch (u) {
            // Case matters for the next two: "Å"/"A" is ångström, "m" is metre.
            case "Å", "\u212B", "A", "Ang", "ang", "Angstrom", "angstrom", "Angstroms", "angstroms", "Ångström":
                return OptionalDouble.of(0.1);
            case "m", "meter", "metre", "meters", "metres":
                return OptionalDouble.of(1e9);
            default:
                break;
        }
        switch (u.toLowerCase(Locale.ROOT)) {
            case "pm", "picometer", "picometre", "picometers", "picometres":
                return OptionalDouble.of(1e-3);
            case "nm", "n_m", "nanometer", "nanometre", "nanometers", "nanometres":
                return OptionalDouble.of(1.0);
            case "µm", "μm", "um", "u_m", "micron", "microns", "micrometer", "micrometre", "micrometers", "micrometres":
                return OptionalDouble.of(1e3);
            case "mm", "m_m", "millimeter", "millimetre", "millimeters", "millimetres":
                return OptionalDouble.of(1e6);
            default:
                return OptionalDouble.empty();
        }
    }
}
