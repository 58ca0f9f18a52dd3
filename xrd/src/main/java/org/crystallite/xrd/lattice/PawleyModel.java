package org.crystallite.xrd.lattice;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.crystallite.spectrum.Spectrum;
import org.crystallite.spectrum.background.ChebyshevBackground;
import org.crystallite.spectrum.fit.FitResult;
import org.crystallite.spectrum.model.Component;
import org.crystallite.spectrum.model.Model;
import org.crystallite.spectrum.model.Parameter;
import org.crystallite.spectrum.model.Tie;
import org.crystallite.xrd.radiation.Radiation;

/**
 * Builds the fit model of a Pawley refinement: one {@link PawleyReflectionShape} component per reflection, the cell
 * (and per-phase width) parameters free on the first reflection of each phase and tied on the others, the shift
 * terms free on the very first reflection and tied everywhere else, and an in-fit Chebyshev background; and carries
 * fitted values from one pass to the next.
 */
final class PawleyModel {

    static final String BACKGROUND = "background";

    private PawleyModel() {
    }

    /** One modelled reflection: its phase, the reflection and the component name. */
    record Line(int phase, Reflection reflection, String name) {
    }

    /** Current parameter values carried from one pass to the next (warm start). */
    static final class State {
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

    /** Start values: the phases' start cells, zero shifts, the start FWHM, η = 0.5, areas from the counts. */
    static State startState(Spectrum pattern, PawleyRefinement.Settings s, double lo, double hi, List<Line> lines,
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

    /** The fit model of the given lines, starting from the state's values, fitted over [lo, hi]. */
    static Model build(PawleyRefinement.Settings s, Radiation radiation, List<Line> lines, State state, double lo,
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
                List<String> names = PawleyReflectionShape.widthParameterNames(PawleyWidths.PHASE);
                double inf = Double.POSITIVE_INFINITY;
                // U ≥ 0 and W ≥ 0 (strain and instrument terms), V free; η at both ends of the range in 0–1.
                double[][] bounds = {{0, inf}, {-inf, inf}, {0, inf}, {0, 1}, {0, 1}};
                for (int k = 0; k < names.size(); k++) {
                    String n = names.get(k);
                    ps.add(leadsPhase ? Parameter.free(n, clamp(w[k], bounds[k]), bounds[k][0], bounds[k][1])
                            : Parameter.tied(n, new Tie(lead, n, 1, 0)));
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
    static void readState(FitResult fit, PawleyRefinement.Settings s, List<Line> lines, State state) {
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
}
