package org.crystallite.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.crystallite.spectrum.AxisQuantity;
import org.crystallite.spectrum.fit.ComponentResult;
import org.crystallite.spectrum.fit.FitCurves;
import org.crystallite.spectrum.fit.FitResult;
import org.crystallite.spectrum.fit.MonteCarloUncertainty;
import org.crystallite.spectrum.fit.ParameterEstimate;
import org.crystallite.spectrum.model.ModelJson;

/**
 * The files of a fit result: the JSON object of the CLI contract (docs/cli.md), the curves as a
 * CSV table, a parameter table and the figure of data, fit, components and residuals.
 */
public final class FitReport {

    /** Stated in every JSON result so nobody has to guess how σ was obtained. */
    public static final String SIGMA_SCALING = "standard errors are sqrt(covariance diagonal) scaled by sqrt(chi2r)";

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private FitReport() {
    }

    /** The JSON object of {@code crystallite fit --json}; field names are a contract. */
    public static Map<String, Object> json(FitResult r, String file) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("file", file);
        List<Map<String, Object>> comps = new ArrayList<>();
        for (ComponentResult c : r.components()) {
            comps.add(componentJson(c));
        }
        out.put("components", comps);
        out.put("chi2", r.chi2());
        out.put("chi2r", r.reducedChi2());
        out.put("rwp", r.rwp());
        out.put("rp", r.rp());
        out.put("points", r.points());
        out.put("freeParameters", r.freeParameters().size());
        out.put("iterations", r.iterations());
        out.put("evaluations", r.evaluations());
        out.put("converged", r.converged());
        out.put("weighting", r.weighting().cliName());
        out.put("sigmaScaling", SIGMA_SCALING);
        out.put("warnings", r.warnings());
        out.put("correlation", Map.of("parameters", r.freeParameters(), "matrix", r.correlation()));
        try {
            out.put("model", MAPPER.readTree(ModelJson.write(r.model())));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("model JSON could not be re-read", e);
        }
        out.put("provenance", r.provenance().stream().map(Object::toString).toList());
        return out;
    }

    /** The {@code monteCarlo} object: replicas, how many refits converged, the seed, and per parameter mean and σ. */
    public static Map<String, Object> monteCarloJson(MonteCarloUncertainty.Result mc, long seed) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("replicas", mc.replicas());
        out.put("succeeded", mc.succeeded());
        out.put("seed", seed);
        List<Map<String, Object>> params = new ArrayList<>();
        for (MonteCarloUncertainty.Spread s : mc.spreads()) {
            Map<String, Object> p = new LinkedHashMap<>();
            p.put("component", s.component());
            p.put("parameter", s.parameter());
            p.put("mean", s.mean());
            p.put("sigma", s.standardDeviation());
            params.add(p);
        }
        out.put("parameters", params);
        return out;
    }

    private static Map<String, Object> componentJson(ComponentResult c) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", c.name());
        m.put("type", c.shape());
        List<String> fixed = new ArrayList<>();
        List<String> tied = new ArrayList<>();
        boolean hasFwhmParameter = false;
        for (ParameterEstimate p : c.parameters()) {
            m.put(p.name(), p.value());
            m.put(p.name() + "_sigma", p.sigma());
            hasFwhmParameter |= p.name().equals("fwhm");
            if (p.status() == ParameterEstimate.Status.FIXED) {
                fixed.add(p.name());
            } else if (p.status() == ParameterEstimate.Status.TIED) {
                tied.add(p.name());
            }
        }
        if (c.peak()) {
            m.put("height", c.height());
            m.put("height_sigma", c.heightSigma());
            if (!hasFwhmParameter) {
                m.put("fwhm", c.fwhm());
                m.put("fwhm_sigma", c.fwhmSigma());
            }
        }
        m.put("fixed", fixed);
        m.put("tied", tied);
        return m;
    }

    /** x, y, σ, fit, background, residual and one column per component (without background). */
    public static Table curves(FitResult r, AxisQuantity xQuantity, AxisQuantity yQuantity) {
        FitCurves c = r.curves();
        Table.Builder b = Table.builder()
                .column(columnName(xQuantity), xQuantity.unit())
                .column("y", yQuantity.unit())
                .column("sigma", yQuantity.unit())
                .column("fit", yQuantity.unit())
                .column("background", yQuantity.unit())
                .column("residual", yQuantity.unit());
        List<double[]> columns = new ArrayList<>(List.of(c.x(), c.y(), c.sigma(), c.fit(), c.background(),
                c.residual()));
        for (ComponentResult comp : r.components()) {
            // The in-fit background is the "background" column already (with any static background).
            if (!comp.peak() && comp.name().equals(ModelJson.BACKGROUND)) {
                continue;
            }
            b.column(comp.name(), yQuantity.unit());
            columns.add(c.components().get(comp.name()));
        }
        return b.rowsFromColumns(columns.toArray(new double[0][])).build();
    }

    /** One row per parameter: component, parameter, value, σ, status. */
    public static Table parameters(FitResult r) {
        Table.Builder b = Table.builder().column("component").column("parameter").column("value")
                .column("sigma").column("status");
        for (ComponentResult c : r.components()) {
            for (ParameterEstimate p : c.parameters()) {
                b.row(c.name(), p.name(), p.value(), p.sigma(), p.status().name().toLowerCase(java.util.Locale.ROOT)
                        + (p.atBound() ? " (at bound)" : ""));
            }
            if (c.peak()) {
                b.row(c.name(), "height", c.height(), c.heightSigma(), "derived");
            }
        }
        return b.build();
    }

    /**
     * Data as points, the fit, each peak drawn on top of the background, the background, and
     * the residuals in a lower panel. Binding-energy axes are drawn high → low.
     */
    public static Plot plot(FitResult r, String title, AxisQuantity xQuantity, AxisQuantity yQuantity) {
        FitCurves c = r.curves();
        List<Series> series = new ArrayList<>();
        series.add(new Series("data", c.x(), c.y(), Style.POINTS));
        series.add(new Series("fit", c.x(), c.fit(), Style.LINE));
        double[] bg = c.background();
        boolean hasBackground = false;
        for (double v : bg) {
            hasBackground |= v != 0;
        }
        for (ComponentResult comp : r.components()) {
            if (!comp.peak()) {
                continue;
            }
            double[] curve = c.components().get(comp.name());
            double[] onBackground = new double[curve.length];
            for (int i = 0; i < curve.length; i++) {
                onBackground[i] = curve[i] + bg[i];
            }
            series.add(new Series(comp.name(), c.x(), onBackground, Style.DASHED));
        }
        if (hasBackground) {
            series.add(new Series("background", c.x(), bg, Style.LINE));
        }
        Plot plot = Plot.of(title, xQuantity.labelWithUnit(), yQuantity.labelWithUnit(), series)
                .withResiduals(new Series("residual", c.x(), c.residual(), Style.LINE));
        return xQuantity == AxisQuantity.BINDING_ENERGY ? plot.withReversedX() : plot;
    }

    private static String columnName(AxisQuantity q) {
        return switch (q) {
            case TWO_THETA -> "twoTheta";
            case BINDING_ENERGY -> "bindingEnergy";
            case KINETIC_ENERGY -> "kineticEnergy";
            case PHOTON_ENERGY -> "energy";
            case D_SPACING -> "d";
            default -> q == AxisQuantity.ARBITRARY ? "x" : q.label();
        };
    }
}
