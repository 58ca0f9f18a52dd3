package org.crystallite.plugins.tem;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.crystallite.tem.lattice.Phase;
import org.crystallite.tem.lattice.PhaseLibrary;
import org.crystallite.tem.lattice.PhaseMatcher;

import ij.gui.GenericDialog;

/**
 * The optional phase match of Measure Lattice Spacings: {@code phase=srtio3} (a key of
 * {@link PhaseLibrary}, or {@code none}) and {@code match_tolerance=2} (|d/d_calc − 1| in %).
 */
final class PhaseSettings {

    static final String NONE = "none";
    /** Angle tolerance of the zone-axis match, degrees (the CLI's default). */
    static final double ZONE_AXIS_TOLERANCE_DEG = 2;

    /** A chosen phase and the matcher with the chosen tolerance. */
    record PhaseMatch(Phase phase, PhaseMatcher matcher) {
    }

    private PhaseSettings() {
    }

    static void addTo(GenericDialog gd) {
        List<String> choices = new ArrayList<>();
        choices.add(NONE);
        choices.addAll(PhaseLibrary.keys());
        gd.addChoice("Phase", choices.toArray(new String[0]), NONE);
        gd.addNumericField("Match_tolerance (%)", 2, 1);
    }

    /** Reads the fields added by {@link #addTo}; empty when no phase is chosen. */
    static Optional<PhaseMatch> read(GenericDialog gd) {
        String key = gd.getNextChoice();
        double tolerancePercent = gd.getNextNumber();
        if (key.equals(NONE)) {
            return Optional.empty();
        }
        Phase phase = PhaseLibrary.find(key).orElseThrow(() -> new IllegalArgumentException("unknown phase '" + key
                + "'; known: " + String.join(", ", PhaseLibrary.keys())));
        return Optional.of(new PhaseMatch(phase, new PhaseMatcher(tolerancePercent / 100)));
    }
}
