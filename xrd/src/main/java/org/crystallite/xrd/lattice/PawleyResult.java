package org.crystallite.xrd.lattice;

import java.util.List;

import org.crystallite.spectrum.fit.FitResult;

/**
 * The result of a Pawley refinement.
 *
 * @param phases per phase: refined cell with σ, volume, reflections
 * @param wavelengthAngstrom the λ1 the positions were computed with
 * @param kAlpha2 whether a Kα2 line was modelled
 * @param widths the width model
 * @param shift the shift model and {@code shiftValues}/{@code shiftSigma} in {@link ShiftModel#ordered()} order
 * @param parameterNames the cell parameters of every phase ("PHASE.a", …) then the shift terms: the order of
 *        {@code correlation}
 * @param correlation correlation of those parameters in the whole-pattern fit
 * @param fit the whole-pattern fit (χ², χ²ν, Rwp, curves, full covariance; σ scaled by √χ²ν)
 * @param warnings correlation and profile warnings, dropped reflections, fitter warnings
 */
public record PawleyResult(List<PawleyPhaseResult> phases, double wavelengthAngstrom, boolean kAlpha2,
                           PawleyWidths widths, ShiftModel shift, double[] shiftValues, double[] shiftSigma,
                           List<String> parameterNames, double[][] correlation, FitResult fit,
                           List<String> warnings) {

    public PawleyResult {
        phases = List.copyOf(phases);
        shiftValues = shiftValues.clone();
        shiftSigma = shiftSigma.clone();
        parameterNames = List.copyOf(parameterNames);
        warnings = List.copyOf(warnings);
    }

    public double[] shiftValues() {
        return shiftValues.clone();
    }

    public double[] shiftSigma() {
        return shiftSigma.clone();
    }

    /** The refined value of a shift term, or 0 when it was not refined. */
    public double shiftValue(ShiftTerm term) {
        int i = shift.ordered().indexOf(term);
        return i < 0 ? 0 : shiftValues[i];
    }

    /** σ of a refined shift term, or 0 when it was not refined. */
    public double shiftSigma(ShiftTerm term) {
        int i = shift.ordered().indexOf(term);
        return i < 0 ? 0 : shiftSigma[i];
    }

    /** The phase of the given name. */
    public PawleyPhaseResult phase(String name) {
        return phases.stream().filter(p -> p.phase().name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no phase named " + name));
    }
}
