package org.crystallite.xrd.instrument;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;

import org.junit.jupiter.api.Test;

class StandardPhaseTest {

    private static final double CU_KA1 = 1.5405929;

    private static List<String> hkls(StandardPhase p, double max) {
        return p.reflections(CU_KA1, max).stream().map(StandardPhase.Reflection::hkl).toList();
    }

    @Test
    void lab6IsPrimitiveWithItsCertifiedFirstLine() {
        StandardPhase lab6 = StandardPhase.parse("LaB6");
        assertEquals(4.15692, lab6.aAngstrom());
        // 221 and 300 share d (N = 9): one line, labelled by the first hkl
        assertEquals(List.of("100", "110", "111", "200", "210", "211", "220", "221"), hkls(lab6, 68));
        // 2θ(100) = 2 asin(λ / 2a) = 21.3585° for Cu Kα1 (hand calculation)
        assertEquals(21.3585, lab6.reflections(CU_KA1, 30).get(0).twoThetaDeg(), 1e-3);
    }

    @Test
    void siliconFollowsTheDiamondRule() {
        StandardPhase si = StandardPhase.parse("si");
        // 200 and 222 are forbidden in Fd-3m
        assertEquals(List.of("111", "220", "311", "400", "331", "422"), hkls(si, 90));
        assertEquals(28.4427, si.reflections(CU_KA1, 30).get(0).twoThetaDeg(), 2e-3);
    }

    @Test
    void ceriaIsFaceCentredAndCubicTakesAnyA() {
        assertEquals(List.of("111", "200", "220", "311", "222"), hkls(StandardPhase.parse("CeO2"), 60));
        StandardPhase c = StandardPhase.parse("cubic:3.0");
        assertEquals(3.0, c.aAngstrom());
        assertEquals("100", c.reflections(CU_KA1, 180).get(0).hkl());
        assertThrows(IllegalArgumentException.class, () -> StandardPhase.parse("cubic:x"));
        assertThrows(IllegalArgumentException.class, () -> StandardPhase.parse("quartz"));
        assertThrows(IllegalArgumentException.class, () -> StandardPhase.parse("cubic:-1"));
    }
}
