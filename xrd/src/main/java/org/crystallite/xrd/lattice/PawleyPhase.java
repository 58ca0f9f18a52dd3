package org.crystallite.xrd.lattice;

import java.util.Objects;

/**
 * One phase of a Pawley refinement: a name, its crystal system, start cell and reflection conditions.
 *
 * @param name label used in results (e.g. {@code SiC})
 * @param system crystal system the cell is refined in
 * @param startCell start cell; its reflections must lie within about one line width of the peaks
 * @param conditions centring and glide/screw absences
 */
public record PawleyPhase(String name, CrystalSystem system, UnitCell startCell, ReflectionConditions conditions) {

    public PawleyPhase {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(system, "system");
        Objects.requireNonNull(startCell, "startCell");
        Objects.requireNonNull(conditions, "conditions");
        if (name.isBlank()) {
            throw new IllegalArgumentException("a phase needs a name");
        }
        UnitCell constrained = system.cell(system.parameters(startCell));
        if (!constrained.equals(startCell)) {
            throw new IllegalArgumentException("phase " + name + ": start cell " + startCell + " is not "
                    + system.name().toLowerCase(java.util.Locale.ROOT));
        }
    }

    /**
     * Parses {@code [NAME=]SYSTEM:LATTICE:CELL}, e.g. {@code SiC=cubic:F:4.36} or
     * {@code Zn=hexagonal:P6_3/mmc:2.665,4.947}. LATTICE is a centring letter (P, A, B, C, I, F, R) or a
     * space-group symbol ({@link ReflectionConditions#forSpaceGroup}); CELL is the system's independent
     * parameters or all six a,b,c,α,β,γ, comma-separated (Å, °). Without a name the phase is called
     * {@code defaultName}.
     *
     * @throws IllegalArgumentException naming the part that is wrong
     */
    public static PawleyPhase parse(String text, String defaultName) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("empty phase; expected [NAME=]SYSTEM:LATTICE:CELL, e.g. cubic:F:4.36");
        }
        String name = defaultName;
        String spec = text.trim();
        int eq = spec.indexOf('=');
        if (eq >= 0) {
            name = spec.substring(0, eq).trim();
            spec = spec.substring(eq + 1).trim();
            if (name.isEmpty()) {
                throw new IllegalArgumentException("phase '" + text + "': empty name before '='");
            }
        }
        String[] parts = spec.split(":", -1);
        if (parts.length != 3) {
            throw new IllegalArgumentException("phase '" + text + "' must be [NAME=]SYSTEM:LATTICE:CELL, e.g."
                    + " SiC=cubic:F:4.36 or Zn=hexagonal:P6_3/mmc:2.665,4.947");
        }
        CrystalSystem system = CrystalSystem.parse(parts[0]);
        String lattice = parts[1].trim();
        ReflectionConditions conditions = lattice.length() == 1 ? ReflectionConditions.of(Centring.parse(lattice))
                : ReflectionConditions.forSpaceGroup(lattice);
        String[] cellText = parts[2].split(",");
        double[] values = new double[cellText.length];
        for (int i = 0; i < values.length; i++) {
            try {
                values[i] = Double.parseDouble(cellText[i].trim());
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("phase '" + text + "': the cell must be numbers separated by"
                        + " commas, got '" + parts[2] + "'");
            }
        }
        UnitCell cell;
        try {
            cell = system.cellFrom(values);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("phase '" + text + "': " + e.getMessage(), e);
        }
        return new PawleyPhase(name, system, cell, conditions);
    }
}
