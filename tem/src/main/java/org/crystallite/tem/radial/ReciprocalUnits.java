package org.crystallite.tem.radial;

import java.util.OptionalDouble;

import org.crystallite.tem.io.LengthUnits;

/**
 * Converts the reciprocal length units that diffraction files write ({@code 1/nm}, {@code 1/Å},
 * {@code nm^-1}, {@code 1/m} …) to reciprocal nanometres.
 */
public final class ReciprocalUnits {

    private ReciprocalUnits() {
    }

    /**
     * Reciprocal nanometres per one unit of {@code unit} (e.g. 10 for {@code 1/Å}, 1e-9 for {@code 1/m}),
     * or empty when {@code unit} is not an inverse length unit.
     */
    public static OptionalDouble perNmPerUnit(String unit) {
        if (unit == null || !LengthUnits.isReciprocal(unit)) {
            return OptionalDouble.empty();
        }
        String u = unit.trim().replace(" ", "");
        String length;
        if (u.startsWith("1/")) {
            length = u.substring(2);
        } else if (u.endsWith("^-1")) {
            length = u.substring(0, u.length() - 3);
        } else if (u.endsWith("⁻¹")) {
            length = u.substring(0, u.length() - 2);
        } else {
            length = u.substring(0, u.length() - 2); // "nm-1"
        }
        OptionalDouble nm = LengthUnits.nmPerUnit(length);
        return nm.isPresent() ? OptionalDouble.of(1 / nm.getAsDouble()) : OptionalDouble.empty();
    }

    /** True when both axes of an image carry an inverse length unit. */
    public static boolean isReciprocalCalibrated(String unitX, String unitY) {
        return perNmPerUnit(unitX).isPresent() && perNmPerUnit(unitY).isPresent();
    }
}
