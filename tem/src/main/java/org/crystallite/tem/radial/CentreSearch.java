package org.crystallite.tem.radial;

/**
 * A start centre from the rings themselves, for when {@link CentreEstimator}'s brightest region is
 * partly masked (a holder across the direct beam) and its centroid is off by more than a ring width, so
 * that the rings smear out of the first profile. About the true centre every ring is as narrow as it
 * gets, so the profile is sharpest there: the search maximises the mean squared second difference of
 * the circular, pixel-binned profile. Far from the centre every ring is smeared and that measure is
 * flat, so the search starts on a 9 × 9 grid 4 px apart (±16 px: one of its points lies within 3 px
 * of the centre, close enough for the rings to stand out); then a 5 × 5 grid 1 px apart moves to its
 * best point until its middle is best (at most {@value #MAX_MOVES} moves). Only bins holding at least
 * 10 % of their whole annulus count (as in {@link RingFinder}), so that the few pixels at the edge of
 * a mask add no noise. The result is only a start for {@link EllipseRefiner}.
 */
final class CentreSearch {

    private static final int MAX_MOVES = 10;
    private static final int COARSE_HALF_STEPS = 4;
    private static final double COARSE_STEP_PX = 4;
    private static final int FINE_HALF_STEPS = 2;
    private static final double FINE_STEP_PX = 1;

    private CentreSearch() {
    }

    /** The sharpest centre (x, y) in pixels near {@code start}, profiles from {@code minRadiusPx} outwards. */
    static double[] sharpest(float[] values, int width, int height, PixelMask mask, double[] start,
            double minRadiusPx) {
        double[] c = bestOnGrid(values, width, height, mask, start, COARSE_HALF_STEPS, COARSE_STEP_PX, minRadiusPx);
        for (int move = 0; move < MAX_MOVES; move++) {
            double[] best = bestOnGrid(values, width, height, mask, c, FINE_HALF_STEPS, FINE_STEP_PX, minRadiusPx);
            if (best[0] == c[0] && best[1] == c[1]) {
                break;
            }
            c = best;
        }
        return c;
    }

    /** The sharpest of the (2n+1)² centres {@code step} apart about {@code about}; {@code about} itself on ties. */
    private static double[] bestOnGrid(float[] values, int width, int height, PixelMask mask, double[] about,
            int n, double step, double minRadiusPx) {
        double[] best = about;
        double bestSharpness = Double.NEGATIVE_INFINITY;
        for (int j = -n; j <= n; j++) {
            for (int i = -n; i <= n; i++) {
                double[] c = {about[0] + i * step, about[1] + j * step};
                double s = sharpness(values, width, height, mask, c, minRadiusPx);
                if (s > bestSharpness || (s == bestSharpness && i == 0 && j == 0)) {
                    bestSharpness = s;
                    best = c;
                }
            }
        }
        return best;
    }

    /** Mean of (I[k−1] − 2I[k] + I[k+1])² over the well-filled bins beyond {@code minRadiusPx}. */
    private static double sharpness(float[] values, int width, int height, PixelMask mask, double[] centre,
            double minRadiusPx) {
        RadialProfile p = AzimuthalIntegrator.integrate(values, width, height, PatternScale.pixels(),
                EllipseGeometry.circle(centre[0], centre[1]), mask, 1, 1);
        double[] v = p.intensity();
        double[] pixels = p.pixels();
        boolean[] filled = new boolean[v.length];
        for (int k = 0; k < v.length; k++) {
            filled[k] = Double.isFinite(v[k]) && pixels[k] >= 0.1 * 2 * Math.PI * k;
        }
        double sum = 0;
        int count = 0;
        for (int k = Math.max(1, (int) Math.ceil(minRadiusPx)); k + 1 < v.length; k++) {
            if (filled[k - 1] && filled[k] && filled[k + 1]) {
                double d2 = v[k - 1] - 2 * v[k] + v[k + 1];
                sum += d2 * d2;
                count++;
            }
        }
        return count == 0 ? Double.NEGATIVE_INFINITY : sum / count;
    }
}
