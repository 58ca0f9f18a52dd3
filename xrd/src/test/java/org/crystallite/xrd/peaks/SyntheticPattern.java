package org.crystallite.xrd.peaks;

import java.util.ArrayList;
import java.util.List;

import org.crystallite.spectrum.AxisQuantity;
import org.crystallite.spectrum.Spectrum;
import org.crystallite.spectrum.fit.PoissonReplica;
import org.crystallite.spectrum.shape.LineShape;
import org.crystallite.spectrum.shape.LineShapes;
import org.crystallite.xrd.radiation.Radiation;

/**
 * Seeded synthetic powder patterns for tests: exact Voigt lines (or TCH pseudo-Voigt lines, to
 * test a fit without model error), Gaussian and Lorentzian FWHM given separately, each as a
 * Kα1/Kα2 doublet when the radiation is one, on a flat background, with Poisson counts.
 */
public final class SyntheticPattern {

    /** One line: 2θ of Kα1, Kα1 area (counts·°), Gaussian and Lorentzian FWHM (°). */
    public record Line(double twoThetaDeg, double area, double fwhmGaussianDeg, double fwhmLorentzianDeg) {
    }

    private SyntheticPattern() {
    }

    /** The noise-free expected counts of Voigt lines. */
    public static double[] expected(double[] x, List<Line> lines, Radiation radiation, double background) {
        return expected(x, lines, radiation, background, "voigt");
    }

    /** The noise-free expected counts of {@code voigt} or {@code tch} lines. */
    public static double[] expected(double[] x, List<Line> lines, Radiation radiation, double background,
                                    String shapeName) {
        LineShape shape = KAlphaDoublet.forRadiation(LineShapes.byName(shapeName), radiation);
        boolean voigt = shapeName.equals("voigt");
        double[] y = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            double v = background;
            for (Line l : lines) {
                double[] p = voigt
                        ? new double[] {l.twoThetaDeg(), l.fwhmLorentzianDeg(), l.fwhmGaussianDeg(), l.area()}
                        : new double[] {l.twoThetaDeg(), l.fwhmGaussianDeg(), l.fwhmLorentzianDeg(), l.area()};
                v += shape.value(x[i], p);
            }
            y[i] = v;
        }
        return y;
    }

    /** A 2θ grid from min to max (inclusive) with the given step. */
    public static double[] grid(double min, double max, double step) {
        int n = (int) Math.round((max - min) / step) + 1;
        double[] x = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = min + i * step;
        }
        return x;
    }

    /** Poisson counts of Voigt lines, reproducible from the seed. */
    public static Spectrum counts(double[] x, List<Line> lines, Radiation radiation, double background, long seed) {
        return counts(x, lines, radiation, background, seed, "voigt");
    }

    /** Poisson counts of {@code voigt} or {@code tch} lines, reproducible from the seed. */
    public static Spectrum counts(double[] x, List<Line> lines, Radiation radiation, double background, long seed,
                                  String shapeName) {
        return replica(x, expected(x, lines, radiation, background, shapeName), seed);
    }

    /**
     * Poisson counts about precomputed expected counts, reproducible from the seed: the same pattern as
     * {@link #counts} for the same seed, without recomputing the lines for every replica.
     */
    public static Spectrum replica(double[] x, double[] expected, long seed) {
        return Spectrum.of(x, PoissonReplica.sample(expected, seed), AxisQuantity.TWO_THETA, AxisQuantity.INTENSITY);
    }

    public static List<Line> lines(Line... l) {
        return new ArrayList<>(List.of(l));
    }
}
