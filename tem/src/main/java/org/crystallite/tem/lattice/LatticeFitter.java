package org.crystallite.tem.lattice;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Fits a two-dimensional reciprocal lattice to detected spots (one fitter per tolerance; stateless
 * otherwise).
 *
 * <ol>
 * <li>Friedel pairs are merged into one reflection each, g = (g₊ − g₋)/2.</li>
 * <li>Basis: among the {@value #BASIS_CANDIDATES} shortest reflections with at least
 * {@value #BASIS_MIN_RELATIVE_SNR} of the strongest reflection's SNR, every non-parallel pair is
 * Lagrange-reduced (shortest basis of the lattice it spans) and scored by the summed SNR of the
 * reflections it indexes; the highest score wins (ties: the coarser lattice).</li>
 * <li>Indexing: fractional indices B⁻¹g within {@value #INDEX_TOLERANCE} of integers and the
 * reflection within the index tolerance of h·g1 + k·g2 (scaled by max(|h|,|k|) while the basis is
 * only that of two measured reflections).</li>
 * <li>Weighted least squares of the four basis components on all indexed reflections (gx and gy are
 * linear in g1, g2 with the integer indices as design matrix; weights = SNR, since the variance of a
 * spectral peak position falls as 1/SNR, Rife &amp; Boorstyn, IEEE Trans. Inf. Theory 20 (1974) 591), then re-indexing with the fitted basis and
 * the plain tolerance until the indexed set no longer changes, and error propagation to d1, d2, γ.</li>
 * </ol>
 */
public final class LatticeFitter {

    static final int BASIS_CANDIDATES = 8;
    /** Basis reflections must have at least this fraction of the strongest reflection's SNR. */
    static final double BASIS_MIN_RELATIVE_SNR = 0.05;
    static final double INDEX_TOLERANCE = 0.2;
    private static final double MIN_BASIS_ANGLE_DEG = 15;
    private static final int MAX_REINDEX = 10;

    private final double toleranceInvNm;

    /**
     * @param toleranceInvNm largest distance (1/nm) between a reflection and its lattice point; about
     *                       one or two spectrum pixels (spots off the lattice by more are left unindexed)
     */
    public LatticeFitter(double toleranceInvNm) {
        if (!(toleranceInvNm > 0) || Double.isInfinite(toleranceInvNm)) {
            throw new IllegalArgumentException("index tolerance must be positive and finite: " + toleranceInvNm);
        }
        this.toleranceInvNm = toleranceInvNm;
    }

    /**
     * The lattice of {@code spots} (as from {@link SpotDetector}; every spot's mate index must be valid),
     * or empty when fewer than two non-parallel reflections are present.
     */
    public Optional<LatticeFit> fit(List<Spot> spots) {
        List<double[]> reflections = mergeFriedelPairs(spots);
        if (reflections.size() < 2) {
            return Optional.empty();
        }
        reflections.sort(Comparator.comparingDouble(r -> Math.hypot(r[0], r[1])));
        // Basis candidates: the shortest reflections among the strong ones. Weak maxima (scan streaks,
        // noise) must not define a finer lattice that would index them together with the true one.
        double strongest = reflections.stream().mapToDouble(r -> r[2]).max().orElse(0);
        List<double[]> strong = reflections.stream().filter(r -> r[2] >= BASIS_MIN_RELATIVE_SNR * strongest)
                .limit(BASIS_CANDIDATES).toList();
        int m = strong.size();
        List<double[][]> bases = new ArrayList<>();
        List<Double> scores = new ArrayList<>();
        double bestScore = 0;
        for (int a = 0; a < m; a++) {
            for (int b = a + 1; b < m; b++) {
                double[] ga = strong.get(a);
                double[] gb = strong.get(b);
                double sin = Math.abs(cross(ga, gb)) / (Math.hypot(ga[0], ga[1]) * Math.hypot(gb[0], gb[1]));
                if (sin < Math.sin(Math.toRadians(MIN_BASIS_ANGLE_DEG))) {
                    continue;
                }
                double[][] basis = reduce(ga, gb);
                double score = 0;
                for (double[] r : reflections) {
                    double[] f = fractional(basis, r);
                    double dh = f[0] - Math.rint(f[0]);
                    double dk = f[1] - Math.rint(f[1]);
                    double scale = Math.max(1, Math.max(Math.abs(Math.rint(f[0])), Math.abs(Math.rint(f[1]))));
                    if (Math.abs(dh) <= INDEX_TOLERANCE && Math.abs(dk) <= INDEX_TOLERANCE
                            && distance(basis, r, Math.rint(f[0]), Math.rint(f[1])) <= toleranceInvNm * scale) {
                        score += r[2];
                    }
                }
                bases.add(basis);
                scores.add(score);
                bestScore = Math.max(bestScore, score);
            }
        }
        double[][] best = null;
        double bestArea = 0;
        for (int i = 0; i < bases.size(); i++) {
            double area = Math.abs(cross(bases.get(i)[0], bases.get(i)[1]));
            boolean tie = scores.get(i) >= bestScore * (1 - 1e-12);
            if (tie && area > bestArea * (1 + 1e-6)) {
                best = bases.get(i);
                bestArea = area;
            }
        }
        if (best == null) {
            return Optional.empty();
        }
        LatticeFit fit = leastSquares(best, reflections, Double.POSITIVE_INFINITY);
        if (fit == null) {
            return Optional.empty();
        }
        for (int iter = 0; iter < MAX_REINDEX; iter++) {
            double[][] basis = {{fit.g1x(), fit.g1y()}, {fit.g2x(), fit.g2y()}};
            if (!(Math.abs(cross(basis[0], basis[1])) > 0)) {
                break;
            }
            LatticeFit next = leastSquares(basis, reflections, toleranceInvNm);
            if (next == null) {
                break;
            }
            boolean same = sameReflections(next, fit);
            fit = next;
            if (same) {
                break;
            }
        }
        return Optional.of(fit);
    }

    private static boolean sameReflections(LatticeFit a, LatticeFit b) {
        if (a.reflections().size() != b.reflections().size()) {
            return false;
        }
        for (int i = 0; i < a.reflections().size(); i++) {
            IndexedReflection x = a.reflections().get(i);
            IndexedReflection y = b.reflections().get(i);
            if (x.h() != y.h() || x.k() != y.k() || x.gx() != y.gx() || x.gy() != y.gy()) {
                return false;
            }
        }
        return true;
    }

    private static double distance(double[][] basis, double[] g, double h, double k) {
        return Math.hypot(g[0] - h * basis[0][0] - k * basis[1][0], g[1] - h * basis[0][1] - k * basis[1][1]);
    }

    /** One reflection per Friedel pair: {gx, gy, snr}, taking g from the spot with angle in (−90°, 90°]. */
    private static List<double[]> mergeFriedelPairs(List<Spot> spots) {
        List<double[]> out = new ArrayList<>();
        for (int i = 0; i < spots.size(); i++) {
            Spot s = spots.get(i);
            int mate = s.friedelMate();
            if (mate < 0 || mate >= spots.size()) {
                throw new IllegalArgumentException("spot " + i + " has no valid Friedel mate index (" + mate + ")");
            }
            double angle = s.angleDeg();
            if (angle <= -90 || angle > 90) {
                continue;
            }
            Spot t = spots.get(mate);
            out.add(new double[] {0.5 * (s.gx() - t.gx()), 0.5 * (s.gy() - t.gy()), Math.max(s.snr(), t.snr())});
        }
        return out;
    }

    /** Lagrange (Gauss) reduction to the shortest basis of the same lattice, then g1·g2 ≥ 0. */
    static double[][] reduce(double[] a, double[] b) {
        double[] u = {a[0], a[1]};
        double[] v = {b[0], b[1]};
        if (dot(u, u) > dot(v, v)) {
            double[] t = u;
            u = v;
            v = t;
        }
        for (int iter = 0; iter < 100; iter++) {
            double mu = Math.rint(dot(u, v) / dot(u, u));
            v = new double[] {v[0] - mu * u[0], v[1] - mu * u[1]};
            if (dot(v, v) >= dot(u, u)) {
                break;
            }
            double[] t = u;
            u = v;
            v = t;
        }
        if (dot(u, v) < 0) {
            v = new double[] {-v[0], -v[1]};
        }
        return new double[][] {u, v};
    }

    private static double[] fractional(double[][] basis, double[] g) {
        double det = cross(basis[0], basis[1]);
        double h = (g[0] * basis[1][1] - g[1] * basis[1][0]) / det;
        double k = (basis[0][0] * g[1] - basis[0][1] * g[0]) / det;
        return new double[] {h, k};
    }

    private LatticeFit leastSquares(double[][] basis, List<double[]> reflections, double absoluteTolerance) {
        List<int[]> hk = new ArrayList<>();
        List<double[]> used = new ArrayList<>();
        int unindexed = 0;
        for (double[] r : reflections) {
            double[] f = fractional(basis, r);
            long h = Math.round(f[0]);
            long k = Math.round(f[1]);
            double scale = Double.isInfinite(absoluteTolerance) ? Math.max(1, Math.max(Math.abs(h), Math.abs(k))) : 1;
            double limit = Double.isInfinite(absoluteTolerance) ? toleranceInvNm * scale : absoluteTolerance;
            if (Math.abs(f[0] - h) <= INDEX_TOLERANCE && Math.abs(f[1] - k) <= INDEX_TOLERANCE
                    && distance(basis, r, h, k) <= limit) {
                hk.add(new int[] {(int) h, (int) k});
                used.add(r);
            } else {
                unindexed++;
            }
        }
        int n = used.size();
        // Normal equations of gx_i = h_i g1x + k_i g2x (same design matrix for y).
        double shh = 0;
        double shk = 0;
        double skk = 0;
        double shx = 0;
        double skx = 0;
        double shy = 0;
        double sky = 0;
        double sw = 0;
        for (int i = 0; i < n; i++) {
            double h = hk.get(i)[0];
            double k = hk.get(i)[1];
            double[] r = used.get(i);
            double wt = r[2];
            sw += wt;
            shh += wt * h * h;
            shk += wt * h * k;
            skk += wt * k * k;
            shx += wt * h * r[0];
            skx += wt * k * r[0];
            shy += wt * h * r[1];
            sky += wt * k * r[1];
        }
        double det = shh * skk - shk * shk;
        if (n < 2 || !(det > 1e-9 * (shh * skk))) {
            return null; // the indexed reflections do not span two dimensions
        }
        double i11 = skk / det;
        double i12 = -shk / det;
        double i22 = shh / det;
        double g1x = i11 * shx + i12 * skx;
        double g2x = i12 * shx + i22 * skx;
        double g1y = i11 * shy + i12 * sky;
        double g2y = i12 * shy + i22 * sky;
        double rss = 0;
        List<IndexedReflection> indexed = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            int h = hk.get(i)[0];
            int k = hk.get(i)[1];
            double[] r = used.get(i);
            double rx = r[0] - (h * g1x + k * g2x);
            double ry = r[1] - (h * g1y + k * g2y);
            rss += used.get(i)[2] * (rx * rx + ry * ry);
            indexed.add(new IndexedReflection(h, k, r[0], r[1], r[2], Math.hypot(rx, ry)));
        }
        int dof = 2 * n - 4;
        double sigma2 = dof > 0 ? rss / dof : Double.NaN;
        double[][] cov = new double[4][4];
        cov[0][0] = sigma2 * i11;
        cov[0][1] = sigma2 * i12;
        cov[1][0] = sigma2 * i12;
        cov[1][1] = sigma2 * i22;
        cov[2][2] = sigma2 * i11;
        cov[2][3] = sigma2 * i12;
        cov[3][2] = sigma2 * i12;
        cov[3][3] = sigma2 * i22;
        double[] params = {g1x, g2x, g1y, g2y};
        double[] values = derived(params);
        double[] sigmas = propagate(params, cov);
        return new LatticeFit(g1x, g1y, g2x, g2y, values[0], sigmas[0], values[1], sigmas[1], values[2], sigmas[2],
                Math.sqrt(rss / sw), indexed, unindexed, cov);
    }

    /** (d1, d2, γ in degrees) from (g1x, g2x, g1y, g2y). */
    private static double[] derived(double[] p) {
        double[] g1 = {p[0], p[2]};
        double[] g2 = {p[1], p[3]};
        double gamma = Math.toDegrees(Math.atan2(Math.abs(cross(g1, g2)), dot(g1, g2)));
        return new double[] {1 / Math.hypot(g1[0], g1[1]), 1 / Math.hypot(g2[0], g2[1]), gamma};
    }

    /** First-order propagation with a central-difference Jacobian. */
    static double[] propagate(double[] p, double[][] cov) {
        double[][] jac = new double[3][p.length];
        for (int j = 0; j < p.length; j++) {
            double step = 1e-6 * Math.max(Math.abs(p[j]), 1e-3);
            double[] plus = p.clone();
            double[] minus = p.clone();
            plus[j] += step;
            minus[j] -= step;
            double[] fp = derived(plus);
            double[] fm = derived(minus);
            for (int i = 0; i < 3; i++) {
                jac[i][j] = (fp[i] - fm[i]) / (2 * step);
            }
        }
        double[] sigma = new double[3];
        for (int i = 0; i < 3; i++) {
            double v = 0;
            for (int a = 0; a < p.length; a++) {
                for (int b = 0; b < p.length; b++) {
                    v += jac[i][a] * cov[a][b] * jac[i][b];
                }
            }
            sigma[i] = Math.sqrt(v);
        }
        return sigma;
    }

    static double dot(double[] a, double[] b) {
        return a[0] * b[0] + a[1] * b[1];
    }

    static double cross(double[] a, double[] b) {
        return a[0] * b[1] - a[1] * b[0];
    }
}
