package org.crystallite.tem.lattice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

class StrongestSpotsTest {

    /** Three Friedel pairs: (2, 0) SNR 40, (0, 3) SNR 90 (on the vertical axis), (1, −1) SNR 60. */
    private static List<Spot> threePairs() {
        return List.of(
                new Spot(0, 0, 2, 0, 40, 1, 1), new Spot(0, 0, -2, 0, 41, 1, 0),
                new Spot(0, 0, 0, 3, 90, 1, 3), new Spot(0, 0, 0, -3, 88, 1, 2),
                new Spot(0, 0, 1, -1, 60, 1, 5), new Spot(0, 0, -1, 1, 61, 1, 4));
    }

    @Test
    void onePerPairStrongestFirst() {
        List<Spot> picked = StrongestSpots.onePerPair(threePairs(), 2);
        assertEquals(2, picked.size());
        // (0, −3) points up on screen (+90°) and (0, 3) down (−90°): the half plane keeps (0, −3).
        assertEquals(-3, picked.get(0).gy(), 0);
        assertEquals(1, picked.get(1).gx(), 0);
        assertEquals(-1, picked.get(1).gy(), 0, "(1, −1) is at +45°, its mate at −135°");
        for (Spot s : picked) {
            assertTrue(s.angleDeg() > -90 && s.angleDeg() <= 90, "angle " + s.angleDeg());
        }
    }

    @Test
    void askingForMoreThanThereAreGivesEveryPairOnce() {
        assertEquals(3, StrongestSpots.onePerPair(threePairs(), 10).size());
        assertTrue(StrongestSpots.onePerPair(List.of(), 3).isEmpty());
        assertThrows(IllegalArgumentException.class, () -> StrongestSpots.onePerPair(threePairs(), 0));
    }
}
