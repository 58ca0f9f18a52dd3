package org.crystallite.cli;

import java.util.ArrayList;
import java.util.List;

import org.crystallite.tem.lattice.Phase;
import org.crystallite.tem.lattice.PhaseLibrary;
import picocli.CommandLine.Option;

/**
 * The phase options of the tem actions (a picocli mixin): {@code --phase NAME}, {@code --cell NAME:SG:a…} and
 * {@code --match-tolerance}.
 */
final class TemPhases {

    @Option(names = "--phase", paramLabel = "NAME", split = ",",
            description = "Match spacings to built-in phases: prussian-blue, nio, graphite, srtio3, au, pt, al.")
    List<String> phases = new ArrayList<>();

    @Option(names = "--cell", paramLabel = "NAME:SG:a[,c|,b,c|,b,c,al,be,ga]",
            description = "A phase of your own, lengths in Å, e.g. NiO:Fm-3m:4.177 or LFP:Pnma:10.33,6.01,4.69.")
    List<String> cells = new ArrayList<>();

    @Option(names = "--match-tolerance", paramLabel = "REL", defaultValue = "0.02",
            description = "Relative d tolerance of phase matching (default 0.02).")
    double matchTolerance;

    /** The chosen phases: built-in ones by key, then the cells. Unknown keys and bad cells are usage errors. */
    List<Phase> resolve() {
        List<Phase> out = new ArrayList<>();
        for (String key : phases) {
            out.add(byName("--phase", key));
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

    /** {@code --match-tolerance}, checked to lie in (0, 0.5). */
    double matchTolerance() {
        if (!(matchTolerance > 0 && matchTolerance < 0.5)) {
            throw new UsageException("--match-tolerance must lie between 0 and 0.5, got " + matchTolerance);
        }
        return matchTolerance;
    }

    /** A built-in phase by key; an unknown key is a usage error naming the option and listing the known ones. */
    static Phase byName(String option, String key) {
        return PhaseLibrary.find(key).orElseThrow(() -> new UsageException(option + ": unknown phase '" + key
                + "'; known: " + String.join(", ", PhaseLibrary.keys())));
    }
}
