package org.crystallite.spectrum.background;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.OptionalDouble;
import org.crystallite.spectrum.AxisQuantity;
import org.crystallite.spectrum.shape.LineShape;
import org.junit.jupiter.api.Test;

class BackgroundsTest {

    @Test
    void buildsStaticBackgroundsWithOptions() {
        assertEquals(new ShirleyBackground(7), Backgrounds.staticByName("shirley", Map.of("average", 7)));
        assertEquals(new ShirleyBackground(), Backgrounds.staticByName("Shirley", null));
        assertEquals(new SnipBackground(40, true, true),
                Backgrounds.staticByName("snip", Map.of("iterations", "40", "lls", true, "decreasing", "true")));
        assertEquals(new SnipBackground(Backgrounds.DEFAULT_SNIP_ITERATIONS), Backgrounds.staticByName("snip",
                Map.of()));
        assertEquals(new EndpointLinearBackground(3), Backgrounds.staticByName("linear", Map.of("average", 3.0)));
    }

    @Test
    void buildsTougaardFromPresetsAndParameters() {
        TougaardBackground u3 = (TougaardBackground) Backgrounds.staticByName("tougaard",
                Map.of("preset", "U3", "B", 335.44588, "T0", 3, "average", 3), AxisQuantity.KINETIC_ENERGY);
        assertEquals(TougaardCrossSection.u3(551, 436, 3), u3.crossSection());
        assertEquals(OptionalDouble.of(335.44588), u3.b());
        assertEquals(AxisQuantity.KINETIC_ENERGY, u3.axis());

        TougaardBackground u2 = (TougaardBackground) Backgrounds.staticByName("tougaard", Map.of());
        assertEquals(TougaardCrossSection.u2(), u2.crossSection());
        assertTrue(u2.b().isEmpty(), "B fitted when not given");
        assertEquals(AxisQuantity.BINDING_ENERGY, u2.axis());

        TougaardBackground custom = (TougaardBackground) Backgrounds.staticByName("tougaard",
                Map.of("C", 325, "D", 96, "axis", "kinetic"));
        assertEquals(TougaardCrossSection.Form.U3, custom.crossSection().form());
        assertEquals(325, custom.crossSection().c());
        assertEquals(AxisQuantity.KINETIC_ENERGY, custom.axis());
    }

    @Test
    void unknownTypesAndOptionsAreNamedWithTheValidOnes() {
        IllegalArgumentException type = assertThrows(IllegalArgumentException.class,
                () -> Backgrounds.staticByName("shirly", Map.of()));
        assertTrue(type.getMessage().contains("'shirly'") && type.getMessage().contains("shirley, tougaard, snip, linear"),
                type.getMessage());
        IllegalArgumentException option = assertThrows(IllegalArgumentException.class,
                () -> Backgrounds.staticByName("shirley", Map.of("averge", 5)));
        assertTrue(option.getMessage().contains("'averge'") && option.getMessage().contains("average"),
                option.getMessage());
        IllegalArgumentException preset = assertThrows(IllegalArgumentException.class,
                () -> Backgrounds.staticByName("tougaard", Map.of("preset", "U5")));
        assertTrue(preset.getMessage().contains("U2, U3"), preset.getMessage());
        IllegalArgumentException value = assertThrows(IllegalArgumentException.class,
                () -> Backgrounds.staticByName("snip", Map.of("iterations", 2.5)));
        assertTrue(value.getMessage().contains("whole number"), value.getMessage());
        IllegalArgumentException bool = assertThrows(IllegalArgumentException.class,
                () -> Backgrounds.staticByName("snip", Map.of("lls", "yes")));
        assertTrue(bool.getMessage().contains("true or false"), bool.getMessage());
        assertThrows(IllegalArgumentException.class,
                () -> Backgrounds.staticByName("tougaard", Map.of("preset", "U2", "D", 10)));
        assertThrows(IllegalArgumentException.class, () -> Backgrounds.staticByName("tougaard", Map.of("axis", "2theta")));
        IllegalArgumentException fit = assertThrows(IllegalArgumentException.class,
                () -> Backgrounds.fitByName("spline", 2, 0, 1));
        assertTrue(fit.getMessage().contains("constant, linear, polynomial, chebyshev"), fit.getMessage());
    }

    @Test
    void buildsFitBackgrounds() {
        assertInstanceOf(ConstantBackground.class, Backgrounds.fitByName("constant", 0, 280, 300));
        assertEquals(new LinearBackground(290), Backgrounds.fitByName("linear", 1, 280, 300));
        assertEquals(new PolynomialBackground(3, 290), Backgrounds.fitByName("polynomial", 3, 280, 300));
        LineShape cheb = Backgrounds.fitByName("Chebyshev", 4, 280, 300);
        assertEquals(new ChebyshevBackground(4, 280, 300), cheb);
        assertEquals(5, cheb.parameters().size());
        assertFalse(cheb.isPeak());
        assertThrows(IllegalArgumentException.class, () -> Backgrounds.fitByName("linear", 1, 300, 280));
    }
}
