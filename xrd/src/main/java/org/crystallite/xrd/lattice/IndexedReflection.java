package org.crystallite.xrd.lattice;

import java.util.List;

/**
 * An observed peak with the calculated reflection nearest to it.
 *
 * @param observed the peak
 * @param reflection the reflection it was indexed as
 * @param twoThetaCalcDeg where the indexing cell (with its shift) puts that reflection
 * @param alternatives other reflections (different d for the crystal system) also within the tolerance; a
 *        peak with alternatives is ambiguous and is left out of the refinement unless asked otherwise
 */
public record IndexedReflection(ObservedReflection observed, Reflection reflection, double twoThetaCalcDeg,
                                List<Reflection> alternatives) {

    public IndexedReflection {
        alternatives = List.copyOf(alternatives);
    }

    public boolean ambiguous() {
        return !alternatives.isEmpty();
    }
}
