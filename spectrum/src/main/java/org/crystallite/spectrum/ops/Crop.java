package org.crystallite.spectrum.ops;

import org.crystallite.spectrum.ProcessingStep;
import org.crystallite.spectrum.Spectrum;

/** Keeps the points whose x lies in a closed interval. */
public final class Crop {

    private Crop() {
    }

    /**
     * The points with {@code xMin <= x <= xMax}, in their original order, with their sigma.
     *
     * @throws IllegalArgumentException if the bounds are not finite, {@code xMin > xMax}, or no point lies in range
     */
    public static Spectrum range(Spectrum spectrum, double xMin, double xMax) {
        UniformGrid.requireFinite(xMin, "xMin");
        UniformGrid.requireFinite(xMax, "xMax");
        if (xMin > xMax) {
            throw new IllegalArgumentException("crop range is empty: xMin " + xMin + " > xMax " + xMax);
        }
        int n = spectrum.size();
        double[] sigma = spectrum.sigma().orElse(null);
        int kept = 0;
        for (int i = 0; i < n; i++) {
            if (spectrum.x(i) >= xMin && spectrum.x(i) <= xMax) {
                kept++;
            }
        }
        if (kept == 0) {
            throw new IllegalArgumentException("no point of " + spectrum + " lies in [" + xMin + ", " + xMax + "]");
        }
        double[] x = new double[kept];
        double[] y = new double[kept];
        double[] s = sigma == null ? null : new double[kept];
        int k = 0;
        for (int i = 0; i < n; i++) {
            double xi = spectrum.x(i);
            if (xi >= xMin && xi <= xMax) {
                x[k] = xi;
                y[k] = spectrum.y(i);
                if (s != null) {
                    s[k] = sigma[i];
                }
                k++;
            }
        }
        return spectrum.derive(x, y, s, ProcessingStep.of("crop", "xMin", xMin, "xMax", xMax,
                "pointsKept", kept, "pointsRemoved", n - kept));
    }
}
