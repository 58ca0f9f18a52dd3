package org.crystallite.tem.lattice;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

class PhaseMatcherTest {

    private final PhaseMatcher matcher = new PhaseMatcher(0.01);

    private static Phase phase(String key) {
        return PhaseLibrary.find(key).orElseThrow();
    }

    @Test
    void srTiO3SpacingsOfThe110ZoneAxis() {
        List<HklMatch> m = matcher.match(0.2761, phase("srtio3"));
        assertEquals("110", m.get(0).label());
        assertEquals(0.3905 / Math.sqrt(2), m.get(0).dCalcNm(), 1e-12);
        assertEquals(6, m.get(0).hkl().size()); // {110}: 12 members, ±hkl counted once
        assertEquals("100", matcher.match(0.3905, phase("srtio3")).get(0).label());
        assertEquals("111", matcher.match(0.2255, phase("srtio3")).get(0).label());
        assertEquals(90, phase("srtio3").angleBetweenDeg(new int[] {0, 0, 1}, new int[] {1, -1, 0}), 1e-9);
        assertEquals(54.7356, phase("srtio3").angleBetweenDeg(new int[] {0, 0, 1}, new int[] {1, -1, 1}), 1e-4);
    }

    @Test
    void faceCentredPhasesLoseMixedParityReflections() {
        // NiO: (200) at a/2 = 0.20885 nm; (100) and (110) are absent for F.
        assertEquals("200", matcher.match(0.2089, phase("nio")).get(0).label());
        assertTrue(matcher.match(0.4177, phase("nio")).isEmpty());
        assertTrue(matcher.match(0.4177 / Math.sqrt(2), phase("nio")).isEmpty());
        assertEquals("111", matcher.match(0.2412, phase("nio")).get(0).label());
        // Prussian blue a = 10.2 Å: (200) 0.51 nm, (220) 0.3606 nm; (100) absent.
        assertEquals("200", matcher.match(0.51, phase("prussian-blue")).get(0).label());
        assertEquals("220", matcher.match(0.3606, phase("prussian-blue")).get(0).label());
        assertTrue(matcher.match(1.02, phase("prussian-blue")).isEmpty());
    }

    @Test
    void graphiteHexagonalSpacingsAndScrewAxisAbsences() {
        Phase graphite = phase("graphite");
        // d(002) = c/2 = 0.33555 nm; (001) is absent (6_3 screw); d(100) = a·√3/2 = 0.21339 nm.
        assertEquals("002", matcher.match(0.3356, graphite).get(0).label());
        assertTrue(matcher.match(0.6711, graphite).isEmpty());
        assertEquals(0.2464 * Math.sqrt(3) / 2, matcher.match(0.2134, graphite).get(0).dCalcNm(), 1e-12);
        assertEquals("100", matcher.match(0.2134, graphite).get(0).label());
        assertFalse(graphite.allows(1, 1, 1)); // hh(-2h)l family with odd l
        assertTrue(graphite.allows(1, 0, 1));
        assertEquals(60, graphite.angleBetweenDeg(new int[] {1, 0, 0}, new int[] {0, 1, 0}), 1e-9);
    }

    @Test
    void matchesAreOrderedByErrorAndCarryTheRelativeError() {
        List<HklMatch> m = new PhaseMatcher(0.03).match(0.2000, phase("srtio3"));
        assertEquals("200", m.get(0).label());
        assertEquals(0.2000 / 0.19525 - 1, m.get(0).relativeError(), 1e-12);
        assertArrayEquals(new int[] {2, 0, 0}, m.get(0).hkl().get(0));
    }

    @Test
    void zoneAxesFromBasisSpacingsAndAngle() {
        // SrTiO3 [110]: (001) and (1-10) at 90°.
        List<ZoneAxisMatch> z = matcher.zoneAxes(0.3905, 0.2761, 90, phase("srtio3"), 1);
        assertFalse(z.isEmpty());
        for (ZoneAxisMatch m : z) {
            int[] u = m.uvw();
            int[] sorted = java.util.Arrays.stream(u).map(Math::abs).sorted().toArray();
            assertArrayEquals(new int[] {0, 1, 1}, sorted, m.label());
            assertEquals(0, u[0] * m.hkl1()[0] + u[1] * m.hkl1()[1] + u[2] * m.hkl1()[2]);
            assertEquals(0, u[0] * m.hkl2()[0] + u[1] * m.hkl2()[1] + u[2] * m.hkl2()[2]);
        }
        // SrTiO3 [001]: two {100} at 90°; graphite [001]: two {100} at 60°.
        int[] axis = matcher.zoneAxes(0.3905, 0.3905, 90, phase("srtio3"), 1).get(0).uvw();
        assertEquals(1, java.util.Arrays.stream(axis).map(Math::abs).sum());
        ZoneAxisMatch hex = matcher.zoneAxes(0.2134, 0.2134, 60, phase("graphite"), 1).get(0);
        assertEquals(0, hex.uvw()[0]);
        assertEquals(0, hex.uvw()[1]);
        assertEquals(60, hex.angleCalcDeg(), 1e-9);
        // A 75° basis of {100} spacings fits no SrTiO3 zone.
        assertTrue(matcher.zoneAxes(0.3905, 0.3905, 75, phase("srtio3"), 1).isEmpty());
    }

    @Test
    void cellsParseFromText() {
        Phase nio = Phase.parse("NiO:Fm-3m:4.177");
        assertEquals(4.177 / 2, nio.dAng(2, 0, 0), 1e-12);
        Phase graphite = Phase.parse("C:P6_3/mmc:2.464,6.711");
        assertEquals(120, graphite.gammaDeg());
        assertFalse(graphite.allows(0, 0, 1));
        Phase ortho = Phase.parse("LFP:Pnma:10.33,6.01,4.69");
        assertEquals(1 / Math.sqrt(1 / (10.33 * 10.33) + 1 / (6.01 * 6.01)), ortho.dAng(1, 1, 0), 1e-12);
        // Monoclinic (β = 100°): 1/d²(001) = 1/(c² sin²β).
        Phase mono = Phase.parse("m:P2/m:5,6,7,90,100,90");
        assertEquals(7 * Math.sin(Math.toRadians(100)), mono.dAng(0, 0, 1), 1e-9);
        assertThrows(IllegalArgumentException.class, () -> Phase.parse("NiO:Fm-3m"));
        assertThrows(IllegalArgumentException.class, () -> Phase.parse("NiO:Fm-3m:4.1,x"));
        assertThrows(IllegalArgumentException.class, () -> Phase.parse("NiO:Fm-3m:1,2,3,4"));
    }

    @Test
    void badInputIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new PhaseMatcher(0));
        assertThrows(IllegalArgumentException.class, () -> matcher.match(-1, phase("nio")));
        assertThrows(IllegalArgumentException.class, () -> Phase.cubic("x", "Q23", 4));
        assertThrows(IllegalArgumentException.class, () -> Phase.cubic("x", "Fm-3m", 0));
        assertTrue(PhaseLibrary.find("unobtainium").isEmpty());
        assertEquals(List.of("prussian-blue", "nio", "graphite", "srtio3", "au", "pt", "al"), PhaseLibrary.keys());
    }
}
