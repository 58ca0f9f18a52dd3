package org.crystallite.spectrum.fit;

import java.util.List;
import java.util.Optional;
import org.crystallite.spectrum.ProcessingStep;
import org.crystallite.spectrum.model.Model;

/**
 * Everything a least-squares fit produced.
 *
 * <p>Uncertainties: σ of each parameter is √(Cᵢᵢ)·√χ²ν, where C = (JᵀWJ)⁻¹ at the optimum; the
 * {@code covariance} matrix is stored already scaled by χ²ν. Rp = Σ|yᵢ − fᵢ| / Σ|yᵢ| and
 * Rwp = √(Σwᵢ(yᵢ − fᵢ)² / Σwᵢyᵢ²) with wᵢ = 1/σᵢ² (Rietveld conventions, background included).
 *
 * @param model the input model with the fitted values written in (a valid start for the next fit)
 * @param components per component: parameters with σ, and derived height/FWHM for peaks
 * @param freeParameters "component.parameter" names of the varied parameters (covariance order)
 * @param covariance scaled covariance of the free parameters
 * @param correlation correlation matrix of the free parameters
 * @param chi2 Σ((yᵢ − fᵢ)/σᵢ)² (fityk calls it WSSR)
 * @param reducedChi2 χ² / (points − free parameters)
 * @param converged false when the evaluation limit stopped the iteration
 * @param warnings human-readable warnings (parameter at a bound, singular covariance, …)
 * @param provenance the steps of the input spectrum plus the fit itself
 */
public record FitResult(Model model, List<ComponentResult> components, List<String> freeParameters,
                        double[][] covariance, double[][] correlation, int points, double chi2,
                        double reducedChi2, double rp, double rwp, int iterations, int evaluations,
                        boolean converged, Weighting weighting, List<String> warnings, FitCurves curves,
                        List<ProcessingStep> provenance) {

    public FitResult {
        components = List.copyOf(components);
        freeParameters = List.copyOf(freeParameters);
        warnings = List.copyOf(warnings);
        provenance = List.copyOf(provenance);
    }

    public int degreesOfFreedom() {
        return points - freeParameters.size();
    }

    public Optional<ComponentResult> component(String name) {
        return components.stream().filter(c -> c.name().equals(name)).findFirst();
    }

    /** Peaks only, in model order. */
    public List<ComponentResult> peaks() {
        return components.stream().filter(ComponentResult::peak).toList();
    }
}
