package org.crystallite.cli;

import java.util.ArrayList;
import java.util.List;

import org.crystallite.tem.lattice.Phase;
import org.crystallite.tem.lattice.PhaseLibrary;

/** The {@code --phase NAME} and {@code --cell NAME:SG:a…} options of the tem actions, as phases. */
final class TemPhases {

    private TemPhases() {
    }

    /** Built-in phases by key, then cells; a mutable list. Unknown keys and bad cells are usage errors. */
    static List<Phase> resolve(List<String> keys, List<String> cells) {
        List<Phase> out = new ArrayList<>();
        for (String key : keys) {
            out.add(PhaseLibrary.find(key).orElseThrow(() -> new UsageException("--phase: unknown phase '" + key
                    + "'; known: " + String.join(", ", PhaseLibrary.keys()))));
        }
        for (String cell : cells) {
            try {
                out.add(Phase.parse(cell));
            } catch (IllegalArgumentException e) {
                throw new UsageException("--cell: " + e.getMessage(), e);
            }
        }
        return out;
    }
}
