package org.crystallite.tem.radial;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.crystallite.tem.lattice.HklMatch;
import org.crystallite.tem.lattice.Phase;
import org.crystallite.tem.lattice.PhaseMatcher;

/**
 * Finds the camera constant K (px·nm) from the rings of a standard of known lattice (Au, Al, Pt …),
 * without knowing the scale beforehand: every pairing of a measured ring with a reflection family of
 * the standard proposes K = R·d; the proposal under which most rings fall within the tolerance of a
 * family wins (ties: the smaller mean relative error, then the larger K, since K/n indexes the rings
 * of a centred cubic standard as n·hkl equally well), and K is then the weighted mean of R_i·d_i
 * over the matched rings (weights 1/σ², σ(R·d) = d·σ_R). Its σ is the larger of the propagated error
 * and the scatter of the individual R_i·d_i (Birge ratio), so an imperfect ring does not hide.
 */
public final class CameraCalibrator {

    private final double tolerance;

    /** @param tolerance relative d tolerance for a ring to count as a reflection of the standard */
    public CameraCalibrator(double tolerance) {
        if (!(tolerance > 0 && tolerance < 0.5)) {
            throw new IllegalArgumentException("tolerance must lie in (0, 0.5): " + tolerance);
        }
        this.tolerance = tolerance;
    }

    /**
     * The camera constant from {@code analysis} (rings in any unit; their pixel radii are used).
     *
     * @throws IllegalStateException naming the pattern when fewer than two rings match the standard
     */
    public CameraCalibration calibrate(RingAnalysis analysis, Phase standard) {
        List<Ring> rings = analysis.rings();
        String file = analysis.source();
        if (rings.size() < 2) {
            throw new IllegalStateException(file + ": " + rings.size() + " ring(s) found; a camera constant needs at "
                    + "least two rings of the standard " + standard.name());
        }
        double rMin = rings.stream().mapToDouble(Ring::radiusPx).min().orElseThrow();
        double rMax = rings.stream().mapToDouble(Ring::radiusPx).max().orElseThrow();
        double[] families = families(standard, rMax / rMin);
        PhaseMatcher matcher = new PhaseMatcher(tolerance);
        double bestK = Double.NaN;
        int bestCount = 0;
        double bestError = Double.POSITIVE_INFINITY;
        for (Ring r : rings) {
            for (double d : families) {
                double k = r.radiusPx() * d;
                int count = 0;
                double error = 0;
                for (Ring o : rings) {
                    double nearest = nearestRelativeError(k / o.radiusPx(), families);
                    if (Math.abs(nearest) <= tolerance) {
                        count++;
                        error += Math.abs(nearest);
                    }
                }
                error /= Math.max(1, count);
                // K/n indexes every ring of a centred cubic standard as n·hkl just as well, with the same
                // errors: among equally good proposals the largest K (lowest orders) is the physical one.
                boolean better = count > bestCount || (count == bestCount && (error < bestError - 1e-6
                        || (Math.abs(error - bestError) <= 1e-6 && k > bestK)));
                if (better) {
                    bestK = k;
                    bestCount = count;
                    bestError = error;
                }
            }
        }
        if (bestCount < 2) {
            throw new IllegalStateException(String.format(Locale.ROOT,
                    "%s: no scale makes two or more of the %d rings reflections of %s within ±%.3g %%", file,
                    rings.size(), standard.name(), 100 * tolerance));
        }
        List<String> hkl = new ArrayList<>();
        List<Double> dNm = new ArrayList<>();
        List<Double> radii = new ArrayList<>();
        double sw = 0;
        double swk = 0;
        List<double[]> terms = new ArrayList<>();
        for (Ring o : rings) {
            List<HklMatch> m = matcher.match(bestK / o.radiusPx(), standard);
            if (m.isEmpty()) {
                continue;
            }
            double d = m.get(0).dCalcNm();
            double k = o.radiusPx() * d;
            double sigma = d * o.radiusPxSigma();
            double w = sigma > 0 && Double.isFinite(sigma) ? 1 / (sigma * sigma) : 1;
            sw += w;
            swk += w * k;
            terms.add(new double[] {k, w});
            hkl.add(RingAnalyzer.familyLabel(m.get(0)));
            dNm.add(d);
            radii.add(o.radiusPx());
        }
        double k = swk / sw;
        double chi2 = 0;
        for (double[] t : terms) {
            chi2 += t[1] * (t[0] - k) * (t[0] - k);
        }
        double internal = Math.sqrt(1 / sw);
        double birge = terms.size() > 1 ? Math.sqrt(chi2 / (terms.size() - 1)) : 1;
        double sigma = internal * Math.max(1, birge);
        EllipseGeometry g = analysis.geometry().geometry();
        return new CameraCalibration(k, sigma, standard.name(), hkl, dNm, radii, file, g.ratio(),
                g.majorAxisAngleDeg());
    }

    /** (d − d_family)/d_family of the family nearest to d (families sorted by decreasing d). */
    private static double nearestRelativeError(double d, double[] families) {
        double best = Double.POSITIVE_INFINITY;
        for (double f : families) {
            double rel = d / f - 1;
            if (Math.abs(rel) < Math.abs(best)) {
                best = rel;
            }
        }
        return best;
    }

    /** Distinct spacings (nm) of the allowed reflections, largest first, down to d_max/(2.5 × radius spread). */
    private static double[] families(Phase phase, double radiusSpread) {
        int n = (int) Math.min(12, Math.ceil(4 * radiusSpread) + 2);
        List<Double> d = new ArrayList<>();
        for (int h = -n; h <= n; h++) {
            for (int k = -n; k <= n; k++) {
                for (int l = -n; l <= n; l++) {
                    if (phase.allows(h, k, l)) {
                        d.add(phase.dAng(h, k, l) / 10);
                    }
                }
            }
        }
        double[] sorted = d.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        double dMax = sorted[sorted.length - 1];
        double dMin = dMax / (2.5 * radiusSpread);
        List<Double> distinct = new ArrayList<>();
        for (int i = sorted.length - 1; i >= 0 && sorted[i] >= dMin; i--) {
            double v = sorted[i];
            if (distinct.isEmpty() || Math.abs(distinct.get(distinct.size() - 1) - v) > 1e-9 * v) {
                distinct.add(v);
            }
        }
        return distinct.stream().mapToDouble(Double::doubleValue).toArray();
    }
}
