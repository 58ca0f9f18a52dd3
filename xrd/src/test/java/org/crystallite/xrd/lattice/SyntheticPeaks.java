package org.crystallite.xrd.lattice;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** Peak lists made from a known cell and shift, with optional seeded Gaussian noise on 2θ. */
final class SyntheticPeaks {

    private SyntheticPeaks() {
    }

    static List<ObservedReflection> of(UnitCell cell, CrystalSystem system, ReflectionConditions conditions,
                                       double lambda, double minTwoTheta, double maxTwoTheta, ShiftModel shift,
                                       double[] shiftValues, double sigmaDeg, Random rnd) {
        List<ObservedReflection> out = new ArrayList<>();
        double dMin = Bragg.dSpacing(maxTwoTheta, lambda);
        for (Reflection r : ReflectionList.generate(cell, system, conditions, dMin)) {
            double twoTheta = Bragg.twoThetaDeg(r.dAngstrom(), lambda).orElseThrow();
            if (twoTheta < minTwoTheta) {
                continue;
            }
            double theta = Math.toRadians(twoTheta / 2);
            double obs = twoTheta + shift.shiftDeg(theta, shiftValues) + (rnd != null ? sigmaDeg * rnd.nextGaussian() : 0);
            out.add(new ObservedReflection(obs, sigmaDeg));
        }
        return out;
    }

    static List<ObservedReflection> exact(UnitCell cell, CrystalSystem system, ReflectionConditions conditions,
                                          double lambda, double minTwoTheta, double maxTwoTheta) {
        return of(cell, system, conditions, lambda, minTwoTheta, maxTwoTheta, ShiftModel.NONE, new double[0], 0.002,
                null);
    }
}
