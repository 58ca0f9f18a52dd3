package org.crystallite.tem.radial;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class AzimuthalIntegratorTest {

    @Test
    void aFlatImageGivesAFlatProfileWithTheAnnulusPixelCounts() {
        int w = 201;
        int h = 151;
        float[] v = new float[w * h];
        java.util.Arrays.fill(v, 7f);
        RadialProfile p = AzimuthalIntegrator.integrate(v, w, h, PatternScale.pixels(),
                EllipseGeometry.circle(100.3, 75.6), PixelMask.none(w, h), 1, 2);
        for (int k = 1; k < 70; k++) {
            assertEquals(7, p.intensity(k), 1e-6);
            assertEquals(2 * Math.PI * k, p.pixels()[k], 0.05 * 2 * Math.PI * k, "annulus " + k);
        }
        double total = java.util.Arrays.stream(p.pixels()).sum();
        assertEquals(w * h, total, 1e-6, "every pixel is counted once");
    }

    @Test
    void aSharpRingSitsAtItsRadiusWithPerAxisPixelSizesAndDistortion() {
        // A thin ring of g = 2 1/nm drawn on pixels of 0.02 × 0.025 1/nm, distorted (q = 1.05 at 60°).
        int w = 257;
        int h = 211;
        PatternScale scale = new PatternScale(0.02, 0.025, PatternScale.PER_NM);
        EllipseGeometry g = new EllipseGeometry(120.4, 101.7, 1.05, Math.toRadians(60));
        float[] v = new float[w * h];
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                double r = g.radius((x - g.centreX()) * scale.x(), (y - g.centreY()) * scale.y());
                v[y * w + x] = (float) Math.exp(-0.5 * Math.pow((r - 2) / 0.03, 2));
            }
        }
        RadialProfile p = AzimuthalIntegrator.integrate(v, w, h, scale, g, PixelMask.none(w, h), 0.02, 2);
        double sw = 0;
        double swr = 0;
        for (int k = 0; k < p.size(); k++) {
            if (Double.isFinite(p.intensity(k))) {
                sw += p.intensity(k);
                swr += p.intensity(k) * p.radius(k);
            }
        }
        assertEquals(2, swr / sw, 0.002, "centroid of the ring in the corrected radius");
    }

    @Test
    void maskedPixelsAreLeftOutAndTheMaskGrows() {
        int w = 50;
        int h = 40;
        float[] v = new float[w * h];
        java.util.Arrays.fill(v, 10f);
        v[20 * w + 25] = 0;
        PixelMask m = PixelMask.below(v, w, h, 5, 2);
        assertEquals(25, m.excludedCount(), "a 5 × 5 square around the dark pixel");
        assertTrue(m.isExcluded(27, 22) && !m.isExcluded(28, 22));
        v[20 * w + 25] = 1e6f; // would dominate the mean if counted
        RadialProfile p = AzimuthalIntegrator.integrate(v, w, h, PatternScale.pixels(),
                EllipseGeometry.circle(25, 20), m, 1, 1);
        assertTrue(Double.isNaN(p.intensity(0)));
        assertEquals(10, p.intensity(5), 1e-9);
    }

    @Test
    void ellipseRadiusIsTheGeometricMeanOfTheSemiAxes() {
        EllipseGeometry g = new EllipseGeometry(0, 0, 1.04, Math.toRadians(30));
        double c = Math.cos(Math.toRadians(30));
        double s = Math.sin(Math.toRadians(30));
        double a = 10 * Math.sqrt(1.04);
        double b = 10 / Math.sqrt(1.04);
        assertEquals(10, g.radius(a * c, a * s), 1e-12, "on the major axis");
        assertEquals(10, g.radius(-b * s, b * c), 1e-12, "on the minor axis");
        assertEquals(-30, g.majorAxisAngleDeg(), 1e-12);
        EllipseGeometry v = EllipseGeometry.fromVector(0, 0, g.e1(), g.e2());
        assertEquals(1.04, v.ratio(), 1e-12);
        assertEquals(g.majorAxisRad(), v.majorAxisRad(), 1e-12);
    }

    @Test
    void reciprocalUnitsConvertToPerNanometre() {
        assertEquals(1, ReciprocalUnits.perNmPerUnit("1/nm").orElseThrow(), 0);
        assertEquals(1, ReciprocalUnits.perNmPerUnit("nm^-1").orElseThrow(), 0);
        assertEquals(10, ReciprocalUnits.perNmPerUnit("1/Å").orElseThrow(), 1e-12);
        assertEquals(1e-9, ReciprocalUnits.perNmPerUnit("1/m").orElseThrow(), 1e-21);
        assertTrue(ReciprocalUnits.perNmPerUnit("nm").isEmpty());
        assertTrue(ReciprocalUnits.perNmPerUnit("pixel").isEmpty());
    }
}
