package org.crystallite.spectrum.fit;

import java.util.ArrayList;
import java.util.List;
import org.crystallite.spectrum.Spectrum;
import org.crystallite.spectrum.model.Model;

/** The points of a spectrum inside a model's range, with the σᵢ used as weights. */
record FitData(double[] x, double[] y, double[] sigma, List<String> warnings) {

    static FitData select(Spectrum data, Model model, Weighting weighting) throws FitException {
        String where = data.source().map(s -> s + ": ").orElse("");
        double[] dataSigma = data.sigma().orElse(null);
        if (weighting == Weighting.SIGMA && dataSigma == null) {
            throw new FitException(where + "weighting 'sigma' needs a sigma (esd) column, and the data have none");
        }
        List<Integer> idx = new ArrayList<>();
        for (int i = 0; i < data.size(); i++) {
            double xi = data.x(i);
            if (xi >= model.rangeMin() && xi <= model.rangeMax()) {
                idx.add(i);
            }
        }
        int n = idx.size();
        double[] x = new double[n];
        double[] y = new double[n];
        double[] sigma = new double[n];
        int fallbacks = 0;
        for (int k = 0; k < n; k++) {
            int i = idx.get(k);
            x[k] = data.x(i);
            y[k] = data.y(i);
            if (!Double.isFinite(x[k]) || !Double.isFinite(y[k])) {
                throw new FitException(where + "non-finite value at point " + (i + 1) + " (x=" + x[k] + ", y=" + y[k]
                        + ")");
            }
            if (k > 0 && !(x[k] > x[k - 1])) {
                throw new FitException(where + "x is not strictly increasing at point " + (i + 1) + " (x=" + x[k]
                        + " after " + x[k - 1] + ")");
            }
            switch (weighting) {
                case NONE -> sigma[k] = 1;
                case POISSON -> sigma[k] = poissonSigma(y[k]);
                case SIGMA -> {
                    double s = dataSigma[i];
                    if (s > 0 && Double.isFinite(s)) {
                        sigma[k] = s;
                    } else {
                        sigma[k] = poissonSigma(y[k]);
                        fallbacks++;
                    }
                }
                default -> throw new IllegalStateException("unhandled weighting " + weighting);
            }
        }
        List<String> warnings = new ArrayList<>();
        if (fallbacks > 0) {
            warnings.add(fallbacks + " points with sigma <= 0 were weighted by counting statistics instead");
        }
        return new FitData(x, y, sigma, warnings);
    }

    /** σ = √max(y, 1), fityk's default weighting. */
    static double poissonSigma(double y) {
        return Math.sqrt(Math.max(y, 1.0));
    }
}
