package org.crystallite.spectrum;

/**
 * What an axis of a {@link Spectrum} holds, with its unit. Crystallographic lengths are in Å,
 * energies in eV and angles in degrees (design guide §3).
 */
public enum AxisQuantity {
    TWO_THETA("2θ", "°"),
    Q("Q", "Å⁻¹"),
    D_SPACING("d", "Å"),
    BINDING_ENERGY("binding energy", "eV"),
    KINETIC_ENERGY("kinetic energy", "eV"),
    PHOTON_ENERGY("photon energy", "eV"),
    K("k", "Å⁻¹"),
    R("R", "Å"),
    CHANNEL("channel", ""),
    INTENSITY("intensity", "counts"),
    COUNT_RATE("intensity", "counts/s"),
    ABSORBANCE("μ(E)", "a.u."),
    ARBITRARY("value", "a.u.");

    private final String label;
    private final String unit;

    AxisQuantity(String label, String unit) {
        this.label = label;
        this.unit = unit;
    }

    public String label() {
        return label;
    }

    public String unit() {
        return unit;
    }

    /** Label with unit for axis titles and CSV headers, e.g. {@code "2θ (°)"}. */
    public String labelWithUnit() {
        return unit.isEmpty() ? label : label + " (" + unit + ")";
    }
}
