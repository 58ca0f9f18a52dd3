package org.crystallite.tem.filter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class MaskShapeTest {

    @Test
    void cosineEdgeFallsFromOneToZeroAcrossItsWidth() {
        CircleShape c = new CircleShape(1.0, 0.4);
        assertEquals(1, c.weight(0.99), 0);
        assertEquals(0.5, c.weight(1.2), 1e-12);
        assertEquals(0, c.weight(1.4), 1e-12);
        CircleShape hard = new CircleShape(1.0, 0);
        assertEquals(1, hard.weight(1.0), 0);
        assertEquals(0, hard.weight(1.0001), 0);
    }

    @Test
    void gaussianAndAnnulusProfiles() {
        GaussianShape g = new GaussianShape(0.5);
        assertEquals(Math.exp(-0.5), g.weight(0.5), 1e-12);
        assertEquals(2.0, g.resolutionNm(), 1e-12);
        AnnulusShape a = new AnnulusShape(2, 3);
        assertEquals(0, a.weight(1.9), 0);
        assertEquals(1, a.weight(2.5), 0);
        assertEquals(0, a.weight(3.1), 0);
    }

    @Test
    void everyMaskActsAtItsFriedelMateAndTheUnionTakesTheLargerWeight() {
        MaskSet set = MaskSet.of(new BraggMask(2, 1, new GaussianShape(0.3)), new BraggMask(0, 3, new CircleShape(0.2, 0)));
        for (double[] k : new double[][] {{2, 1}, {2.1, 0.8}, {0.1, 3.1}, {-1.7, 1.2}}) {
            assertEquals(set.weight(k[0], k[1]), set.weight(-k[0], -k[1]), 1e-15);
        }
        assertEquals(1, set.weight(-2, -1), 1e-15);
        assertEquals(1, set.weight(0, -3), 0);
        assertEquals(Math.exp(-0.5), set.weight(2.3, 1), 1e-12);
    }

    @Test
    void badParametersAreRejected() {
        assertThrows(IllegalArgumentException.class, () -> new CircleShape(0, 0));
        assertThrows(IllegalArgumentException.class, () -> new CircleShape(1, -1));
        assertThrows(IllegalArgumentException.class, () -> new GaussianShape(Double.NaN));
        assertThrows(IllegalArgumentException.class, () -> new AnnulusShape(3, 2));
        assertThrows(IllegalArgumentException.class, () -> new BraggMask(Double.NaN, 0, new GaussianShape(1)));
        assertThrows(IllegalArgumentException.class, () -> new MaskSet(java.util.List.of()));
    }
}
