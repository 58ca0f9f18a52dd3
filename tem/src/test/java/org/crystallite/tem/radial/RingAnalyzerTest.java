package org.crystallite.tem.radial;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.crystallite.tem.lattice.Phase;
import org.crystallite.tem.lattice.PhaseLibrary;
import org.junit.jupiter.api.Test;

class RingAnalyzerTest {

    private static final Phase AU = PhaseLibrary.find("au").orElseThrow();

    @Test
    void auRingsWithEllipticityBeamStopAndNoise() {
        SyntheticRings.Pattern p = SyntheticRings.fcc(AU, 611, 547, 318.37, 262.81, 1.02, Math.toRadians(25),
                0.04, 120, 1.5, true, 11);
        RingAnalyzer analyzer = new RingAnalyzer(RadialOptions.defaults().withMaskBelow(8));
        RingAnalysis a = analyzer.index(analyzer.diffraction(p.calibrated("au.tif"), null,
                RingAnalyzer.fileScale(p.calibrated("au.tif")).orElseThrow(), 0, null), List.of(AU));
        GeometryFit g = a.geometry();
        System.out.println(g + "\n" + a.warnings());
        for (Ring r : a.rings()) {
            System.out.printf("%.5f ± %.5f  %s%n", r.dNm(), r.dNmSigma(), r.match().map(m -> m.label() + " "
                    + m.dCalcNm()).orElse("-"));
        }
        assertEquals(p.centreX(), g.geometry().centreX(), 0.2);
        assertEquals(p.centreY(), g.geometry().centreY(), 0.2);
        assertEquals(0.02, g.geometry().ellipticity(), 0.002);
        assertEquals(-25, g.geometry().majorAxisAngleDeg(), 2);
        assertTrue(a.rings().size() >= 5, "rings: " + a.rings().size());
    }
}
