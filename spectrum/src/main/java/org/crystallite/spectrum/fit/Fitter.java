package org.crystallite.spectrum.fit;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.crystallite.spectrum.ProcessingStep;
import org.crystallite.spectrum.Spectrum;
import org.crystallite.spectrum.model.Component;
import org.crystallite.spectrum.model.Model;
import org.crystallite.spectrum.model.Parameter;
import org.crystallite.spectrum.model.ParameterLayout;

/**
 * Weighted Levenberg–Marquardt least squares of a {@link Model} to a {@link Spectrum}: minimises
 * χ² = Σ((yᵢ − fᵢ)/σᵢ)² over the free parameters, keeping bounded parameters inside their bounds
 * (the step is clamped, as fityk does) and ties exact.
 * Thread-safe: a Fitter holds only its options.
 */
public final class Fitter {

    private final FitOptions options;

    public Fitter(FitOptions options) {
        this.options = options;
    }

    public Fitter() {
        this(FitOptions.defaults());
    }

    public FitOptions options() {
        return options;
    }

    /** Fits the model to the data inside the model's range. */
    public FitResult fit(Spectrum data, Model model) throws FitException {
        FitData fd = FitData.select(data, model, options.weighting());
        String where = data.source().map(s -> s + ": ").orElse("");
        ParameterLayout layout;
        try {
            layout = new ParameterLayout(model);
        } catch (IllegalArgumentException e) {
            throw new FitException(where + e.getMessage(), e);
        }
        int m = layout.freeCount();
        if (m == 0) {
            throw new FitException(where + "the model has no free parameter");
        }
        if (fd.x().length <= m) {
            throw new FitException(where + "only " + fd.x().length + " points in the fit range for " + m
                    + " free parameters");
        }
        List<String> warnings = new ArrayList<>(fd.warnings());
        double[] background = model.staticBackground().map(b -> b.compute(fd.x(), fd.y()))
                .orElse(new double[fd.x().length]);
        ModelEvaluator evaluator = new ModelEvaluator(layout, fd.x(), background, fd.sigma());
        double[] target = new double[fd.x().length];
        for (int i = 0; i < target.length; i++) {
            target[i] = fd.y()[i] / fd.sigma()[i];
        }
        double[][] bounds = layout.freeBounds();
        double[] start = clampStart(layout.initialFree(), bounds, layout.freeNames(), warnings);
        LevenbergMarquardt.Problem problem = new LevenbergMarquardt.Problem() {
            @Override
            public double[] residuals(double[] free) {
                double[] f = evaluator.weightedValues(free);
                for (int i = 0; i < f.length; i++) {
                    f[i] = target[i] - f[i];
                }
                return f;
            }

            @Override
            public NormalMatrix normalEquations(double[] free, double[] residuals) {
                return evaluator.normalEquations(free, residuals);
            }
        };
        LevenbergMarquardt.Outcome outcome = new LevenbergMarquardt(options.maxEvaluations(),
                options.relativeTolerance()).minimise(problem, start, bounds[0], bounds[1]);
        double[] best = outcome.point();
        if (!outcome.converged()) {
            warnings.add("no convergence within " + options.maxEvaluations()
                    + " evaluations; results are from the best point reached");
        }
        if (best == null || !allFinite(best)) {
            throw new FitException(where + "the fit diverged (non-finite parameter values)");
        }
        return new ResultAssembler(data, model, layout, evaluator, fd, background, options.weighting())
                .assemble(best, outcome.iterations(), outcome.evaluations(), outcome.converged(), warnings);
    }

    private static double[] clampStart(double[] start, double[][] bounds, List<String> names, List<String> warnings) {
        double[] out = start.clone();
        for (int j = 0; j < out.length; j++) {
            double c = Math.max(bounds[0][j], Math.min(bounds[1][j], out[j]));
            if (c != out[j]) {
                warnings.add("start value of " + names.get(j) + " (" + out[j] + ") moved inside its bounds to " + c);
                out[j] = c;
            }
        }
        return out;
    }

    private static boolean allFinite(double[] a) {
        for (double v : a) {
            if (!Double.isFinite(v)) {
                return false;
            }
        }
        return true;
    }

    /** Describes the fit as a provenance step. */
    static ProcessingStep step(Model model, Weighting weighting) {
        Map<String, Object> params = new LinkedHashMap<>();
        if (model.hasRange()) {
            params.put("range", model.rangeMin() + ":" + model.rangeMax());
        }
        params.put("weighting", weighting.cliName());
        model.staticBackground().ifPresent(b -> params.put("background", b.asStep().toString()));
        List<String> comps = new ArrayList<>();
        for (Component c : model.components()) {
            comps.add(c.name() + ":" + c.shape().name());
        }
        params.put("components", String.join(", ", comps));
        long free = model.components().stream().flatMap(c -> c.parameters().stream())
                .filter(Parameter::isFree).count();
        params.put("freeParameters", free);
        return new ProcessingStep("fit", params);
    }
}
