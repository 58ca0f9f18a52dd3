package org.crystallite.spectrum.ops;

import org.crystallite.spectrum.Spectrum;
import org.crystallite.spectrum.background.StaticBackground;

/**
 * Static background subtraction: y − B(x) for a background computed from the data (Shirley,
 * Tougaard, SNIP …). The background's own step, with its parameters, goes into the provenance.
 * σ is kept as it is: the background is treated as exact, as CasaXPS and Athena do.
 */
public final class BackgroundSubtraction {

    private BackgroundSubtraction() {
    }

    public static Spectrum subtract(Spectrum spectrum, StaticBackground background) {
        double[] x = spectrum.x();
        double[] y = spectrum.y();
        double[] b = background.compute(x, y);
        double[] net = new double[y.length];
        for (int i = 0; i < y.length; i++) {
            net[i] = y[i] - b[i];
        }
        return spectrum.derive(x, net, spectrum.sigma().orElse(null), background.asStep());
    }

    /** The background alone, as a spectrum on the same x (for plots and exports). */
    public static Spectrum backgroundOf(Spectrum spectrum, StaticBackground background) {
        double[] x = spectrum.x();
        return spectrum.derive(x, background.compute(x, spectrum.y()), null, background.asStep());
    }
}
