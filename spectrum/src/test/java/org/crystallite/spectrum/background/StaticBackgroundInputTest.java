package org.crystallite.spectrum.background;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.stream.Stream;
import org.crystallite.spectrum.AxisQuantity;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Contract checks shared by every static background: input untouched, bad input rejected clearly. */
class StaticBackgroundInputTest {

    static Stream<StaticBackground> backgrounds() {
        return Stream.of(new ShirleyBackground(1), new EndpointLinearBackground(1), new SnipBackground(3, true, true),
                TougaardBackground.withB(TougaardCrossSection.u2(), 2866, 1, AxisQuantity.BINDING_ENERGY),
                TougaardBackground.fittedB(TougaardCrossSection.u3(), 1, AxisQuantity.KINETIC_ENERGY));
    }

    @ParameterizedTest
    @MethodSource("backgrounds")
    void doesNotModifyTheInput(StaticBackground background) {
        double[] x = new double[60];
        double[] y = new double[60];
        for (int i = 0; i < x.length; i++) {
            x[i] = 100 + 0.5 * i;
            y[i] = 50 + 5 * Math.exp(-0.5 * Math.pow((i - 30) / 3.0, 2)) * 40 + (i < 30 ? 20 : 0);
        }
        double[] xCopy = x.clone();
        double[] yCopy = y.clone();
        double[] bg = background.compute(x, y);
        assertArrayEquals(xCopy, x, 0);
        assertArrayEquals(yCopy, y, 0);
        assertEquals(x.length, bg.length);
        assertEquals("background", background.asStep().operation());
        assertEquals(background.name(), background.asStep().parameters().get("type"));
    }

    @ParameterizedTest
    @MethodSource("backgrounds")
    void rejectsBadInputWithAClearMessage(StaticBackground background) {
        assertMessage(background, new double[] {0, 1, 2}, new double[] {0, 1}, "x has 3 points but y has 2");
        assertMessage(background, new double[] {0}, new double[] {1}, "at least 2 points");
        assertMessage(background, new double[] {0, 1, 2}, new double[] {0, Double.NaN, 2}, "non-finite value at index 1");
        assertMessage(background, new double[] {0, Double.POSITIVE_INFINITY, 2}, new double[] {0, 1, 2},
                "non-finite value at index 1");
        assertMessage(background, new double[] {0, 2, 1}, new double[] {0, 1, 2}, "strictly increasing");
        assertMessage(background, null, new double[] {0, 1, 2}, "x is null");
    }

    private static void assertMessage(StaticBackground background, double[] x, double[] y, String expected) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> background.compute(x, y));
        assertTrue(e.getMessage().contains(expected) && e.getMessage().contains(background.name()),
                "message: " + e.getMessage());
    }
}
