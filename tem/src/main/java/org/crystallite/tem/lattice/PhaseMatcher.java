package org.crystallite.tem.lattice;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Matches measured d-spacings to the allowed reflections of a phase within a relative tolerance. */
public final class PhaseMatcher {

    private static final double SAME_D = 1e-9;

    private final double relativeTolerance;

    /** @param relativeTolerance largest |d_measured/d_calc − 1| (e.g. 0.02) */
    public PhaseMatcher(double relativeTolerance) {
        if (!(relativeTolerance > 0 && relativeTolerance < 0.5)) {
            throw new IllegalArgumentException("relative tolerance must lie in (0, 0.5): " + relativeTolerance);
        }
        this.relativeTolerance = relativeTolerance;
    }

    /** The families of {@code phase} with d within tolerance of {@code dNm}, best first. */
    public List<HklMatch> match(double dNm, Phase phase) {
        if (!(dNm > 0) || Double.isInfinite(dNm)) {
            throw new IllegalArgumentException("d must be positive and finite: " + dNm);
        }
        double dMinAng = 10 * dNm * (1 - relativeTolerance);
        // |h| = |g·a| ≤ |g|·a = a/d, and likewise for k and l.
        int hMax = (int) Math.floor(phase.aAng() / dMinAng);
        int kMax = (int) Math.floor(phase.bAng() / dMinAng);
        int lMax = (int) Math.floor(phase.cAng() / dMinAng);
        List<double[]> found = new ArrayList<>();
        for (int h = -hMax; h <= hMax; h++) {
            for (int k = -kMax; k <= kMax; k++) {
                for (int l = -lMax; l <= lMax; l++) {
                    if (!isCanonical(h, k, l) || !phase.allows(h, k, l)) {
                        continue;
                    }
                    double dCalcNm = phase.dAng(h, k, l) / 10;
                    double rel = dNm / dCalcNm - 1;
                    if (Math.abs(rel) <= relativeTolerance) {
                        found.add(new double[] {dCalcNm, rel, h, k, l});
                    }
                }
            }
        }
        found.sort(Comparator.comparingDouble((double[] f) -> Math.abs(f[1]))
                .thenComparing((double[] f) -> -f[2]).thenComparing((double[] f) -> -f[3])
                .thenComparing((double[] f) -> -f[4]));
        List<HklMatch> matches = new ArrayList<>();
        List<List<int[]>> groups = new ArrayList<>();
        for (double[] f : found) {
            int[] hkl = {(int) f[2], (int) f[3], (int) f[4]};
            int at = -1;
            for (int i = 0; i < matches.size(); i++) {
                if (Math.abs(matches.get(i).dCalcNm() - f[0]) <= SAME_D * f[0]) {
                    at = i;
                }
            }
            if (at < 0) {
                List<int[]> group = new ArrayList<>();
                group.add(hkl);
                groups.add(group);
                matches.add(new HklMatch(phase.name(), f[0], f[1], group));
            } else {
                groups.get(at).add(hkl);
            }
        }
        List<HklMatch> out = new ArrayList<>();
        for (int i = 0; i < matches.size(); i++) {
            out.add(new HklMatch(phase.name(), matches.get(i).dCalcNm(), matches.get(i).relativeError(), groups.get(i)));
        }
        return out;
    }

    /**
     * Zone axes of {@code phase} that explain a measured basis: a reflection of the d1 family (its
     * representative) and one of the d2 family at {@code gammaDeg} ± {@code angleToleranceDeg}
     * (the measured angle is at most 90°, so the sign of hkl2 is chosen to make the calculated
     * angle acute). One match per distinct [uvw], best angle first.
     */
    public List<ZoneAxisMatch> zoneAxes(double d1Nm, double d2Nm, double gammaDeg, Phase phase,
            double angleToleranceDeg) {
        if (!(angleToleranceDeg > 0) || !(gammaDeg >= 0 && gammaDeg <= 180)) {
            throw new IllegalArgumentException("angle " + gammaDeg + "° and tolerance " + angleToleranceDeg
                    + "° must be in range (tolerance > 0)");
        }
        List<ZoneAxisMatch> out = new ArrayList<>();
        for (HklMatch f1 : match(d1Nm, phase)) {
            int[] h1 = f1.hkl().get(0);
            for (HklMatch f2 : match(d2Nm, phase)) {
                for (int[] member : f2.hkl()) {
                    if (java.util.Arrays.equals(member, h1)) {
                        continue;
                    }
                    double angle = phase.angleBetweenDeg(h1, member);
                    int[] h2 = member;
                    if (angle > 90) {
                        h2 = new int[] {-member[0], -member[1], -member[2]};
                        angle = 180 - angle;
                    }
                    if (Math.abs(angle - gammaDeg) > angleToleranceDeg || angle < 1e-6) {
                        continue;
                    }
                    int[] uvw = reduced(cross(h1, h2));
                    boolean seen = out.stream().anyMatch(z -> java.util.Arrays.equals(z.uvw(), uvw));
                    if (!seen) {
                        out.add(new ZoneAxisMatch(phase.name(), h1, h2, uvw, angle));
                    }
                }
            }
        }
        out.sort(Comparator.comparingDouble(z -> Math.abs(z.angleCalcDeg() - gammaDeg)));
        return out;
    }

    private static int[] cross(int[] a, int[] b) {
        return new int[] {a[1] * b[2] - a[2] * b[1], a[2] * b[0] - a[0] * b[2], a[0] * b[1] - a[1] * b[0]};
    }

    /** Divided by the greatest common divisor of its components. */
    private static int[] reduced(int[] v) {
        int g = 0;
        for (int x : v) {
            g = gcd(g, Math.abs(x));
        }
        return g <= 1 ? v : new int[] {v[0] / g, v[1] / g, v[2] / g};
    }

    private static int gcd(int a, int b) {
        return b == 0 ? a : gcd(b, a % b);
    }

    /** One of hkl and −h−k−l: the first non-zero index positive. */
    private static boolean isCanonical(int h, int k, int l) {
        if (h != 0) {
            return h > 0;
        }
        if (k != 0) {
            return k > 0;
        }
        return l > 0;
    }
}
