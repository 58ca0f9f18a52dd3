package org.crystallite.tem.lattice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.crystallite.tem.io.CalibratedImage;
import org.junit.jupiter.api.Test;

/** Quadrant spacings of seeded synthetic lattices, with and without a non-uniform slow scan. */
class FieldVariationTest {

    private static final int W = 301;
    private static final int H = 283;
    private static final double PX = 0.02;
    /** Fringes of 0.39 nm along x and 0.276 nm along y, as SrTiO3 [110]. */
    private static final double[][] WAVES = SyntheticLattice.lattice(new double[] {1 / 0.39, 0},
            new double[] {0, 1 / 0.276}, 2);

    private static LatticeMeasurement measure(CalibratedImage img) {
        return new LatticeAnalyzer().measure(img);
    }

    @Test
    void uniformLatticeHasTheSameSpacingsInEveryQuadrant() {
        LatticeMeasurement m = measure(SyntheticLattice.image(W, H, PX, WAVES, 3, 7));
        FieldVariation v = m.fieldVariationIfAny().orElseThrow();
        assertEquals(4, v.quadrants().size());
        for (QuadrantSpacing q : v.quadrants()) {
            assertEquals(0.39, q.d1Nm(), 0.002 * 0.39, q.name());
            assertEquals(0.276, q.d2Nm(), 0.002 * 0.276, q.name());
        }
        // The spread of a uniform image is estimator noise (0.11 % here, noise σ 3 on fringes of amplitude
        // 10, about 7 periods per quadrant); it must stay well below the warning level.
        assertTrue(v.largestSpreadPercent() < LatticeAnalyzer.FIELD_VARIATION_WARNING_PERCENT / 2,
                "spread " + v.largestSpreadPercent());
        assertFalse(m.warnings().stream().anyMatch(w -> w.contains("quadrants")), m.warnings().toString());
    }

    @Test
    void slowScanThatSpeedsUpDownTheImageIsReportedAsAVerticalSpread() {
        // Row y samples the specimen at p·(y + ε·y²/(2H)): the local row pitch grows from p to p(1 + ε)
        // down the image, so fringes along y look (1 + ε·y/H) times closer. Quadrant centres sit near
        // H/4 and 3H/4, so d2 should differ by about ε/2 between top and bottom, and d1 not at all.
        double epsilon = 0.016;
        CalibratedImage img = SyntheticLattice.image(W, H, PX, y -> PX * (y + epsilon * y * y / (2.0 * H)), WAVES, 3, 7);
        LatticeMeasurement m = measure(img);
        FieldVariation v = m.fieldVariationIfAny().orElseThrow();
        QuadrantSpacing topLeft = v.quadrants().get(0);
        QuadrantSpacing bottomLeft = v.quadrants().get(2);
        assertTrue(topLeft.d2Nm() > bottomLeft.d2Nm());
        assertEquals(100 * epsilon / 2, v.d2SpreadPercent(), 0.1);
        assertTrue(v.d1SpreadPercent() < LatticeAnalyzer.FIELD_VARIATION_WARNING_PERCENT / 2,
                "d1 spread " + v.d1SpreadPercent());
        assertTrue(m.warnings().stream().anyMatch(w -> w.contains("quadrants")), m.warnings().toString());
    }
}
