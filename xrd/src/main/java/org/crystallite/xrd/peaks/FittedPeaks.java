package org.crystallite.xrd.peaks;

import java.util.List;
import java.util.function.ToDoubleFunction;

import org.crystallite.spectrum.fit.ComponentResult;
import org.crystallite.spectrum.fit.FitResult;
import org.crystallite.spectrum.fit.ParameterEstimate;
import org.crystallite.spectrum.model.Component;
import org.crystallite.spectrum.shape.LineShape;
import org.crystallite.spectrum.shape.ParameterDefault;
import org.crystallite.spectrum.shape.ThompsonCoxHastings;
import org.crystallite.xrd.radiation.Radiation;

/** Turns one fitted window component into an {@link XrdPeak}: values, derived quantities and their σ. */
final class FittedPeaks {

    private FittedPeaks() {
    }

    static XrdPeak peak(FitResult fit, int k, Radiation radiation, int windowIndex, PeakProfile profile) {
        String name = WindowModel.peakName(k);
        ComponentResult c = fit.component(name).orElseThrow();
        Component comp = fit.model().component(name).orElseThrow();
        LineShape shape = comp.shape();
        double[] p = comp.values();
        Measured twoTheta = estimate(c, "center");
        Measured area = estimate(c, "area");
        Measured height = new Measured(c.height(), c.heightSigma());
        Measured fwhm = new Measured(c.fwhm(), c.fwhmSigma());
        Measured breadth = derived(fit, name, shape, p, q -> q[shape.indexOf("area")] / shape.height(q));

        Measured shapeParameter;
        Measured fwhmG = Measured.undefined();
        Measured fwhmL = Measured.undefined();
        if (profile == PeakProfile.TCH) {
            int g = shape.indexOf("fwhmG");
            int l = shape.indexOf("fwhmL");
            shapeParameter = derived(fit, name, shape, p, q -> ThompsonCoxHastings.eta(q[g], q[l]));
            fwhmG = estimate(c, "fwhmG");
            fwhmL = estimate(c, "fwhmL");
        } else {
            shapeParameter = estimate(c, profile.shapeParameterName());
        }
        return new XrdPeak(twoTheta, XrdPeak.braggSpacing(twoTheta, radiation.kAlpha1Angstrom()), fwhm, breadth, area,
                height, profile.shapeParameterName(), shapeParameter, fwhmG, fwhmL, profile, windowIndex,
                fit.reducedChi2());
    }

    /** A fitted parameter; its σ is NaN when it ended at a bound (the covariance σ is not meaningful there). */
    private static Measured estimate(ComponentResult c, String parameter) {
        ParameterEstimate e = c.parameter(parameter).orElseThrow();
        return new Measured(e.value(), e.atBound() ? Double.NaN : e.sigma());
    }

    /**
     * A derived quantity g of one component with σ = √(∇gᵀ C ∇g), ∇g by central differences over
     * the component's free parameters (the window models have no ties, so every parameter is either
     * free under its own name or fixed).
     */
    static Measured derived(FitResult fit, String component, LineShape shape, double[] p, ToDoubleFunction<double[]> g) {
        double value = g.applyAsDouble(p);
        List<String> free = fit.freeParameters();
        int m = free.size();
        double[] grad = new double[m];
        List<ParameterDefault> names = shape.parameters();
        for (int k = 0; k < p.length; k++) {
            int j = free.indexOf(component + "." + names.get(k).name());
            if (j < 0) {
                continue;
            }
            double h = 1e-6 * Math.max(Math.abs(p[k]), 1e-6);
            double[] q = p.clone();
            q[k] = p[k] + h;
            double up = g.applyAsDouble(q);
            q[k] = p[k] - h;
            double down = g.applyAsDouble(q);
            grad[j] = (up - down) / (2 * h);
        }
        double var = 0;
        double[][] cov = fit.covariance();
        for (int a = 0; a < m; a++) {
            if (grad[a] == 0) {
                continue;
            }
            for (int b = 0; b < m; b++) {
                if (grad[b] != 0) {
                    var += grad[a] * cov[a][b] * grad[b];
                }
            }
        }
        return new Measured(value, var >= 0 ? Math.sqrt(var) : Double.NaN);
    }
}
