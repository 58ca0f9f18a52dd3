package org.crystallite.xrd.lattice;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Indexes observed peaks against calculated reflections: each peak takes the nearest reflection within a 2θ
 * tolerance; other reflections within the tolerance are kept as alternatives (the peak is ambiguous); when two
 * peaks take the same reflection the nearer one keeps it.
 */
public final class ReflectionIndexer {

    private ReflectionIndexer() {
    }

    /**
     * @param twoThetaCalcDeg calculated 2θ of each reflection (same order as {@code reflections})
     */
    public static Indexing index(List<ObservedReflection> peaks, List<Reflection> reflections,
                                 double[] twoThetaCalcDeg, double toleranceDeg) {
        if (!(toleranceDeg > 0)) {
            throw new IllegalArgumentException("indexing tolerance must be positive, got " + toleranceDeg);
        }
        int[] best = new int[peaks.size()];
        Map<Integer, Integer> owner = new HashMap<>();
        for (int p = 0; p < peaks.size(); p++) {
            double obs = peaks.get(p).twoThetaDeg();
            best[p] = -1;
            double bestDist = Double.POSITIVE_INFINITY;
            for (int r = 0; r < reflections.size(); r++) {
                double dist = Math.abs(twoThetaCalcDeg[r] - obs);
                if (dist <= toleranceDeg && dist < bestDist) {
                    bestDist = dist;
                    best[p] = r;
                }
            }
            if (best[p] >= 0) {
                Integer other = owner.get(best[p]);
                if (other == null) {
                    owner.put(best[p], p);
                } else if (Math.abs(peaks.get(other).twoThetaDeg() - twoThetaCalcDeg[best[p]]) > bestDist) {
                    owner.put(best[p], p);
                }
            }
        }
        List<IndexedReflection> indexed = new ArrayList<>();
        List<ObservedReflection> unindexed = new ArrayList<>();
        for (int p = 0; p < peaks.size(); p++) {
            ObservedReflection peak = peaks.get(p);
            if (best[p] < 0 || owner.get(best[p]) != p) {
                unindexed.add(peak);
                continue;
            }
            List<Reflection> alternatives = new ArrayList<>();
            for (int r = 0; r < reflections.size(); r++) {
                if (r != best[p] && Math.abs(twoThetaCalcDeg[r] - peak.twoThetaDeg()) <= toleranceDeg) {
                    alternatives.add(reflections.get(r));
                }
            }
            indexed.add(new IndexedReflection(peak, reflections.get(best[p]), twoThetaCalcDeg[best[p]], alternatives));
        }
        return new Indexing(indexed, unindexed, toleranceDeg);
    }
}
