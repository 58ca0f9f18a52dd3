package org.crystallite.xrd.lattice;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

import org.apache.commons.math3.exception.TooManyEvaluationsException;
import org.apache.commons.math3.exception.TooManyIterationsException;
import org.apache.commons.math3.fitting.leastsquares.LeastSquaresBuilder;
import org.apache.commons.math3.fitting.leastsquares.LeastSquaresOptimizer;
import org.apache.commons.math3.fitting.leastsquares.LeastSquaresProblem;
import org.apache.commons.math3.fitting.leastsquares.LevenbergMarquardtOptimizer;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.DecompositionSolver;
import org.apache.commons.math3.linear.QRDecomposition;
import org.apache.commons.math3.linear.RealMatrix;

/**
 * Weighted least-squares refinement of a unit cell from indexed peak positions (the "cell refinement from
 * peaks" of UnitCell, Holland &amp; Redfern, Mineral. Mag. 61, 65 (1997), and GSAS-II's Refine Cell): the cell
 * parameters of the crystal system and the chosen shift terms minimise Σ((2θobs − 2θcalc)/σ)² by
 * Levenberg–Marquardt (commons-math3). Thread-safe: a refiner holds only its settings.
 */
public final class LatticeRefiner {

    private static final int MAX_PASSES = 10;

    private final CrystalSystem system;
    private final ReflectionConditions conditions;
    private final double wavelengthAngstrom;
    private final ShiftModel shift;
    private final RefinementOptions options;

    public LatticeRefiner(CrystalSystem system, ReflectionConditions conditions, double wavelengthAngstrom,
                          ShiftModel shift, RefinementOptions options) {
        this.system = Objects.requireNonNull(system, "system");
        this.conditions = Objects.requireNonNull(conditions, "conditions");
        this.shift = Objects.requireNonNull(shift, "shift");
        this.options = Objects.requireNonNull(options, "options");
        if (!(wavelengthAngstrom > 0) || !Double.isFinite(wavelengthAngstrom)) {
            throw new IllegalArgumentException("wavelength must be a positive number of Å, got " + wavelengthAngstrom);
        }
        this.wavelengthAngstrom = wavelengthAngstrom;
    }

    /**
     * Indexes the peaks against the start cell and refines, progressively: the first pass uses the lowest-angle
     * peaks (at least 3 per parameter, and 10), where an error of the start cell moves the calculated positions
     * least; each further pass doubles the number of peaks, indexing against the cell and shift refined so far;
     * then all peaks are re-indexed and refined until the assignment no longer changes. Optionally refits once
     * without outliers.
     */
    public LatticeFit refine(List<ObservedReflection> peaks, UnitCell start) throws LatticeException {
        if (peaks.isEmpty()) {
            throw new LatticeException("no peaks to refine the cell from");
        }
        List<ObservedReflection> sorted = new ArrayList<>(peaks);
        sorted.sort(java.util.Comparator.comparingDouble(ObservedReflection::twoThetaDeg));
        int parameters = system.parameterNames().size() + shift.terms().size();
        int count = Math.min(sorted.size(), Math.max(10, 3 * parameters));
        UnitCell cell = system.cellFrom(system.parameters(start));
        double[] shiftValues = new double[shift.terms().size()];
        LatticeFit fit = null;
        while (count < sorted.size()) {
            List<ObservedReflection> subset = sorted.subList(0, count);
            Indexing partial = index(subset, cell, shiftValues);
            if (partial.indexed().size() < 2 * parameters) {
                break;
            }
            fit = refineIndexed(partial, cell);
            cell = fit.cell();
            shiftValues = fit.shiftValues();
            count *= 2;
        }
        Indexing indexing = index(peaks, cell, shiftValues);
        fit = refineIndexed(indexing, cell);
        for (int pass = 0; pass < MAX_PASSES; pass++) {
            Indexing next = index(peaks, fit.cell(), fit.shiftValues());
            boolean same = sameAssignment(indexing, next);
            indexing = next;
            if (same) {
                break;
            }
            fit = refineIndexed(indexing, fit.cell());
        }
        if (options.dropOutliers() && !fit.outliers().isEmpty()) {
            fit = refineWithout(indexing, fit);
        }
        return fit;
    }

    private static boolean sameAssignment(Indexing a, Indexing b) {
        if (a.indexed().size() != b.indexed().size()) {
            return false;
        }
        for (int i = 0; i < a.indexed().size(); i++) {
            IndexedReflection x = a.indexed().get(i);
            IndexedReflection y = b.indexed().get(i);
            if (!x.observed().equals(y.observed()) || !x.reflection().key().equals(y.reflection().key())
                    || x.alternatives().size() != y.alternatives().size()) {
                return false;
            }
        }
        return true;
    }

    /** The reflections of a cell out to the largest observed angle (plus the tolerance). */
    public List<Reflection> reflections(UnitCell cell, List<ObservedReflection> peaks) {
        double maxTwoTheta = 0;
        for (ObservedReflection p : peaks) {
            maxTwoTheta = Math.max(maxTwoTheta, p.twoThetaDeg());
        }
        double limit = Math.min(179.0, maxTwoTheta + 2 * options.toleranceDeg() + 1.0);
        double dMin = Bragg.dSpacing(limit, wavelengthAngstrom);
        return ReflectionList.generate(cell, system, conditions, dMin);
    }

    /** Indexes peaks against a cell and shift values ({@link ShiftModel#ordered()} order). */
    public Indexing index(List<ObservedReflection> peaks, UnitCell cell, double[] shiftValues) {
        List<Reflection> refl = reflections(cell, peaks);
        PositionModel model = new PositionModel(system, shift, wavelengthAngstrom);
        double[] p = concat(system.parameters(cell), shiftValues);
        double[] calc = model.twoThetaDeg(p, refl.toArray(new Reflection[0]));
        return ReflectionIndexer.index(peaks, refl, calc, options.toleranceDeg());
    }

    /** Refines from an existing indexing; the start cell's parameters are the LM start. */
    public LatticeFit refineIndexed(Indexing indexing, UnitCell start) throws LatticeException {
        List<IndexedReflection> use = new ArrayList<>();
        for (IndexedReflection r : indexing.indexed()) {
            if (options.useAmbiguous() || !r.ambiguous()) {
                use.add(r);
            }
        }
        return solve(indexing, use, start, List.of());
    }

    private LatticeFit refineWithout(Indexing indexing, LatticeFit previous) throws LatticeException {
        List<IndexedReflection> use = new ArrayList<>();
        List<String> dropped = new ArrayList<>();
        for (IndexedReflection r : indexing.indexed()) {
            if (!options.useAmbiguous() && r.ambiguous()) {
                continue;
            }
            boolean outlier = previous.outliers().stream()
                    .anyMatch(o -> o.twoThetaObsDeg() == r.observed().twoThetaDeg());
            if (outlier) {
                dropped.add(r.reflection().label() + " at " + fmt(r.observed().twoThetaDeg()) + "°");
            } else {
                use.add(r);
            }
        }
        List<String> notes = List.of("refitted without " + dropped.size() + " outlier(s): " + String.join(", ", dropped));
        return solve(indexing, use, previous.cell(), notes);
    }

    private LatticeFit solve(Indexing indexing, List<IndexedReflection> use, UnitCell start, List<String> notes)
            throws LatticeException {
        PositionModel model = new PositionModel(system, shift, wavelengthAngstrom);
        int m = model.parameterCount();
        List<String> names = new ArrayList<>(system.parameterNames());
        for (ShiftTerm t : shift.ordered()) {
            names.add(t.parameterName());
        }
        if (use.size() < m) {
            throw new LatticeException("only " + use.size() + " usable indexed peaks for " + m + " parameters "
                    + names + " (" + indexing.indexed().size() + " indexed, " + indexing.unindexed().size()
                    + " unindexed within ±" + indexing.toleranceDeg() + "°)");
        }
        Reflection[] refl = new Reflection[use.size()];
        double[] target = new double[use.size()];
        double[] sigma = new double[use.size()];
        for (int i = 0; i < refl.length; i++) {
            refl[i] = use.get(i).reflection();
            sigma[i] = use.get(i).observed().sigmaDeg();
            target[i] = use.get(i).observed().twoThetaDeg() / sigma[i];
        }
        double[] startP = concat(system.parameters(start), new double[shift.terms().size()]);
        LeastSquaresProblem problem = new LeastSquaresBuilder()
                .start(startP)
                .model(p -> weighted(model.twoThetaDeg(p, refl), sigma), p -> weighted(model.jacobian(p, refl), sigma))
                .target(target)
                .lazyEvaluation(false)
                .maxEvaluations(2000)
                .maxIterations(2000)
                .build();
        double[] best;
        try {
            LeastSquaresOptimizer.Optimum optimum = new LevenbergMarquardtOptimizer()
                    .withCostRelativeTolerance(1e-14).withParameterRelativeTolerance(1e-14).optimize(problem);
            best = optimum.getPoint().toArray();
        } catch (TooManyEvaluationsException | TooManyIterationsException | IllegalArgumentException e) {
            throw new LatticeException("the cell refinement did not converge: " + e.getMessage() + divergenceHint(), e);
        }
        for (double v : best) {
            if (!Double.isFinite(v)) {
                throw new LatticeException("the cell refinement diverged (non-finite parameters)" + divergenceHint());
            }
        }
        UnitCell cell;
        try {
            cell = system.cell(Arrays.copyOf(best, system.parameterNames().size()));
        } catch (IllegalArgumentException e) {
            throw new LatticeException("the cell refinement left the space of valid cells: " + e.getMessage()
                    + divergenceHint(), e);
        }
        return assemble(indexing, use, refl, sigma, model, best, names, cell, notes);
    }

    private LatticeFit assemble(Indexing indexing, List<IndexedReflection> use, Reflection[] refl, double[] sigma,
                                PositionModel model, double[] best, List<String> names, UnitCell cell,
                                List<String> notes) throws LatticeException {
        int m = best.length;
        int n = refl.length;
        double[] calc = model.twoThetaDeg(best, refl);
        double chi2 = 0;
        for (int i = 0; i < n; i++) {
            double r = (use.get(i).observed().twoThetaDeg() - calc[i]) / sigma[i];
            chi2 += r * r;
        }
        int dof = n - m;
        double reducedChi2 = dof > 0 ? chi2 / dof : Double.NaN;
        List<String> warnings = new ArrayList<>(notes);
        double[][] jw = weighted(model.jacobian(best, refl), sigma);
        RealMatrix jm = new Array2DRowRealMatrix(jw, false);
        RealMatrix normal = jm.transpose().multiply(jm);
        DecompositionSolver solver = new QRDecomposition(normal, 1e-15).getSolver();
        if (!solver.isNonSingular()) {
            throw new LatticeException("the peaks cannot determine all of " + names
                    + " (singular normal matrix): add reflections of other zones or fix a shift term");
        }
        double scale = dof > 0 ? reducedChi2 : 1.0;
        if (dof == 0) {
            warnings.add("as many peaks as parameters: σ reflects the peak σ only (no redundancy to estimate scatter)");
        }
        double[][] cov = solver.getInverse().scalarMultiply(scale).getData();
        double[] sd = new double[m];
        for (int j = 0; j < m; j++) {
            sd[j] = Math.sqrt(Math.max(0, cov[j][j]));
        }
        double[][] corr = new double[m][m];
        for (int i = 0; i < m; i++) {
            for (int j = 0; j < m; j++) {
                corr[i][j] = sd[i] > 0 && sd[j] > 0 ? cov[i][j] / (sd[i] * sd[j]) : (i == j ? 1 : 0);
            }
        }
        int nc = system.parameterNames().size();
        double[] cellSigma = expandSigma(Arrays.copyOf(sd, nc));
        double volumeSigma = volumeSigma(best, cov, nc);
        correlationWarnings(names, nc, corr, use, warnings);

        // Residuals of every indexed peak (also those left out) at the refined parameters.
        List<IndexedReflection> all = indexing.indexed();
        Reflection[] allRefl = all.stream().map(IndexedReflection::reflection).toArray(Reflection[]::new);
        double[] allCalc = model.twoThetaDeg(best, allRefl);
        double[] metric = cell.reciprocalMetric();
        double[] shiftValues = Arrays.copyOfRange(best, nc, m);
        Set<IndexedReflection> usedSet = Collections.newSetFromMap(new IdentityHashMap<>());
        usedSet.addAll(use);
        double spread = Math.max(1, Double.isNaN(reducedChi2) ? 1 : Math.sqrt(reducedChi2));
        List<PeakResidual> residuals = new ArrayList<>();
        List<String> outliers = new ArrayList<>();
        for (int i = 0; i < all.size(); i++) {
            IndexedReflection r = all.get(i);
            double obs = r.observed().twoThetaDeg();
            double res = obs - allCalc[i];
            double theta = model.thetaRad(metric, r.reflection());
            double shiftDeg = shift.shiftDeg(theta, shiftValues);
            double dObs = Bragg.dSpacing(obs - shiftDeg, wavelengthAngstrom);
            double dCalc = 1 / Math.sqrt(UnitCell.inverseDSquared(metric, r.reflection().hkl()));
            boolean used = usedSet.contains(r);
            boolean outlier = Math.abs(res) > options.outlierThreshold() * r.observed().sigmaDeg() * spread;
            if (outlier && used) {
                outliers.add(r.reflection().label() + " at " + fmt(obs) + "° (residual " + fmt(res) + "°)");
            }
            residuals.add(new PeakResidual(r.reflection(), obs, r.observed().sigmaDeg(), allCalc[i], res, dObs, dCalc,
                    r.ambiguous(), outlier, used));
        }
        if (!outliers.isEmpty()) {
            warnings.add(outliers.size() + " outlier(s) beyond " + fmt(options.outlierThreshold())
                    + "σ·√χ²ν: " + String.join(", ", outliers));
        }
        long ambiguousLeftOut = all.stream().filter(r -> r.ambiguous() && !usedSet.contains(r)).count();
        if (ambiguousLeftOut > 0) {
            warnings.add(ambiguousLeftOut + " ambiguous peak(s) (another reflection within ±"
                    + fmt(indexing.toleranceDeg()) + "°) left out of the refinement");
        }
        if (!indexing.unindexed().isEmpty()) {
            warnings.add(indexing.unindexed().size() + " peak(s) not indexed within ±" + fmt(indexing.toleranceDeg())
                    + "°");
        }
        return new LatticeFit(system, cell, cellSigma, cell.volume(), volumeSigma, wavelengthAngstrom, shift,
                shiftValues, Arrays.copyOfRange(sd, nc, m), names, corr, chi2, reducedChi2, n, residuals,
                indexing.unindexed(), warnings);
    }

    /** σ of a, b, c, α, β, γ from the σ of the system's independent parameters. */
    private double[] expandSigma(double[] s) {
        return switch (system) {
            case CUBIC -> new double[] {s[0], s[0], s[0], 0, 0, 0};
            case TETRAGONAL, HEXAGONAL -> new double[] {s[0], s[0], s[1], 0, 0, 0};
            case ORTHORHOMBIC -> new double[] {s[0], s[1], s[2], 0, 0, 0};
            case MONOCLINIC -> new double[] {s[0], s[1], s[2], 0, s[3], 0};
            case TRICLINIC -> s.clone();
        };
    }

    /** σ(V) = √(gᵀ C g), g = ∂V/∂p by central differences over the cell parameters. */
    private double volumeSigma(double[] p, double[][] cov, int nc) {
        double[] g = new double[nc];
        for (int j = 0; j < nc; j++) {
            double step = 1e-6 * Math.max(1, Math.abs(p[j]));
            double[] up = Arrays.copyOf(p, nc);
            double[] down = Arrays.copyOf(p, nc);
            up[j] += step;
            down[j] -= step;
            g[j] = (system.cell(up).volume() - system.cell(down).volume()) / (2 * step);
        }
        double v = 0;
        for (int i = 0; i < nc; i++) {
            for (int j = 0; j < nc; j++) {
                v += g[i] * cov[i][j] * g[j];
            }
        }
        return Math.sqrt(Math.max(0, v));
    }

    /**
     * Warns for every pair of parameters with |correlation| above the limit: when a shift term is involved the
     * 2θ range of the peaks cannot separate it from the cell (or from the other shift), so the cell depends on the
     * shift model chosen.
     */
    private void correlationWarnings(List<String> names, int nc, double[][] corr, List<IndexedReflection> use,
                                     List<String> warnings) {
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (IndexedReflection r : use) {
            lo = Math.min(lo, r.observed().twoThetaDeg());
            hi = Math.max(hi, r.observed().twoThetaDeg());
        }
        for (int i = 0; i < names.size(); i++) {
            for (int j = i + 1; j < names.size(); j++) {
                if (Math.abs(corr[i][j]) <= options.correlationLimit()) {
                    continue;
                }
                String pair = names.get(i) + " and " + names.get(j) + " are correlated (ρ = " + fmt(corr[i][j]) + ")";
                if (j >= nc) {
                    warnings.add(pair + ": the 2θ range " + fmt(lo) + "–" + fmt(hi)
                            + "° cannot separate the shift terms from the cell; the cell depends on the shift model");
                } else {
                    warnings.add(pair + ": the peaks poorly separate these cell parameters");
                }
            }
        }
    }

    /**
     * Why a refinement from a good start cell runs away: on a dense pattern (low symmetry, sharp synchrotron
     * lines) a wide indexing window assigns peaks to the wrong reflections.
     */
    private String divergenceHint() {
        return "; if the start cell is close, peaks were probably indexed to the wrong reflections: lower the "
                + "indexing tolerance (now ±" + fmt(options.toleranceDeg()) + "° 2θ) to a few peak widths";
    }

    private static double[] weighted(double[] values, double[] sigma) {
        double[] out = new double[values.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = values[i] / sigma[i];
        }
        return out;
    }

    private static double[][] weighted(double[][] jac, double[] sigma) {
        double[][] out = new double[jac.length][];
        for (int i = 0; i < out.length; i++) {
            out[i] = new double[jac[i].length];
            for (int j = 0; j < out[i].length; j++) {
                out[i][j] = jac[i][j] / sigma[i];
            }
        }
        return out;
    }

    private static double[] concat(double[] a, double[] b) {
        double[] out = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    private static String fmt(double v) {
        return String.format(Locale.ROOT, "%.4g", v);
    }
}
