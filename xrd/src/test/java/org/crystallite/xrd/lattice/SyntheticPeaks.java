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
        return withNoise(positions(cell, system, conditions, lambda, minTwoTheta, maxTwoTheta, shift, shiftValues),
                sigmaDeg, rnd);
    }

    /**
     * The noise-free observed 2θ (Bragg angle plus shift) of every allowed reflection in the range, in decreasing
     * d: computed once, it serves any number of noisy replicas through {@link #withNoise}.
     */
    static double[] positions(UnitCell cell, CrystalSystem system, ReflectionConditions conditions, double lambda,
                              double minTwoTheta, double maxTwoTheta, ShiftModel shift, double[] shiftValues) {
        List<Double> out = new ArrayList<>();
        double dMin = Bragg.dSpacing(maxTwoTheta, lambda);
        for (Reflection r : ReflectionList.generate(cell, system, conditions, dMin)) {
            double twoTheta = Bragg.twoThetaDeg(r.dAngstrom(), lambda).orElseThrow();
            if (twoTheta < minTwoTheta) {
                continue;
            }
            double theta = Math.toRadians(twoTheta / 2);
            out.add(twoTheta + shift.shiftDeg(theta, shiftValues));
        }
        return out.stream().mapToDouble(Double::doubleValue).toArray();
    }

    /** Peaks at the given positions plus σ·N(0, 1) from {@code rnd}, one draw per peak in order (none when null). */
    static List<ObservedReflection> withNoise(double[] positions, double sigmaDeg, Random rnd) {
        List<ObservedReflection> out = new ArrayList<>(positions.length);
        for (double p : positions) {
            out.add(new ObservedReflection(p + (rnd != null ? sigmaDeg * rnd.nextGaussian() : 0), sigmaDeg));
        }
        return out;
    }

    static List<ObservedReflection> exact(UnitCell cell, CrystalSystem system, ReflectionConditions conditions,
                                          double lambda, double minTwoTheta, double maxTwoTheta) {
        return of(cell, system, conditions, lambda, minTwoTheta, maxTwoTheta, ShiftModel.NONE, new double[0], 0.002,
                null);
    }
}
