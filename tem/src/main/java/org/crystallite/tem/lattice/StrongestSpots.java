package org.crystallite.tem.lattice;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Picks the strongest reflections of a spot list for a Bragg filter: one member of each Friedel pair
 * (the one whose direction lies in (−90°, 90°], so a mask set that adds the mate at −g covers the pair
 * once), ordered by decreasing SNR. The same rule serves {@code crystallite tem ifft --auto N} and the
 * Fiji command "Bragg Filter (IFFT)".
 */
public final class StrongestSpots {

    private StrongestSpots() {
    }

    /**
     * Up to {@code n} spots, one per Friedel pair, strongest (highest SNR) first; fewer when the list
     * holds fewer pairs, none when it is empty.
     *
     * @throws IllegalArgumentException when {@code n} is below 1
     */
    public static List<Spot> onePerPair(List<Spot> spots, int n) {
        if (n < 1) {
            throw new IllegalArgumentException("the number of reflections to pick must be at least 1, got " + n);
        }
        List<Spot> half = new ArrayList<>();
        for (Spot s : spots) {
            if (s.angleDeg() > -90 && s.angleDeg() <= 90) {
                half.add(s);
            }
        }
        half.sort(Comparator.comparingDouble(Spot::snr).reversed());
        return List.copyOf(half.subList(0, Math.min(n, half.size())));
    }
}
