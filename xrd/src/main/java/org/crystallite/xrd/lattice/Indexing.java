package org.crystallite.xrd.lattice;

import java.util.List;

/**
 * The outcome of indexing a peak list against a cell.
 *
 * @param indexed peaks with their reflection, in the order of the input
 * @param unindexed peaks with no reflection within the tolerance, or that lost a reflection to a nearer peak
 * @param toleranceDeg the 2θ tolerance used
 */
public record Indexing(List<IndexedReflection> indexed, List<ObservedReflection> unindexed, double toleranceDeg) {

    public Indexing {
        indexed = List.copyOf(indexed);
        unindexed = List.copyOf(unindexed);
    }

    /** The indexed peaks that have a single candidate. */
    public List<IndexedReflection> unambiguous() {
        return indexed.stream().filter(r -> !r.ambiguous()).toList();
    }
}
