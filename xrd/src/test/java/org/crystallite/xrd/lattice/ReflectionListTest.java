package org.crystallite.xrd.lattice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

class ReflectionListTest {

    private static List<String> labels(UnitCell cell, CrystalSystem system, String sg, double dMin) {
        return ReflectionList.generate(cell, system, ReflectionConditions.forSpaceGroup(sg), dMin).stream()
                .map(r -> r.hkl().toString()).toList();
    }

    @Test
    void cubicCentringsGiveTheTextbookSequences() {
        UnitCell c = UnitCell.cubic(4.0);
        assertEquals(List.of("1 0 0", "1 1 0", "1 1 1", "2 0 0", "2 1 0", "2 1 1", "2 2 0", "3 0 0"),
                labels(c, CrystalSystem.CUBIC, "Pm-3m", 4.0 / 3.0));
        assertEquals(List.of("1 1 1", "2 0 0", "2 2 0", "3 1 1", "2 2 2", "4 0 0"),
                labels(c, CrystalSystem.CUBIC, "Fm-3m", 1.0));
        assertEquals(List.of("1 1 1", "2 0 0", "2 2 0", "3 1 1", "2 2 2", "4 0 0"),
                labels(c, CrystalSystem.CUBIC, "F-43m", 1.0));
        assertEquals(List.of("1 1 0", "2 0 0", "2 1 1", "2 2 0", "3 1 0", "2 2 2"),
                labels(c, CrystalSystem.CUBIC, "Im-3m", 4.0 / Math.sqrt(12)));
        // Diamond glide: 2 0 0 and 4 2 0 absent, 2 2 2 allowed by the space group (absent only for atoms on 8a).
        assertEquals(List.of("1 1 1", "2 2 0", "3 1 1", "2 2 2", "4 0 0", "3 3 1", "4 2 2"),
                labels(c, CrystalSystem.CUBIC, "Fd-3m", 4.0 / Math.sqrt(24)));
    }

    @Test
    void cubicOverlapsAreOneReflectionWithTwoForms() {
        Reflection r = ReflectionList.generate(UnitCell.cubic(4.15692), CrystalSystem.CUBIC,
                ReflectionConditions.of(Centring.P), 1.3).stream().filter(x -> x.hkl().h() == 3).findFirst()
                .orElseThrow();
        assertEquals("3 0 0/2 2 1", r.label());
        assertEquals(6 + 24, r.multiplicity());
        assertEquals(4.15692 / 3, r.dAngstrom(), 1e-12);
    }

    @Test
    void hexagonalScrewAndGlideAbsences() {
        UnitCell fap = UnitCell.hexagonal(9.3717, 6.8859);
        List<String> p63m = labels(fap, CrystalSystem.HEXAGONAL, "P6_3/m", 2.5);
        assertFalse(p63m.contains("0 0 1"));
        assertTrue(p63m.contains("0 0 2"));
        assertTrue(p63m.contains("1 0 1"));
        assertTrue(p63m.contains("1 1 1"), "P63/m has no hhl condition");

        UnitCell zn = UnitCell.hexagonal(2.665, 4.947);
        List<String> mmc = labels(zn, CrystalSystem.HEXAGONAL, "P63/mmc", 1.0);
        assertFalse(mmc.contains("0 0 1"));
        assertFalse(mmc.contains("1 1 1"));
        assertFalse(mmc.contains("0 0 3"));
        assertTrue(mmc.contains("0 0 2"));
        assertTrue(mmc.contains("1 1 2"));
        assertTrue(mmc.contains("1 0 1"));
        assertTrue(mmc.contains("1 1 0"));
        // Symmetry-equivalent forms are merged: 2 -1 1 is 1 1 1.
        assertEquals(mmc.size(), mmc.stream().distinct().count());
    }

    @Test
    void rhombohedralObverseInHexagonalAxes() {
        // LiCoO2, R-3m: 0 0 3 first, then 1 0 1, 0 1 2, 1 0 4; 0 0 1, 1 0 0 absent.
        List<String> r = labels(UnitCell.hexagonal(2.8156, 14.0542), CrystalSystem.HEXAGONAL, "R-3m", 1.4);
        assertEquals(List.of("0 0 3", "1 0 1", "0 0 6", "0 1 2", "1 0 4", "0 1 5", "0 0 9", "1 0 7", "0 1 8", "1 1 0"),
                r);
    }

    @Test
    void monoclinicP21cAbsences() {
        UnitCell jad = UnitCell.monoclinic(6.763493, 13.803014, 7.689354, 124.0869);
        List<String> l = labels(jad, CrystalSystem.MONOCLINIC, "P2_1/c", 2.0);
        assertFalse(l.contains("0 1 0"));
        assertTrue(l.contains("0 2 0"));
        assertFalse(l.contains("0 0 1"));
        assertTrue(l.contains("1 0 0"));
        assertFalse(l.contains("1 0 1"));
        assertFalse(l.contains("1 0 -1"));
        assertTrue(l.contains("1 0 -2"));
        assertTrue(l.contains("0 1 1"));
        assertTrue(l.contains("1 1 -1"));
    }

    @Test
    void anataseI41amd() {
        List<String> l = labels(UnitCell.tetragonal(3.7852, 9.5139), CrystalSystem.TETRAGONAL, "I4_1/amd", 1.6);
        // 2 0 2 is allowed by the space group; anatase lacks it only because Ti sits on 4a (2h+l = 4n).
        assertEquals(List.of("1 0 1", "1 0 3", "0 0 4", "1 1 2", "2 0 0", "2 0 2", "1 0 5", "2 1 1"), l);
    }

    @Test
    void explicitRulesAndSymbolErrors() {
        ReflectionConditions c = ReflectionConditions.of(Centring.P, List.of("00l: l=2n"));
        assertFalse(c.allows(new Hkl(0, 0, 3), CrystalSystem.HEXAGONAL));
        assertTrue(c.allows(new Hkl(0, 0, 4), CrystalSystem.HEXAGONAL));
        assertTrue(c.allows(new Hkl(1, 0, 3), CrystalSystem.HEXAGONAL));
        assertFalse(ReflectionRule.parse("h-hl: l=2n").allows(new Hkl(2, -2, 1)));
        assertTrue(ReflectionRule.parse("h-hl: l=2n").allows(new Hkl(2, 2, 1)));
        assertFalse(ReflectionRule.parse("hhl: 2h+l=4n").allows(new Hkl(1, 1, 0)));
        assertTrue(ReflectionRule.parse("hhl: 2h+l=4n").allows(new Hkl(1, 1, 2)));
        assertTrue(ReflectionRule.parse("0kl: -k+l=3n").allows(new Hkl(0, 1, 4)));

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ReflectionConditions.forSpaceGroup("Pa-3"));
        assertTrue(e.getMessage().contains("not in the table"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> ReflectionConditions.forSpaceGroup("Q2/m"));
        assertThrows(IllegalArgumentException.class, () -> ReflectionConditions.forSpaceGroup("P3_121"));
        assertThrows(IllegalArgumentException.class, () -> ReflectionRule.parse("00l l=2n"));
        assertThrows(IllegalArgumentException.class, () -> ReflectionRule.parse("0l: l=2n"));
        assertThrows(IllegalArgumentException.class, () -> ReflectionRule.parse("00l: l=2"));
        assertThrows(IllegalArgumentException.class, () -> ReflectionRule.parse("00l: x=2n"));
        assertEquals(Centring.R, ReflectionConditions.forSpaceGroup("R -3 m").centring());
        assertTrue(ReflectionConditions.forSpaceGroup("C2/m").rules().isEmpty());
    }

    @Test
    void dSpacingsOfAllSystemsAgainstClosedForms() {
        // Hexagonal: 1/d² = 4/3 (h²+hk+k²)/a² + l²/c².
        UnitCell hex = UnitCell.hexagonal(3.0, 5.0);
        assertEquals(1 / Math.sqrt(4.0 / 3 * 7 / 9 + 4.0 / 25), hex.dSpacing(new Hkl(2, 1, 2)), 1e-12);
        // Monoclinic b-unique: 1/d² = (h²/a² + k²sin²β/b² + l²/c² − 2hl cosβ/(ac)) / sin²β.
        double a = 6.76;
        double b = 13.8;
        double c = 7.69;
        double beta = Math.toRadians(124.09);
        UnitCell mono = UnitCell.monoclinic(a, b, c, 124.09);
        double s2 = Math.sin(beta) * Math.sin(beta);
        double q = (1.0 / (a * a) + 4 * s2 / (b * b) + 9 / (c * c) - 2 * 3 * Math.cos(beta) / (a * c)) / s2;
        assertEquals(1 / Math.sqrt(q), mono.dSpacing(new Hkl(1, 2, 3)), 1e-12);
        assertEquals(a * b * c * Math.sin(beta), mono.volume(), 1e-9);
        // Triclinic d(100) = V/(bc sinα).
        UnitCell tri = new UnitCell(5.1, 6.3, 7.2, 85.0, 95.5, 101.2);
        assertEquals(tri.volume() / (6.3 * 7.2 * Math.sin(Math.toRadians(85.0))), tri.dSpacing(new Hkl(1, 0, 0)), 1e-12);
        assertThrows(IllegalArgumentException.class, () -> new UnitCell(1, 1, 1, 60, 60, 170));
        assertThrows(IllegalArgumentException.class, () -> CrystalSystem.CUBIC.cellFrom(new double[] {4, 4, 5, 90, 90, 90}));
        assertEquals(UnitCell.hexagonal(3, 5), CrystalSystem.HEXAGONAL.cellFrom(new double[] {3, 3, 5, 90, 90, 120}));
    }
}
