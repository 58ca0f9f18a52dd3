package org.crystallite.spectrum.ops;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.crystallite.spectrum.AxisQuantity;
import org.crystallite.spectrum.MetadataKeys;
import org.crystallite.spectrum.Spectrum;
import org.junit.jupiter.api.Test;

class AxisConversionTest {

    private static final double CU_KA1 = 1.5405929;

    @Test
    void codataConstantGivesTheEstablishedEnergyToWavenumberFactor() {
        // ħ²/2mₑ = 3.80998212 eV Å² (CODATA 2018; e.g. Larch and Athena use 3.8099821).
        assertEquals(3.80998212, AxisConversion.HBAR2_OVER_2ME_EV_A2, 1e-8);
    }

    @Test
    void twoThetaToDFollowsBraggAndReturnsIncreasingD() {
        double a = 4.1569;
        double tth100 = 2 * Math.toDegrees(Math.asin(CU_KA1 / (2 * a)));
        double tth110 = 2 * Math.toDegrees(Math.asin(CU_KA1 / (2 * a / Math.sqrt(2))));
        assertEquals(21.36, tth100, 0.01); // LaB6 (100) with Cu Kα1
        Spectrum s = Spectrum.of(new double[] {0, tth100, tth110}, new double[] {1, 2, 3}, new double[] {0.1, 0.2, 0.3},
                AxisQuantity.TWO_THETA, AxisQuantity.INTENSITY);
        Spectrum d = AxisConversion.twoThetaToD(s, CU_KA1);
        assertEquals(AxisQuantity.D_SPACING, d.xQuantity());
        assertEquals(2, d.size());
        assertEquals(a / Math.sqrt(2), d.x(0), 1e-9);
        assertEquals(a, d.x(1), 1e-9);
        assertArrayEquals(new double[] {3, 2}, d.y(), 0);
        assertArrayEquals(new double[] {0.3, 0.2}, d.sigma().orElseThrow(), 0);
        assertEquals(1, d.provenance().get(0).parameters().get("droppedPoints"));
        assertEquals(true, d.provenance().get(0).parameters().get("reversed"));
        Spectrum back = AxisConversion.dToTwoTheta(d, CU_KA1);
        assertArrayEquals(new double[] {tth100, tth110}, back.x(), 1e-10);
        Spectrum q = AxisConversion.twoThetaToQ(s, CU_KA1);
        assertEquals(3, q.size());
        assertEquals(0, q.x(0), 0);
        assertEquals(2 * Math.PI / a, q.x(1), 1e-9);
        assertArrayEquals(AxisConversion.dToQ(d).x(), new double[] {q.x(1), q.x(2)}, 1e-12);
        assertArrayEquals(AxisConversion.qToTwoTheta(q, CU_KA1).x(), s.x(), 1e-10);
        assertEquals(a, AxisConversion.qToD(q).x(1), 1e-9);
    }

    @Test
    void wavelengthCanComeFromMetadataButMustBeThere() {
        Spectrum s = Spectrum.of(new double[] {20, 30}, new double[] {1, 2}, AxisQuantity.TWO_THETA,
                AxisQuantity.INTENSITY);
        assertThrows(IllegalArgumentException.class, () -> AxisConversion.twoThetaToD(s));
        Spectrum withLambda = s.withMetadata(MetadataKeys.WAVELENGTH_ANGSTROM, "1.5405929");
        assertArrayEquals(AxisConversion.twoThetaToD(s, CU_KA1).x(), AxisConversion.twoThetaToD(withLambda).x(), 0);
    }

    @Test
    void kineticAndBindingEnergyAreMirrorImages() {
        Spectrum ke = Spectrum.of(new double[] {1200, 1201, 1202}, new double[] {5, 6, 7}, AxisQuantity.KINETIC_ENERGY,
                AxisQuantity.INTENSITY);
        Spectrum be = AxisConversion.kineticToBinding(ke, 1486.6, 4.5);
        assertArrayEquals(new double[] {280.1, 281.1, 282.1}, be.x(), 1e-9);
        assertArrayEquals(new double[] {7, 6, 5}, be.y(), 0);
        assertTrue(be.isStrictlyIncreasing());
        Spectrum again = AxisConversion.bindingToKinetic(be, 1486.6, 4.5);
        assertArrayEquals(ke.x(), again.x(), 1e-9);
        assertArrayEquals(ke.y(), again.y(), 0);
        assertEquals(286.6, AxisConversion.kineticToBinding(ke, 1486.6).x(2), 1e-9);
    }

    @Test
    void energyToKDropsThePreEdgeAndInverts() {
        double e0 = 8979;
        Spectrum mu = Spectrum.of(new double[] {8950, 8979, 9079, 9379}, new double[] {0.1, 0.5, 1.1, 1.0},
                AxisQuantity.PHOTON_ENERGY, AxisQuantity.ABSORBANCE);
        Spectrum k = AxisConversion.energyToK(mu, e0);
        assertEquals(AxisQuantity.K, k.xQuantity());
        assertEquals(3, k.size());
        assertEquals(0, k.x(0), 0);
        assertEquals(5.123167, k.x(1), 1e-6); // sqrt(100 / 3.80998212)
        assertEquals(1, k.provenance().get(0).parameters().get("droppedPoints"));
        assertArrayEquals(new double[] {8979, 9079, 9379}, AxisConversion.kToEnergy(k, e0).x(), 1e-9);
    }

    @Test
    void refusesTheWrongInputQuantityAndAllUndefinedPoints() {
        Spectrum be = Spectrum.of(new double[] {1, 2}, new double[] {1, 2}, AxisQuantity.BINDING_ENERGY,
                AxisQuantity.INTENSITY);
        assertThrows(IllegalArgumentException.class, () -> AxisConversion.twoThetaToD(be, CU_KA1));
        Spectrum negative = Spectrum.of(new double[] {-2, -1}, new double[] {1, 2}, AxisQuantity.TWO_THETA,
                AxisQuantity.INTENSITY);
        assertThrows(IllegalArgumentException.class, () -> AxisConversion.twoThetaToD(negative, CU_KA1));
        assertThrows(IllegalArgumentException.class, () -> AxisConversion.twoThetaToD(negative, -1));
    }
}
