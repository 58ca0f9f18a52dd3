package org.crystallite.xrd.lattice;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.crystallite.spectrum.Spectrum;
import org.crystallite.spectrum.background.ChebyshevBackground;
import org.crystallite.spectrum.fit.ComponentResult;
import org.crystallite.spectrum.fit.FitCurves;
import org.crystallite.spectrum.fit.FitException;
import org.crystallite.spectrum.fit.FitOptions;
import org.crystallite.spectrum.fit.FitResult;
import org.crystallite.spectrum.fit.Fitter;
import org.crystallite.spectrum.fit.Weighting;
import org.crystallite.spectrum.model.Component;
import org.crystallite.spectrum.model.Model;
import org.crystallite.spectrum.model.Parameter;
import org.crystallite.spectrum.model.Tie;
import org.crystallite.xrd.radiation.Radiation;

/**
 * Pawley refinement (Pawley, J. Appl. Cryst. 14, 357 (1981)) of one or more phases against a whole powder
 * pattern: every allowed reflection of every phase inside the 2θ range is one pseudo-Voigt line whose position
 * is computed from its phase's cell and the shared shift terms ({@link PawleyReflectionShape}), with a free
 * intensity per reflection (hkl of equal d share one), widths per phase or per reflection ({@link PawleyWidths}),
 * and an in-fit Chebyshev background; Kα2 is modelled when the radiation is a doublet. The whole model is fitted
 * at once by the shared Levenberg–Marquardt {@link Fitter}, so the cells come straight from the overlapped
 * pattern instead of from peaks fitted window by window, which fails where the lines of two phases overlap.
 *
 * <p>Reflections whose intensity is not significant (area below {@code minAreaSignificance}·σ) are dropped and
 * the pattern refitted: a line with no intensity has undetermined width and would make the covariance singular.
 * Thread-safe: the refinement holds no state.
 */
public final class PawleyRefinement {

    private static final int MAX_PASSES = 6;
    private static final String BACKGROUND = "background";

    /**
     * @param phases the phases (distinct names), each with start cell and reflection conditions
     * @param shift shift terms shared by all phases (zero point by default)
     * @param widths width and shape model
     * @param minDeg lower limit of the fitted 2θ range (with per-phase widths, lines up to 2 start FWHM outside it
     *        are modelled for their tails; with per-reflection widths only lines inside it)
     * @param maxDeg upper limit
     * @param backgroundOrder order of the in-fit Chebyshev background
     * @param startFwhmDeg start FWHM of every line
     * @param minAreaSignificance a reflection whose area/σ(area) falls below this is dropped
     * @param correlationLimit |correlation| of cell and shift parameters above which a warning is given
     */
    public record Settings(List<PawleyPhase> phases, ShiftModel shift, PawleyWidths widths, double minDeg,
                           double maxDeg, int backgroundOrder, double startFwhmDeg, double minAreaSignificance,
                           double correlationLimit) {

        public Settings {
            phases = List.copyOf(phases);
            Objects.requireNonNull(shift, "shift");
            Objects.requireNonNull(widths, "widths");
            if (phases.isEmpty()) {
                throw new IllegalArgumentException("a Pawley refinement needs at least one phase");
            }
            Set<String> names = new HashSet<>();
            for (PawleyPhase p : phases) {
                if (!names.add(p.name())) {
                    throw new IllegalArgumentException("two phases are called '" + p.name() + "'; names must differ");
                }
            }
            if (Double.isNaN(minDeg) || Double.isNaN(maxDeg) || !(minDeg < maxDeg)) {
                throw new IllegalArgumentException("2θ range [" + minDeg + ", " + maxDeg + "] is not valid");
            }
            if (backgroundOrder < 0 || backgroundOrder > 20) {
                throw new IllegalArgumentException("background order must be 0–20, got " + backgroundOrder);
            }
            if (!(startFwhmDeg > 0) || !Double.isFinite(startFwhmDeg)) {
                throw new IllegalArgumentException("start FWHM must be a positive number of degrees, got "
                        + startFwhmDeg);
            }
            if (!(minAreaSignificance >= 0) || !(correlationLimit > 0 && correlationLimit <= 1)) {
                throw new IllegalArgumentException("area significance must be ≥ 0 and the correlation limit in (0, 1]");
            }
        }

        /**
         * Whole pattern, zero-point shift, widths per phase, Chebyshev background of order 6, start FWHM 0.2°,
         * reflections kept when area ≥ 3σ, correlation warnings above 0.95.
         */
        public static Settings of(List<PawleyPhase> phases) {
            return new Settings(phases, ShiftModel.of(ShiftTerm.ZERO), PawleyWidths.PHASE, Double.NEGATIVE_INFINITY,
                    Double.POSITIVE_INFINITY, 6, 0.2, 3, 0.95);
        }

        public Settings withRange(double min, double max) {
            return new Settings(phases, shift, widths, min, max, backgroundOrder, startFwhmDeg, minAreaSignificance,
                    correlationLimit);
        }

        public Settings withShift(ShiftModel s) {
            return new Settings(phases, s, widths, minDeg, maxDeg, backgroundOrder, startFwhmDeg, minAreaSignificance,
                    correlationLimit);
        }

        public Settings withWidths(PawleyWidths w) {
            return new Settings(phases, shift, w, minDeg, maxDeg, backgroundOrder, startFwhmDeg, minAreaSignificance,
                    correlationLimit);
        }

        public Settings withBackgroundOrder(int order) {
            return new Settings(phases, shift, widths, minDeg, maxDeg, order, startFwhmDeg, minAreaSignificance,
                    correlationLimit);
        }

        public Settings withStartFwhm(double deg) {
            return new Settings(phases, shift, widths, minDeg, maxDeg, backgroundOrder, deg, minAreaSignificance,
                    correlationLimit);
        }

        public Settings withMinAreaSignificance(double s) {
            return new Settings(phases, shift, widths, minDeg, maxDeg, backgroundOrder, startFwhmDeg, s,
                    correlationLimit);
        }
    }

    /** One modelled reflection: its phase, the reflection and the component name. */
    private record Line(int phase, Reflection reflection, String name) {
    }

    /** Current parameter values carried from one pass to the next (warm start). */
    private static final class State {
        final double[][] cell;
        final double[] shift;
        final double[][] phaseProfile;
        final Map<String, double[]> lineProfile = new HashMap<>();
        final Map<String, Double> area = new HashMap<>();
        double[] background;

        State(double[][] cell, double[] shift, double[][] phaseProfile) {
            this.cell = cell;
            this.shift = shift;
            this.phaseProfile = phaseProfile;
        }
    }

    private PawleyRefinement() {
    }

    /**
     * Refines the phases' cells against the pattern.
     *
     * @throws LatticeException when a phase has no (or too few significant) reflections in the range, or the fit
     *         fails
     */
    public static PawleyResult run(Spectrum pattern, Radiation radiation, Settings s) throws LatticeException {
        Objects.requireNonNull(pattern, "pattern");
        Objects.requireNonNull(radiation, "radiation");
        String where = pattern.source().map(src -> src + ": ").orElse("");
        double lo = Math.max(s.minDeg(), pattern.x(0));
        double hi = Math.min(s.maxDeg(), pattern.x(pattern.size() - 1));
        if (!(lo < hi)) {
            throw new LatticeException(where + "the 2θ range " + s.minDeg() + "–" + s.maxDeg()
                    + "° does not overlap the pattern (" + pattern.x(0) + "–" + pattern.x(pattern.size() - 1) + "°)");
        }
        double lambda = radiation.kAlpha1Angstrom();
        // With widths per phase, lines up to two start FWHM outside the range are modelled too: their tails reach
        // into it and their width follows from the phase's law. A free per-reflection width cannot be found from a
        // tail, so then only lines inside the range are modelled (as fityk's script does).
        double margin = s.widths() == PawleyWidths.PHASE ? 2 * s.startFwhmDeg() : 0;
        List<Line> lines = new ArrayList<>();
        for (int p = 0; p < s.phases().size(); p++) {
            PawleyPhase phase = s.phases().get(p);
            double dMin = Bragg.dSpacing(Math.min(179, hi + margin), lambda);
            int count = 0;
            for (Reflection r : ReflectionList.generate(phase.startCell(), phase.system(), phase.conditions(), dMin)) {
                double tt = Bragg.twoThetaDeg(r.dAngstrom(), lambda).orElse(Double.NaN);
                if (tt >= lo - margin && tt <= hi + margin) {
                    lines.add(new Line(p, r, phase.name() + " " + r.hkl()));
                    count++;
                }
            }
            if (count < phase.system().parameterNames().size()) {
                throw new LatticeException(where + "phase " + phase.name() + " has " + count + " reflection(s) in "
                        + fmt(lo) + "–" + fmt(hi) + "° for " + phase.system().parameterNames().size()
                        + " cell parameter(s)");
            }
        }
        State state = startState(pattern, s, lo, hi, lines, radiation);
        Weighting weighting = pattern.hasSigma() ? Weighting.SIGMA : Weighting.POISSON;
        Fitter fitter = new Fitter(FitOptions.defaults().withWeighting(weighting));
        List<Reflection>[] dropped = newDroppedLists(s.phases().size());
        FitResult fit = null;
        for (int pass = 0; pass < MAX_PASSES; pass++) {
            Model model = buildModel(s, radiation, lines, state, lo, hi);
            try {
                fit = fitter.fit(pattern, model);
            } catch (FitException e) {
                throw new LatticeException(where + "Pawley fit failed: " + e.getMessage(), e);
            }
            readState(fit, s, lines, state);
            List<Line> weak = weakLines(fit, lines, s.minAreaSignificance());
            if (weak.isEmpty()) {
                break;
            }
            for (Line w : weak) {
                dropped[w.phase()].add(w.reflection());
            }
            lines.removeAll(weak);
            for (int p = 0; p < s.phases().size(); p++) {
                PawleyPhase phase = s.phases().get(p);
                int index = p;
                long left = lines.stream().filter(l -> l.phase() == index).count();
                if (left < phase.system().parameterNames().size()) {
                    throw new LatticeException(where + "phase " + phase.name() + " keeps only " + left
                            + " reflection(s) with intensity above " + fmt(s.minAreaSignificance()) + "σ, too few for "
                            + phase.system().parameterNames().size() + " cell parameter(s); check the start cell");
                }
            }
        }
        return assemble(fit, s, radiation, lines, dropped);
    }

    @SuppressWarnings("unchecked")
    private static List<Reflection>[] newDroppedLists(int n) {
        List<Reflection>[] out = new List[n];
        for (int i = 0; i < n; i++) {
            out[i] = new ArrayList<>();
        }
        return out;
    }

    private static State startState(Spectrum pattern, Settings s, double lo, double hi, List<Line> lines,
                                    Radiation radiation) {
        int nPhases = s.phases().size();
        double[][] cell = new double[nPhases][];
        double[][] phaseProfile = new double[nPhases][];
        double f0 = s.startFwhmDeg();
        for (int p = 0; p < nPhases; p++) {
            PawleyPhase phase = s.phases().get(p);
            cell[p] = phase.system().parameters(phase.startCell());
            phaseProfile[p] = new double[] {0, 0, f0 * f0, 0.5, 0.5};
        }
        State state = new State(cell, new double[s.shift().ordered().size()], phaseProfile);
        // Background start: a low quantile of the counts in range (most points of a powder pattern are background).
        List<Double> ys = new ArrayList<>();
        for (int i = 0; i < pattern.size(); i++) {
            if (pattern.x(i) >= lo && pattern.x(i) <= hi) {
                ys.add(pattern.y(i));
            }
        }
        ys.sort(null);
        double base = ys.isEmpty() ? 0 : ys.get((int) (0.2 * (ys.size() - 1)));
        state.background = new double[s.backgroundOrder() + 1];
        state.background[0] = base;
        // Area start: height above the background at the start position times the line breadth, shared among the
        // lines that start within one FWHM of each other.
        double lambda = radiation.kAlpha1Angstrom();
        double[] tt = new double[lines.size()];
        for (int i = 0; i < tt.length; i++) {
            tt[i] = Bragg.twoThetaDeg(lines.get(i).reflection().dAngstrom(), lambda).orElse(Double.NaN);
        }
        for (int i = 0; i < tt.length; i++) {
            int crowd = 0;
            for (double t : tt) {
                if (Math.abs(t - tt[i]) < f0) {
                    crowd++;
                }
            }
            double height = Math.max(valueNear(pattern, tt[i]) - base, Math.sqrt(Math.max(base, 1)));
            state.area.put(lines.get(i).name(), height * f0 * 1.2 / Math.max(crowd, 1));
            state.lineProfile.put(lines.get(i).name(), new double[] {f0, 0.5});
        }
        return state;
    }

    private static double valueNear(Spectrum pattern, double x) {
        int best = 0;
        for (int i = 1; i < pattern.size(); i++) {
            if (Math.abs(pattern.x(i) - x) < Math.abs(pattern.x(best) - x)) {
                best = i;
            }
        }
        return pattern.y(best);
    }

    private static Model buildModel(Settings s, Radiation radiation, List<Line> lines, State state, double lo,
                                    double hi) {
        List<Component> components = new ArrayList<>();
        List<ShiftTerm> shiftTerms = s.shift().ordered();
        String shiftLead = lines.get(0).name();
        String[] phaseLead = new String[s.phases().size()];
        for (Line line : lines) {
            PawleyPhase phase = s.phases().get(line.phase());
            boolean leadsPhase = phaseLead[line.phase()] == null;
            if (leadsPhase) {
                phaseLead[line.phase()] = line.name();
            }
            String lead = phaseLead[line.phase()];
            PawleyReflectionShape shape = new PawleyReflectionShape(phase.system(), line.reflection().hkl(), s.shift(),
                    s.widths(), radiation, lo, hi);
            List<Parameter> ps = new ArrayList<>();
            List<String> cellNames = phase.system().parameterNames();
            double[] cell = state.cell[line.phase()];
            for (int j = 0; j < cellNames.size(); j++) {
                String n = cellNames.get(j);
                if (leadsPhase) {
                    boolean angle = n.equals("alpha") || n.equals("beta") || n.equals("gamma");
                    double reach = angle ? 5 : 0.05 * cell[j];
                    ps.add(Parameter.free(n, cell[j], cell[j] - reach, cell[j] + reach));
                } else {
                    ps.add(Parameter.tied(n, new Tie(lead, n, 1, 0)));
                }
            }
            for (int k = 0; k < shiftTerms.size(); k++) {
                String n = shiftTerms.get(k).parameterName();
                if (line.name().equals(shiftLead)) {
                    double reach = shiftTerms.get(k) == ShiftTerm.ZERO ? 1 : 0.1;
                    ps.add(Parameter.free(n, state.shift[k], -reach, reach));
                } else {
                    ps.add(Parameter.tied(n, new Tie(shiftLead, n, 1, 0)));
                }
            }
            if (s.widths() == PawleyWidths.PHASE) {
                double[] w = state.phaseProfile[line.phase()];
                String[] names = PawleyReflectionShape.widthParameterNames(PawleyWidths.PHASE).toArray(new String[0]);
                double[][] bounds = {{0, Double.POSITIVE_INFINITY}, {Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY},
                        {0, Double.POSITIVE_INFINITY}, {0, 1}, {0, 1}};
                for (int k = 0; k < names.length; k++) {
                    ps.add(leadsPhase ? Parameter.free(names[k], clamp(w[k], bounds[k]), bounds[k][0], bounds[k][1])
                            : Parameter.tied(names[k], new Tie(lead, names[k], 1, 0)));
                }
            } else {
                double[] w = state.lineProfile.get(line.name());
                double maxFwhm = Math.max(5 * s.startFwhmDeg(), Math.min(5, (hi - lo) / 4));
                ps.add(Parameter.free("fwhm", Math.min(w[0], maxFwhm), 1e-3, maxFwhm));
                ps.add(Parameter.free("eta", clamp(w[1], new double[] {0, 1}), 0, 1));
            }
            ps.add(Parameter.free("area", Math.max(state.area.get(line.name()), 0), 0, Double.POSITIVE_INFINITY));
            components.add(new Component(line.name(), shape, ps));
        }
        ChebyshevBackground bg = new ChebyshevBackground(s.backgroundOrder(), lo, hi);
        List<Parameter> bps = new ArrayList<>();
        for (int k = 0; k <= s.backgroundOrder(); k++) {
            bps.add(Parameter.free(bg.parameters().get(k).name(), state.background[k], Double.NEGATIVE_INFINITY,
                    Double.POSITIVE_INFINITY));
        }
        components.add(new Component(BACKGROUND, bg, bps));
        return Model.of(components).withRange(lo, hi);
    }

    private static double clamp(double v, double[] bounds) {
        return Math.max(bounds[0], Math.min(bounds[1], v));
    }

    /** Copies the fitted values into the state for a warm restart. */
    private static void readState(FitResult fit, Settings s, List<Line> lines, State state) {
        Map<String, Component> byName = new HashMap<>();
        for (Component c : fit.model().components()) {
            byName.put(c.name(), c);
        }
        boolean[] seen = new boolean[s.phases().size()];
        for (Line line : lines) {
            double[] v = byName.get(line.name()).values();
            int nc = s.phases().get(line.phase()).system().parameterNames().size();
            int ns = state.shift.length;
            if (!seen[line.phase()]) {
                seen[line.phase()] = true;
                state.cell[line.phase()] = Arrays.copyOf(v, nc);
                if (s.widths() == PawleyWidths.PHASE) {
                    state.phaseProfile[line.phase()] = Arrays.copyOfRange(v, nc + ns, nc + ns + 5);
                }
            }
            System.arraycopy(v, nc, state.shift, 0, ns);
            if (s.widths() == PawleyWidths.REFLECTION) {
                state.lineProfile.put(line.name(), Arrays.copyOfRange(v, nc + ns, nc + ns + 2));
            }
            state.area.put(line.name(), v[v.length - 1]);
        }
        state.background = byName.get(BACKGROUND).values();
    }

    /** Lines whose area is below the significance limit (or pinned at zero). */
    private static List<Line> weakLines(FitResult fit, List<Line> lines, double minSignificance) {
        List<Line> weak = new ArrayList<>();
        FitCurves curves = fit.curves();
        for (Line line : lines) {
            ComponentResult c = fit.component(line.name()).orElseThrow();
            double area = c.value("area");
            double sigma = c.sigma("area");
            if (!(sigma > 0) || !Double.isFinite(sigma)) {
                sigma = conditionalAreaSigma(fit, curves, line, area);
            }
            if (!(area > 0) || area < minSignificance * sigma) {
                weak.add(line);
            }
        }
        return weak;
    }

    /**
     * σ of a line's area with all other parameters held: √χ²ν / √Σ(φᵢ/σᵢ)² for the unit-area profile φ. A lower
     * bound of the marginal σ, used when the covariance is singular (a line with no intensity has an undetermined
     * width); it can only keep a line that the marginal σ would drop, never drop more.
     */
    private static double conditionalAreaSigma(FitResult fit, FitCurves curves, Line line, double area) {
        double[] curve = curves.components().get(line.name());
        double[] sigma = curves.sigma();
        double sum = 0;
        for (int i = 0; i < curve.length; i++) {
            double unit = area > 0 ? curve[i] / area : 0;
            sum += unit * unit / (sigma[i] * sigma[i]);
        }
        return sum > 0 ? Math.sqrt(fit.reducedChi2() / sum) : Double.POSITIVE_INFINITY;
    }

    private static PawleyResult assemble(FitResult fit, Settings s, Radiation radiation, List<Line> lines,
                                         List<Reflection>[] dropped) {
        Map<String, Component> byName = new HashMap<>();
        for (Component c : fit.model().components()) {
            byName.put(c.name(), c);
        }
        List<String> free = fit.freeParameters();
        double[][] cov = fit.covariance();
        List<String> warnings = new ArrayList<>(fit.warnings());
        List<String> keyNames = new ArrayList<>();
        List<Integer> keyIndex = new ArrayList<>();
        List<PawleyPhaseResult> phases = new ArrayList<>();
        String shiftLead = lines.get(0).name();
        List<ShiftTerm> shiftTerms = s.shift().ordered();
        int ns = shiftTerms.size();
        for (int p = 0; p < s.phases().size(); p++) {
            PawleyPhase phase = s.phases().get(p);
            CrystalSystem system = phase.system();
            int nc = system.parameterNames().size();
            int index = p;
            List<Line> own = lines.stream().filter(l -> l.phase() == index).toList();
            String lead = own.get(0).name();
            double[] leadValues = byName.get(lead).values();
            double[] cellValues = Arrays.copyOf(leadValues, nc);
            int[] idx = new int[nc];
            double[] sd = new double[nc];
            for (int j = 0; j < nc; j++) {
                String n = system.parameterNames().get(j);
                idx[j] = free.indexOf(lead + "." + n);
                sd[j] = Math.sqrt(cov[idx[j]][idx[j]]);
                keyNames.add(phase.name() + "." + n);
                keyIndex.add(idx[j]);
            }
            UnitCell cell = system.cell(cellValues);
            double volumeSigma = volumeSigma(system, cellValues, idx, cov);
            double[] profile = new double[0];
            double[] profileSigma = new double[0];
            if (s.widths() == PawleyWidths.PHASE) {
                List<String> names = PawleyReflectionShape.widthParameterNames(PawleyWidths.PHASE);
                profile = new double[names.size()];
                profileSigma = new double[names.size()];
                for (int k = 0; k < names.size(); k++) {
                    profile[k] = leadValues[nc + ns + k];
                    int j = free.indexOf(lead + "." + names.get(k));
                    profileSigma[k] = Math.sqrt(cov[j][j]);
                }
            }
            List<PawleyReflection> reflections = new ArrayList<>();
            for (Line line : own) {
                Component c = byName.get(line.name());
                PawleyReflectionShape shape = (PawleyReflectionShape) c.shape();
                double[] v = c.values();
                double tt = shape.twoThetaDeg(v);
                double fwhm = shape.fwhmDeg(v);
                ComponentResult cr = fit.component(line.name()).orElseThrow();
                reflections.add(new PawleyReflection(line.reflection(), tt, cell.dSpacing(line.reflection().hkl()),
                        cr.value("area"), cr.sigma("area"), fwhm, shape.eta(v),
                        localReducedChi2(fit.curves(), tt, fwhm)));
            }
            reflections.sort((a, b) -> Double.compare(a.twoThetaDeg(), b.twoThetaDeg()));
            phases.add(new PawleyPhaseResult(phase, cell, expandSigma(system, sd), cell.volume(), volumeSigma,
                    profile, profileSigma, reflections, dropped[p]));
            if (!dropped[p].isEmpty()) {
                warnings.add(phase.name() + ": " + dropped[p].size() + " reflection(s) with intensity below "
                        + fmt(s.minAreaSignificance()) + "σ left out: " + labels(dropped[p]));
            }
        }
        double[] shiftValues = new double[ns];
        double[] shiftSigma = new double[ns];
        double[] leadValues = byName.get(shiftLead).values();
        int leadCells = s.phases().get(lines.get(0).phase()).system().parameterNames().size();
        for (int k = 0; k < ns; k++) {
            String n = shiftTerms.get(k).parameterName();
            shiftValues[k] = leadValues[leadCells + k];
            int j = free.indexOf(shiftLead + "." + n);
            shiftSigma[k] = Math.sqrt(cov[j][j]);
            keyNames.add(n);
            keyIndex.add(j);
        }
        double[][] correlation = new double[keyIndex.size()][keyIndex.size()];
        for (int a = 0; a < correlation.length; a++) {
            for (int b = 0; b < correlation.length; b++) {
                correlation[a][b] = fit.correlation()[keyIndex.get(a)][keyIndex.get(b)];
            }
        }
        for (int a = 0; a < correlation.length; a++) {
            for (int b = a + 1; b < correlation.length; b++) {
                if (Math.abs(correlation[a][b]) > s.correlationLimit()) {
                    warnings.add(keyNames.get(a) + " and " + keyNames.get(b) + " are correlated (ρ = "
                            + fmt(correlation[a][b]) + "): the pattern poorly separates them");
                }
            }
        }
        return new PawleyResult(phases, radiation.kAlpha1Angstrom(), radiation.isDoublet(), s.widths(), s.shift(),
                shiftValues, shiftSigma, keyNames, correlation, fit, warnings);
    }

    private static String labels(List<Reflection> rs) {
        List<String> out = new ArrayList<>();
        for (Reflection r : rs) {
            out.add(r.label());
        }
        return String.join(", ", out);
    }

    /** Σ((y − f)/σ)² / n over the points within ±1 FWHM of a line (NaN when there are none). */
    static double localReducedChi2(FitCurves curves, double twoThetaDeg, double fwhmDeg) {
        double sum = 0;
        int n = 0;
        for (int i = 0; i < curves.x().length; i++) {
            if (Math.abs(curves.x()[i] - twoThetaDeg) <= fwhmDeg) {
                double r = curves.residual()[i] / curves.sigma()[i];
                sum += r * r;
                n++;
            }
        }
        return n == 0 ? Double.NaN : sum / n;
    }

    /** σ of a, b, c, α, β, γ from the σ of the system's independent parameters (as {@link LatticeRefiner}). */
    private static double[] expandSigma(CrystalSystem system, double[] s) {
        return switch (system) {
            case CUBIC -> new double[] {s[0], s[0], s[0], 0, 0, 0};
            case TETRAGONAL, HEXAGONAL -> new double[] {s[0], s[0], s[1], 0, 0, 0};
            case ORTHORHOMBIC -> new double[] {s[0], s[1], s[2], 0, 0, 0};
            case MONOCLINIC -> new double[] {s[0], s[1], s[2], 0, s[3], 0};
            case TRICLINIC -> s.clone();
        };
    }

    /** σ(V) = √(gᵀ C g), g = ∂V/∂p by central differences over the phase's cell parameters. */
    private static double volumeSigma(CrystalSystem system, double[] p, int[] idx, double[][] cov) {
        int nc = p.length;
        double[] g = new double[nc];
        for (int j = 0; j < nc; j++) {
            double step = 1e-6 * Math.max(1, Math.abs(p[j]));
            double[] up = p.clone();
            double[] down = p.clone();
            up[j] += step;
            down[j] -= step;
            g[j] = (system.cell(up).volume() - system.cell(down).volume()) / (2 * step);
        }
        double v = 0;
        for (int i = 0; i < nc; i++) {
            for (int j = 0; j < nc; j++) {
                v += g[i] * cov[idx[i]][idx[j]] * g[j];
            }
        }
        return Math.sqrt(Math.max(0, v));
    }

    private static String fmt(double v) {
        return String.format(Locale.ROOT, "%.4g", v);
    }
}
