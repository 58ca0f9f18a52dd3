package org.crystallite.xrd.lattice;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.crystallite.spectrum.fit.ComponentResult;
import org.crystallite.spectrum.fit.FitCurves;
import org.crystallite.spectrum.fit.FitResult;
import org.crystallite.spectrum.model.Component;
import org.crystallite.xrd.radiation.Radiation;

/** Turns the whole-pattern fit of a Pawley refinement into per-phase cells with σ, reflections and warnings. */
final class PawleyResultAssembler {

    private PawleyResultAssembler() {
    }

    static PawleyResult assemble(FitResult fit, PawleyRefinement.Settings s, Radiation radiation,
                                 List<PawleyModel.Line> lines, List<Reflection>[] dropped, List<String> notes) {
        Map<String, Component> byName = new HashMap<>();
        for (Component c : fit.model().components()) {
            byName.put(c.name(), c);
        }
        List<String> free = fit.freeParameters();
        double[][] cov = fit.covariance();
        List<String> warnings = new ArrayList<>(fit.warnings());
        warnings.addAll(notes);
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
            List<PawleyModel.Line> own = lines.stream().filter(l -> l.phase() == index).toList();
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
            for (PawleyModel.Line line : own) {
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
