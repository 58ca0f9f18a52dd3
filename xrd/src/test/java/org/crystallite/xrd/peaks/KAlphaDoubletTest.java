package org.crystallite.xrd.peaks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.crystallite.spectrum.shape.LineShape;
import org.crystallite.spectrum.shape.LineShapes;
import org.crystallite.xrd.radiation.Radiation;
import org.crystallite.xrd.radiation.Wavelengths;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class KAlphaDoubletTest {

    private static final Radiation CU = Wavelengths.anode("Cu").orElseThrow();

    private static double[] params(String base, double center) {
        return switch (base) {
            case "pseudo-voigt" -> new double[] {center, 0.12, 1000, 0.4};
            case "tch" -> new double[] {center, 0.08, 0.05, 1000};
            case "pearson7" -> new double[] {center, 0.12, 1000, 1.7};
            case "split-pv" -> new double[] {center, 0.10, 0.14, 1000, 0.4};
            default -> throw new IllegalArgumentException(base);
        };
    }

    @Test
    void kAlpha2SitsWhereBraggsLawPutsTheSameD() {
        KAlphaDoublet d = (KAlphaDoublet) KAlphaDoublet.forRadiation(LineShapes.byName("pseudo-voigt"), CU);
        double twoTheta1 = 100.0;
        double dSpacing = CU.kAlpha1Angstrom() / (2 * Math.sin(Math.toRadians(twoTheta1 / 2)));
        double expected = 2 * Math.toDegrees(Math.asin(CU.kAlpha2Angstrom().getAsDouble() / (2 * dSpacing)));
        assertEquals(expected, d.kAlpha2TwoTheta(twoTheta1), 1e-12);
        // Cu Kα1/Kα2 separation at 100° 2θ is about 0.34°
        assertEquals(0.34, d.kAlpha2TwoTheta(twoTheta1) - twoTheta1, 0.01);
        assertTrue(Double.isNaN(d.kAlpha2TwoTheta(179.0)), "no Kα2 line beyond 2θ = 180°");
    }

    @Test
    void monochromaticRadiationGivesTheBaseShape() {
        LineShape base = LineShapes.byName("pseudo-voigt");
        assertSame(base, KAlphaDoublet.forRadiation(base, Radiation.monochromatic("sync", 0.413128)));
    }

    @Test
    void doubletIsTheSumOfTwoBaseLinesWithRatioAndSameWidths() {
        LineShape base = LineShapes.byName("pseudo-voigt");
        KAlphaDoublet d = new KAlphaDoublet(base, CU.kAlpha2Angstrom().getAsDouble() / CU.kAlpha1Angstrom(), 0.5);
        double[] p = params("pseudo-voigt", 60);
        double[] q = p.clone();
        q[0] = d.kAlpha2TwoTheta(60);
        for (double x = 59; x <= 61; x += 0.037) {
            assertEquals(base.value(x, p) + 0.5 * base.value(x, q), d.value(x, p), 1e-9);
        }
        // total area = area · (1 + ratio), by trapezoid integration of a wide range
        double sum = 0;
        double h = 0.0005;
        for (double x = 40; x <= 80; x += h) {
            sum += d.value(x, p) * h;
        }
        assertEquals(1500, sum, 1500 * 0.005, "Lorentzian tails beyond ±20° hold < 0.5 % of the area");
        assertEquals(base.height(p), d.height(p), 1e-12, "height is that of the Kα1 line");
        assertEquals(0.12, d.fwhm(p), 1e-12);
    }

    @ParameterizedTest
    @ValueSource(strings = {"pseudo-voigt", "tch", "pearson7", "split-pv"})
    void analyticGradientMatchesFiniteDifferences(String baseName) {
        KAlphaDoublet d = (KAlphaDoublet) KAlphaDoublet.forRadiation(LineShapes.byName(baseName), CU);
        double center = 120.0; // high angle: Kα2 well separated, d2θ2/d2θ1 noticeably above 1
        double[] p = params(baseName, center);
        double[] analytic = new double[p.length];
        for (double x = center - 0.5; x <= center + 1.0; x += 0.0173) {
            d.gradient(x, p, analytic);
            for (int k = 0; k < p.length; k++) {
                double h = 1e-6 * Math.max(Math.abs(p[k]), 1e-2);
                double[] up = p.clone();
                double[] down = p.clone();
                up[k] += h;
                down[k] -= h;
                double numeric = (d.value(x, up) - d.value(x, down)) / (2 * h);
                double scale = Math.max(1e-6 * Math.abs(d.value(x, p)) / Math.max(Math.abs(p[k]), 1e-3),
                        Math.abs(numeric));
                assertEquals(numeric, analytic[k], 2e-5 * scale + 1e-7,
                        baseName + " d/d" + d.parameters().get(k).name() + " at x = " + x);
            }
        }
    }

    @Test
    void rejectsShapesWithoutCenterOrArea() {
        LineShape step = new org.crystallite.spectrum.background.LinearBackground(0);
        assertThrows(IllegalArgumentException.class, () -> new KAlphaDoublet(step, 1.0025, 0.5));
        LineShape pv = LineShapes.byName("pseudo-voigt");
        assertThrows(IllegalArgumentException.class, () -> new KAlphaDoublet(pv, -1, 0.5));
        assertThrows(IllegalArgumentException.class, () -> new KAlphaDoublet(pv, 1.0025, Double.NaN));
    }
}
