package org.crystallite.xrd.lattice;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

import org.crystallite.spectrum.Spectrum;
import org.crystallite.spectrum.fit.ComponentResult;
import org.crystallite.spectrum.fit.FitCurves;
import org.crystallite.spectrum.fit.FitException;
import org.crystallite.spectrum.fit.FitOptions;
import org.crystallite.spectrum.fit.FitResult;
import org.crystallite.spectrum.fit.Fitter;
import org.crystallite.spectrum.fit.Weighting;
import org.crystallite.spectrum.model.Model;
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
        List<PawleyModel.Line> lines = new ArrayList<>();
        for (int p = 0; p < s.phases().size(); p++) {
            PawleyPhase phase = s.phases().get(p);
            double dMin = Bragg.dSpacing(Math.min(179, hi + margin), lambda);
            int count = 0;
            for (Reflection r : ReflectionList.generate(phase.startCell(), phase.system(), phase.conditions(), dMin)) {
                double tt = Bragg.twoThetaDeg(r.dAngstrom(), lambda).orElse(Double.NaN);
                if (tt >= lo - margin && tt <= hi + margin) {
                    lines.add(new PawleyModel.Line(p, r, phase.name() + " " + r.hkl()));
                    count++;
                }
            }
            if (count < phase.system().parameterNames().size()) {
                throw new LatticeException(where + "phase " + phase.name() + " has " + count + " reflection(s) in "
                        + fmt(lo) + "–" + fmt(hi) + "° for " + phase.system().parameterNames().size()
                        + " cell parameter(s)");
            }
        }
        PawleyModel.State state = PawleyModel.startState(pattern, s, lo, hi, lines, radiation);
        Weighting weighting = pattern.hasSigma() ? Weighting.SIGMA : Weighting.POISSON;
        Fitter fitter = new Fitter(FitOptions.defaults().withWeighting(weighting));
        List<Reflection>[] dropped = newDroppedLists(s.phases().size());
        FitResult fit = null;
        List<String> notes = new ArrayList<>();
        for (int pass = 0; pass < MAX_PASSES; pass++) {
            Model model = PawleyModel.build(s, radiation, lines, state, lo, hi);
            try {
                fit = fitter.fit(pattern, model);
            } catch (FitException e) {
                throw new LatticeException(where + "Pawley fit failed: " + e.getMessage(), e);
            }
            PawleyModel.readState(fit, s, lines, state);
            List<PawleyModel.Line> weak = weakLines(fit, lines, s.minAreaSignificance());
            if (weak.isEmpty()) {
                break;
            }
            if (pass == MAX_PASSES - 1) {
                // The result must describe the fit it came from: weak lines found after the last pass stay in.
                notes.add(weak.size() + " reflection(s) still below " + fmt(s.minAreaSignificance()) + "σ after "
                        + MAX_PASSES + " passes were kept");
                break;
            }
            for (PawleyModel.Line w : weak) {
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
        return PawleyResultAssembler.assemble(fit, s, radiation, lines, dropped, notes);
    }

    @SuppressWarnings("unchecked")
    private static List<Reflection>[] newDroppedLists(int n) {
        List<Reflection>[] out = new List[n];
        for (int i = 0; i < n; i++) {
            out[i] = new ArrayList<>();
        }
        return out;
    }

    /** Lines whose area is below the significance limit (or pinned at zero). */
    private static List<PawleyModel.Line> weakLines(FitResult fit, List<PawleyModel.Line> lines,
                                                    double minSignificance) {
        List<PawleyModel.Line> weak = new ArrayList<>();
        FitCurves curves = fit.curves();
        for (PawleyModel.Line line : lines) {
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
    private static double conditionalAreaSigma(FitResult fit, FitCurves curves, PawleyModel.Line line, double area) {
        double[] curve = curves.components().get(line.name());
        double[] sigma = curves.sigma();
        double sum = 0;
        for (int i = 0; i < curve.length; i++) {
            double unit = area > 0 ? curve[i] / area : 0;
            sum += unit * unit / (sigma[i] * sigma[i]);
        }
        return sum > 0 ? Math.sqrt(fit.reducedChi2() / sum) : Double.POSITIVE_INFINITY;
    }

    private static String fmt(double v) {
        return String.format(Locale.ROOT, "%.4g", v);
    }
}
