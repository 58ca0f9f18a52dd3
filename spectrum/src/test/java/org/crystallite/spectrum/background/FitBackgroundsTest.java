package org.crystallite.spectrum.background;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.crystallite.spectrum.shape.LineShape;
import org.crystallite.spectrum.shape.ParameterDefault;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class FitBackgroundsTest {

    static Stream<LineShape> shapes() {
        return Stream.of(new ConstantBackground(), new LinearBackground(290), new PolynomialBackground(0, 290),
                new PolynomialBackground(4, 290), new ChebyshevBackground(0, 280, 300),
                new ChebyshevBackground(1, 280, 300), new ChebyshevBackground(6, 280, 300));
    }

    @ParameterizedTest
    @MethodSource("shapes")
    void analyticGradientEqualsCentralDifferences(LineShape shape) {
        Random random = new Random(7);
        int m = shape.parameters().size();
        double[] p = new double[m];
        for (int k = 0; k < m; k++) {
            p[k] = 10 * random.nextGaussian();
        }
        double[] analytic = new double[m];
        for (double x = 276; x <= 304; x += 1.7) {
            shape.gradient(x, p, analytic);
            for (int k = 0; k < m; k++) {
                double h = 1e-3;
                double[] up = p.clone();
                double[] down = p.clone();
                up[k] += h;
                down[k] -= h;
                double numeric = (shape.value(x, up) - shape.value(x, down)) / (2 * h);
                assertEquals(numeric, analytic[k], 1e-7 * Math.max(1, Math.abs(numeric)),
                        shape.name() + " d/dc" + k + " at x = " + x);
            }
        }
    }

    @ParameterizedTest
    @MethodSource("shapes")
    void areBackgroundsNotPeaks(LineShape shape) {
        assertFalse(shape.isPeak());
        List<ParameterDefault> ps = shape.parameters();
        for (int k = 0; k < ps.size(); k++) {
            assertEquals("c" + k, ps.get(k).name());
        }
        assertThrows(IllegalArgumentException.class, () -> shape.value(1, new double[ps.size() + 1]));
    }

    @Test
    void chebyshevMatchesTheTrigonometricDefinition() {
        // T_k(cos θ) = cos(kθ) on [−1, 1].
        ChebyshevBackground cheb = new ChebyshevBackground(7, 280, 300);
        double[] terms = new double[8];
        for (double x = 280; x <= 300; x += 0.37) {
            double t = (x - 290) / 10;
            cheb.gradient(x, new double[8], terms);
            for (int k = 0; k <= 7; k++) {
                assertEquals(Math.cos(k * Math.acos(t)), terms[k], 1e-12, "T" + k + "(" + t + ")");
            }
        }
        assertEquals(1, cheb.reducedX(300), 1e-15);
        assertEquals(-1, cheb.reducedX(280), 1e-15);
    }

    @Test
    void polynomialAndLinearValues() {
        PolynomialBackground poly = new PolynomialBackground(3, 290);
        // 1 + 2u − 0.5u² + 0.25u³ at u = x − 290 = 2: 1 + 4 − 2 + 2 = 5
        assertEquals(5, poly.value(292, new double[] {1, 2, -0.5, 0.25}), 1e-12);
        assertEquals(7, new LinearBackground(290).value(292, new double[] {3, 2}), 1e-12);
        assertEquals(-4, new ConstantBackground().value(1e6, new double[] {-4}), 0);
    }

    @Test
    void rejectsBadConstruction() {
        assertThrows(IllegalArgumentException.class, () -> new PolynomialBackground(-1, 0));
        assertThrows(IllegalArgumentException.class, () -> new ChebyshevBackground(2, 5, 5));
        assertThrows(IllegalArgumentException.class, () -> new ChebyshevBackground(2, 0, Double.NaN));
        assertThrows(IllegalArgumentException.class, () -> new LinearBackground(Double.NaN));
    }
}
