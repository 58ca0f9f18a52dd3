package org.crystallite.xrd.radiation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import org.crystallite.spectrum.MetadataKeys;
import org.junit.jupiter.api.Test;

class WavelengthsTest {

    /** hc in eV·Å (CODATA 2018, exact h and c, e). */
    private static final double HC_EV_ANGSTROM = 12398.419843320026;

    @Test
    void copperDoubletUsesTheCitedTable() {
        Radiation cu = Wavelengths.parse("Cu");
        assertEquals(1.5405929, cu.kAlpha1Angstrom(), 0);
        assertEquals(1.5444274, cu.kAlpha2Angstrom().getAsDouble(), 0);
        assertEquals(0.5, cu.kAlpha2Ratio(), 0);
        assertEquals(1.3922340, cu.kBetaAngstrom().getAsDouble(), 0);
        assertTrue(cu.isDoublet());
        assertEquals(cu, Wavelengths.parse("CuKa"));
        assertEquals(cu, Wavelengths.parse(" cuKα "));
    }

    @Test
    void tableAgreesWithHoelzerEnergies() {
        // Hölzer et al., Phys. Rev. A 56, 4554 (1997), Table: Kα1 / Kα2 peak energies in eV.
        Object[][] energies = {
            {"Cr", 5414.8045, 5405.5384}, {"Fe", 6404.0062, 6391.0264},
            {"Co", 6930.378, 6915.533}, {"Cu", 8047.8227, 8027.8416},
        };
        for (Object[] e : energies) {
            Radiation r = Wavelengths.anode((String) e[0]).orElseThrow();
            double ka1Ev = HC_EV_ANGSTROM / r.kAlpha1Angstrom();
            double ka2Ev = HC_EV_ANGSTROM / r.kAlpha2Angstrom().getAsDouble();
            assertEquals((double) e[1], ka1Ev, (double) e[1] * 2e-6, e[0] + " Kα1");
            assertEquals((double) e[2], ka2Ev, (double) e[2] * 2e-6, e[0] + " Kα2");
        }
    }

    @Test
    void everyAnodeIsPhysicallyOrdered() {
        assertEquals(java.util.List.of("Cr", "Fe", "Co", "Cu", "Mo", "Ag"), Wavelengths.anodeNames());
        double previous = Double.MAX_VALUE;
        for (String a : Wavelengths.anodeNames()) {
            Radiation r = Wavelengths.anode(a).orElseThrow();
            // Kβ (3p→1s) is more energetic than Kα2 (2p1/2→1s), which is less energetic than Kα1.
            assertTrue(r.kBetaAngstrom().getAsDouble() < r.kAlpha1Angstrom(), a);
            assertTrue(r.kAlpha2Angstrom().getAsDouble() > r.kAlpha1Angstrom(), a);
            // Moseley: heavier anode (Cr < Fe < Co < Cu < Mo < Ag) → shorter wavelength.
            assertTrue(r.kAlpha1Angstrom() < previous, a);
            previous = r.kAlpha1Angstrom();
        }
    }

    @Test
    void singleLinesAndNumbers() {
        Radiation ka1 = Wavelengths.parse("CuKa1");
        assertFalse(ka1.isDoublet());
        assertEquals(1.5405929, ka1.kAlpha1Angstrom(), 0);
        assertEquals(0.70931715, Wavelengths.parse("MoKa1").kAlpha1Angstrom(), 0);
        assertEquals(0.563813, Wavelengths.parse("agka2").kAlpha1Angstrom(), 0);
        assertEquals(1.7566040, Wavelengths.parse("FeKb").kAlpha1Angstrom(), 0);
        Radiation synchrotron = Wavelengths.parse("0.413128");
        assertEquals(0.413128, synchrotron.kAlpha1Angstrom(), 0);
        assertFalse(synchrotron.isDoublet());
        assertEquals(1.5406, Wavelengths.parse("1.5406").kAlpha1Angstrom(), 0);
    }

    @Test
    void unknownNamesListTheValidOnes() {
        for (String bad : new String[] {"Xx", "CuKc", "W", "", "-1", "1e9", "Cu Kalpha3"}) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Wavelengths.parse(bad), bad);
            assertTrue(e.getMessage().contains("Cu") && e.getMessage().contains("Mo") && e.getMessage().contains("1.5406"),
                    e.getMessage());
        }
    }

    @Test
    void metadataCarriesTheDoubletOnlyWhenThereIsOne() {
        Map<String, String> doublet = Wavelengths.parse("Co").metadata();
        assertEquals("1.788996", doublet.get(MetadataKeys.WAVELENGTH_ANGSTROM));
        assertEquals("1.792835", doublet.get(MetadataKeys.WAVELENGTH2_ANGSTROM));
        assertEquals("0.5", doublet.get(MetadataKeys.WAVELENGTH_RATIO));
        Map<String, String> mono = Wavelengths.parse("0.5").metadata();
        assertEquals(Map.of(MetadataKeys.WAVELENGTH_ANGSTROM, "0.5"), mono);
    }

    @Test
    void radiationRejectsNonsense() {
        assertThrows(IllegalArgumentException.class, () -> Radiation.monochromatic("x", 0));
        assertThrows(IllegalArgumentException.class, () -> Radiation.monochromatic("x", Double.NaN));
        assertThrows(IllegalArgumentException.class, () -> Radiation.doublet("x", 1.54, -1, 0.5));
        assertThrows(IllegalArgumentException.class, () -> Radiation.doublet("x", 1.54, 1.544, -0.5));
    }
}
