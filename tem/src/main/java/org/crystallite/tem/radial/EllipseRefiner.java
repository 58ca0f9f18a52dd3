package org.crystallite.tem.radial;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.apache.commons.math3.exception.MathIllegalArgumentException;
import org.apache.commons.math3.fitting.leastsquares.LeastSquaresBuilder;
import org.apache.commons.math3.fitting.leastsquares.LeastSquaresOptimizer;
import org.apache.commons.math3.fitting.leastsquares.LevenbergMarquardtOptimizer;
import org.apache.commons.math3.fitting.leastsquares.MultivariateJacobianFunction;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.ArrayRealVector;
import org.apache.commons.math3.linear.RealMatrix;
import org.apache.commons.math3.linear.RealVector;
import org.apache.commons.math3.util.Pair;

/**
 * Refines the centre and the elliptical distortion of a ring pattern from points found on its rings,
 * in the manner of ncempy's ring-diffraction evaluation (openNCEM, {@code ncempy.algo.distortion}):
 *
 * <ol>
 * <li>Rays are cast from the current centre every ≈2.5 px of arc of the smallest ring; along each
 * ray the (mask-aware, σ = 1 px Gaussian-smoothed) pattern is sampled every ¼ px within a window
 * around each ring, and the ring's crossing is the vertex of a least-squares parabola through the
 * samples around the maximum.</li>
 * <li>All points of all rings are fitted together by Levenberg–Marquardt (commons-math3) with one
 * shared centre and distortion and one radius per ring: residual = corrected radius
 * ({@link EllipseGeometry#radius}) − R_k. The distortion is the vector (e1, e2) = ln(a/b)·(cos 2θ,
 * sin 2θ), which has no singularity for a circle; M = cosh η·I − (sinh η/η)·[[e1, e2], [e2, −e1]]
 * with η = |e| is the metric of the corrected radius, det M = 1.</li>
 * <li>Points further than 4 robust σ (1.4826·MAD) from their ring are dropped and the fit repeated;
 * the whole step is repeated from the new geometry with a narrower window until the centre moves
 * by less than 0.005 px.</li>
 * </ol>
 * Standard errors are from the covariance (JᵀJ)⁻¹ scaled by the residual variance. Neighbouring
 * rays are ≈2.5 px apart, beyond the smoothing length, so points are nearly independent.
 */
public final class EllipseRefiner {

    /** Ring to refine on: corrected radius, FWHM and the half-width of the first search window. */
    public record RingSeed(double radius, double fwhm, double halfWindow) {
    }

    private static final int MAX_ROUNDS = 6;
    private static final double ARC_STEP_PX = 2.5;
    private static final double SAMPLE_STEP_PX = 0.25;

    private final boolean fitEllipse;

    /** @param fitEllipse fit the distortion as well as the centre (otherwise circles) */
    public EllipseRefiner(boolean fitEllipse) {
        this.fitEllipse = fitEllipse;
    }

    /**
     * Refines {@code start} on the rings {@code seeds}.
     *
     * @throws IllegalStateException when too few ring points are found to fit the geometry
     */
    public GeometryFit refine(float[] values, int width, int height, PatternScale scale, PixelMask mask,
            EllipseGeometry start, List<RingSeed> seeds) {
        if (seeds.isEmpty()) {
            throw new IllegalArgumentException("no ring to refine the centre on");
        }
        float[] smooth = MaskedSmoothing.gaussian(values, width, height, mask, 1);
        Sampler sampler = new Sampler(smooth, width, height);
        EllipseGeometry g = start;
        double[] radii = seeds.stream().mapToDouble(RingSeed::radius).toArray();
        double[] halfWindows = seeds.stream().mapToDouble(RingSeed::halfWindow).toArray();
        Solution last = null;
        for (int round = 0; round < MAX_ROUNDS; round++) {
            List<double[]> points = points(sampler, scale, g, radii, halfWindows, seeds);
            Solution s = solve(points, scale, g, radii);
            s = solve(withoutOutliers(points, s), scale, s.geometry(scale), s.radii());
            EllipseGeometry next = s.geometry(scale);
            double moved = Math.hypot(next.centreX() - g.centreX(), next.centreY() - g.centreY());
            g = next;
            radii = s.radii();
            for (int k = 0; k < seeds.size(); k++) {
                double narrow = Math.max(1.5 * seeds.get(k).fwhm(), 4 * scale.finest());
                halfWindows[k] = Math.min(halfWindows[k], narrow);
            }
            last = s;
            if (moved < 0.005 && round > 0) {
                break;
            }
        }
        return last.toFit(scale, seeds.size());
    }

    /** Ring points {xCal, yCal, ring index}. */
    private static List<double[]> points(Sampler sampler, PatternScale scale, EllipseGeometry g, double[] radii,
            double[] halfWindows, List<RingSeed> seeds) {
        double[] m = g.metric();
        double minRadiusPx = Arrays.stream(radii).min().orElseThrow() / scale.finest();
        int rays = (int) Math.max(36, Math.min(1440, Math.round(2 * Math.PI * minRadiusPx / ARC_STEP_PX)));
        double step = SAMPLE_STEP_PX * scale.finest();
        List<double[]> out = new ArrayList<>();
        for (int j = 0; j < rays; j++) {
            double phi = 2 * Math.PI * j / rays;
            double cx = Math.cos(phi);
            double cy = Math.sin(phi);
            double stretch = Math.sqrt(m[0] * cx * cx + 2 * m[1] * cx * cy + m[2] * cy * cy);
            for (int k = 0; k < radii.length; k++) {
                double rho0 = radii[k] / stretch;
                int half = (int) Math.ceil(halfWindows[k] / stretch / step);
                double[] samples = new double[2 * half + 1];
                boolean ok = true;
                for (int i = -half; i <= half && ok; i++) {
                    double rho = rho0 + i * step;
                    double v = sampler.at(g.centreX() + rho * cx / scale.x(), g.centreY() + rho * cy / scale.y());
                    ok = Double.isFinite(v);
                    samples[i + half] = v;
                }
                if (!ok) {
                    continue;
                }
                int best = 0;
                for (int i = 1; i < samples.length; i++) {
                    if (samples[i] > samples[best]) {
                        best = i;
                    }
                }
                int fitHalf = (int) Math.max(2, Math.round(0.5 * seeds.get(k).fwhm() / stretch / step));
                if (best - fitHalf < 0 || best + fitHalf >= samples.length) {
                    continue; // the maximum is at the edge of the window: not this ring, or no ring here
                }
                double offset = parabolaVertex(samples, best, fitHalf);
                if (Double.isNaN(offset)) {
                    continue;
                }
                double rho = rho0 + (best - half + offset) * step;
                out.add(new double[] {(g.centreX() * scale.x()) + rho * cx, (g.centreY() * scale.y()) + rho * cy, k});
            }
        }
        return out;
    }

    /** Vertex offset (samples) of the least-squares parabola through samples[best−h … best+h]; NaN if not a maximum. */
    private static double parabolaVertex(double[] s, int best, int h) {
        double s0 = 0;
        double s2 = 0;
        double s4 = 0;
        double t0 = 0;
        double t1 = 0;
        double t2 = 0;
        for (int i = -h; i <= h; i++) {
            double v = s[best + i];
            s0 += 1;
            s2 += i * i;
            s4 += (double) i * i * i * i;
            t0 += v;
            t1 += i * v;
            t2 += i * i * v;
        }
        // Symmetric abscissae: y = a + b·t + c·t²; b = Σtv/Σt², and (a, c) from the 2×2 even system.
        double b = t1 / s2;
        double c = (s0 * t2 - s2 * t0) / (s0 * s4 - s2 * s2);
        if (!(c < 0)) {
            return Double.NaN;
        }
        double vertex = -b / (2 * c);
        return Math.abs(vertex) <= h ? vertex : Double.NaN;
    }

    private List<double[]> withoutOutliers(List<double[]> points, Solution s) {
        double[] res = s.residuals();
        double[] abs = Arrays.stream(res).map(Math::abs).sorted().toArray();
        double mad = 1.4826 * abs[abs.length / 2];
        if (!(mad > 0)) {
            return points; // points exactly on their rings (noise-free data): nothing to reject
        }
        List<double[]> kept = new ArrayList<>();
        for (int i = 0; i < points.size(); i++) {
            if (Math.abs(res[i]) <= 4 * mad) {
                kept.add(points.get(i));
            }
        }
        return kept;
    }

    /** The least-squares solution: parameters [cx, cy, (e1, e2,) R_1 … R_K] in calibrated units. */
    private record Solution(double[] p, double[][] covariance, double[] residuals, boolean ellipse, int points) {

        int offset() {
            return ellipse ? 4 : 2;
        }

        double[] radii() {
            return Arrays.copyOfRange(p, offset(), p.length);
        }

        EllipseGeometry geometry(PatternScale scale) {
            double e1 = ellipse ? p[2] : 0;
            double e2 = ellipse ? p[3] : 0;
            return EllipseGeometry.fromVector(p[0] / scale.x(), p[1] / scale.y(), e1, e2);
        }

        GeometryFit toFit(PatternScale scale, int rings) {
            EllipseGeometry g = geometry(scale);
            double sx = Math.sqrt(covariance[0][0]) / scale.x();
            double sy = Math.sqrt(covariance[1][1]) / scale.y();
            double ratioSigma = 0;
            double angleSigma = 0;
            if (ellipse) {
                double e1 = p[2];
                double e2 = p[3];
                double eta = Math.hypot(e1, e2);
                double[][] c = {{covariance[2][2], covariance[2][3]}, {covariance[3][2], covariance[3][3]}};
                if (eta > 0) {
                    double[] dEta = {e1 / eta, e2 / eta};
                    double[] dTheta = {-0.5 * e2 / (eta * eta), 0.5 * e1 / (eta * eta)};
                    ratioSigma = g.ratio() * Math.sqrt(quadratic(dEta, c));
                    angleSigma = Math.toDegrees(Math.sqrt(quadratic(dTheta, c)));
                } else {
                    ratioSigma = Math.sqrt(Math.max(c[0][0], c[1][1]));
                    angleSigma = 90;
                }
            }
            double ss = 0;
            for (double r : residuals) {
                ss += r * r;
            }
            return new GeometryFit(g, sx, sy, ratioSigma, angleSigma, points, rings, Math.sqrt(ss / residuals.length),
                    true);
        }

        private static double quadratic(double[] v, double[][] c) {
            return v[0] * (c[0][0] * v[0] + c[0][1] * v[1]) + v[1] * (c[1][0] * v[0] + c[1][1] * v[1]);
        }
    }

    private Solution solve(List<double[]> points, PatternScale scale, EllipseGeometry start, double[] radii) {
        int k = radii.length;
        int offset = fitEllipse ? 4 : 2;
        int parameters = offset + k;
        int[] perRing = new int[k];
        for (double[] pt : points) {
            perRing[(int) pt[2]]++;
        }
        int minPerRing = Arrays.stream(perRing).min().orElse(0);
        if (points.size() < 3 * parameters || minPerRing < 5) {
            throw new IllegalStateException(String.format(Locale.ROOT,
                    "only %d points found on %d ring(s) (fewest on one ring: %d): too few to refine the centre",
                    points.size(), k, minPerRing));
        }
        double[] x = new double[points.size()];
        double[] y = new double[points.size()];
        int[] ring = new int[points.size()];
        for (int i = 0; i < x.length; i++) {
            x[i] = points.get(i)[0];
            y[i] = points.get(i)[1];
            ring[i] = (int) points.get(i)[2];
        }
        double[] p0 = new double[parameters];
        p0[0] = start.centreX() * scale.x();
        p0[1] = start.centreY() * scale.y();
        if (fitEllipse) {
            p0[2] = start.e1();
            p0[3] = start.e2();
        }
        System.arraycopy(radii, 0, p0, offset, k);
        MultivariateJacobianFunction model = point -> evaluate(point.toArray(), x, y, ring, offset);
        LeastSquaresOptimizer.Optimum opt = new LevenbergMarquardtOptimizer().optimize(new LeastSquaresBuilder()
                .start(p0).model(model).target(new double[x.length]).maxEvaluations(2000).maxIterations(500)
                .build());
        double[] p = opt.getPoint().toArray();
        double[] residuals = evaluate(p, x, y, ring, offset).getFirst().toArray();
        double variance = 0;
        for (double r : residuals) {
            variance += r * r;
        }
        variance /= Math.max(1, x.length - parameters);
        RealMatrix cov;
        try {
            cov = opt.getCovariances(1e-14).scalarMultiply(variance);
        } catch (MathIllegalArgumentException e) {
            throw new IllegalStateException("the ring points do not determine the centre and distortion "
                    + "(singular least-squares problem)", e);
        }
        return new Solution(p, cov.getData(), residuals, fitEllipse, x.length);
    }

    /** Residuals (corrected radius − R_k) and their Jacobian. */
    private static Pair<RealVector, RealMatrix> evaluate(double[] p, double[] x, double[] y, int[] ring,
            int offset) {
        boolean ellipse = offset == 4;
        double e1 = ellipse ? p[2] : 0;
        double e2 = ellipse ? p[3] : 0;
        double eta = Math.hypot(e1, e2);
        double cosh = Math.cosh(eta);
        double sOverEta = eta < 1e-6 ? 1 + eta * eta / 6 : Math.sinh(eta) / eta;
        // T = (η cosh η − sinh η)/η³, the derivative of sinh(η)/η divided by η.
        double t = eta < 1e-3 ? 1.0 / 3 + eta * eta / 30 : (eta * cosh - Math.sinh(eta)) / (eta * eta * eta);
        double m11 = cosh - sOverEta * e1;
        double m12 = -sOverEta * e2;
        double m22 = cosh + sOverEta * e1;
        int n = x.length;
        double[] res = new double[n];
        double[][] jac = new double[n][p.length];
        for (int i = 0; i < n; i++) {
            double dx = x[i] - p[0];
            double dy = y[i] - p[1];
            double q = m11 * dx * dx + 2 * m12 * dx * dy + m22 * dy * dy;
            double r = Math.sqrt(Math.max(q, 1e-300));
            res[i] = r - p[offset + ring[i]];
            jac[i][0] = -(m11 * dx + m12 * dy) / r;
            jac[i][1] = -(m12 * dx + m22 * dy) / r;
            if (ellipse) {
                double r2 = dx * dx + dy * dy;
                double pp = e1 * (dx * dx - dy * dy) + 2 * e2 * dx * dy;
                double dq1 = sOverEta * e1 * r2 - t * e1 * pp - sOverEta * (dx * dx - dy * dy);
                double dq2 = sOverEta * e2 * r2 - t * e2 * pp - sOverEta * 2 * dx * dy;
                jac[i][2] = dq1 / (2 * r);
                jac[i][3] = dq2 / (2 * r);
            }
            jac[i][offset + ring[i]] = -1;
        }
        return new Pair<>(new ArrayRealVector(res, false), new Array2DRowRealMatrix(jac, false));
    }

    /** Bilinear interpolation of the smoothed pattern; NaN outside it or next to a masked pixel. */
    private record Sampler(float[] v, int w, int h) {

        double at(double x, double y) {
            if (!(x >= 0 && y >= 0 && x <= w - 1 && y <= h - 1)) {
                return Double.NaN;
            }
            int x0 = Math.min((int) x, w - 2);
            int y0 = Math.min((int) y, h - 2);
            double fx = x - x0;
            double fy = y - y0;
            int i = y0 * w + x0;
            return (1 - fy) * ((1 - fx) * v[i] + fx * v[i + 1]) + fy * ((1 - fx) * v[i + w] + fx * v[i + w + 1]);
        }
    }
}
