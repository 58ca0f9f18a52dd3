package org.crystallite.xrd.radiation;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalDouble;

import org.crystallite.spectrum.MetadataKeys;

/**
 * The wavelength model of one diffraction pattern: a primary line λ1 and, for a laboratory tube
 * without a Kα2 filter, a second line λ2 with its intensity ratio I(Kα2)/I(Kα1). Kβ is carried for
 * information (filter leak-through, tube identification); it is never part of the doublet.
 *
 * @param name short label, e.g. {@code "CuKa"}, {@code "CuKa1"}, {@code "file"} or {@code "1.5406 Å"}
 * @param kAlpha1Angstrom primary wavelength λ1 in Å (&gt; 0)
 * @param kAlpha2Angstrom second wavelength λ2 in Å when the radiation is a doublet
 * @param kAlpha2Ratio intensity ratio I(λ2)/I(λ1); 0 for monochromatic radiation
 * @param kBetaAngstrom Kβ wavelength in Å when known
 */
public record Radiation(String name, double kAlpha1Angstrom, OptionalDouble kAlpha2Angstrom, double kAlpha2Ratio,
                        OptionalDouble kBetaAngstrom) {

    public Radiation {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kAlpha2Angstrom, "kAlpha2Angstrom");
        Objects.requireNonNull(kBetaAngstrom, "kBetaAngstrom");
        if (!(kAlpha1Angstrom > 0) || !Double.isFinite(kAlpha1Angstrom)) {
            throw new IllegalArgumentException("λ1 must be a positive number of Å, got " + kAlpha1Angstrom);
        }
        if (kAlpha2Angstrom.isPresent() && !(kAlpha2Angstrom.getAsDouble() > 0)) {
            throw new IllegalArgumentException("λ2 must be a positive number of Å, got " + kAlpha2Angstrom);
        }
        if (!(kAlpha2Ratio >= 0) || !Double.isFinite(kAlpha2Ratio)) {
            throw new IllegalArgumentException("Kα2/Kα1 ratio must be ≥ 0, got " + kAlpha2Ratio);
        }
        if (kAlpha2Angstrom.isEmpty() && kAlpha2Ratio != 0) {
            throw new IllegalArgumentException("a Kα2/Kα1 ratio needs a λ2");
        }
        if (kBetaAngstrom.isPresent() && !(kBetaAngstrom.getAsDouble() > 0)) {
            throw new IllegalArgumentException("Kβ must be a positive number of Å, got " + kBetaAngstrom);
        }
    }

    /** A single line (synchrotron, monochromated tube, or Kα1 only). */
    public static Radiation monochromatic(String name, double wavelengthAngstrom) {
        return new Radiation(name, wavelengthAngstrom, OptionalDouble.empty(), 0, OptionalDouble.empty());
    }

    /** A Kα1/Kα2 doublet with its intensity ratio I(Kα2)/I(Kα1). */
    public static Radiation doublet(String name, double kAlpha1Angstrom, double kAlpha2Angstrom, double ratio) {
        return new Radiation(name, kAlpha1Angstrom, OptionalDouble.of(kAlpha2Angstrom), ratio, OptionalDouble.empty());
    }

    /** True when a second line with non-zero weight is part of the model. */
    public boolean isDoublet() {
        return kAlpha2Angstrom.isPresent() && kAlpha2Ratio > 0;
    }

    /** This radiation with another name (e.g. to mark where it came from). */
    public Radiation withName(String newName) {
        return new Radiation(newName, kAlpha1Angstrom, kAlpha2Angstrom, kAlpha2Ratio, kBetaAngstrom);
    }

    /**
     * The spectrum metadata entries that describe this radiation: λ1 always, λ2 and the ratio only
     * for a doublet (design guide: an explicit wavelength model per dataset).
     */
    public Map<String, String> metadata() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put(MetadataKeys.WAVELENGTH_ANGSTROM, Double.toString(kAlpha1Angstrom));
        if (isDoublet()) {
            m.put(MetadataKeys.WAVELENGTH2_ANGSTROM, Double.toString(kAlpha2Angstrom.getAsDouble()));
            m.put(MetadataKeys.WAVELENGTH_RATIO, Double.toString(kAlpha2Ratio));
        }
        return m;
    }

    @Override
    public String toString() {
        return isDoublet()
                ? name + " (λ1 " + kAlpha1Angstrom + " Å, λ2 " + kAlpha2Angstrom.getAsDouble() + " Å, ratio "
                        + kAlpha2Ratio + ")"
                : name + " (λ " + kAlpha1Angstrom + " Å)";
    }
}
