package org.crystallite.spectrum.background;

import java.util.Objects;
import java.util.OptionalDouble;
import org.crystallite.spectrum.AxisQuantity;
import org.crystallite.spectrum.ProcessingStep;

/**
 * Tougaard background (S. Tougaard, Surf. Interface Anal. 11 (1988) 453): electrons that lose
 * energy T on their way out appear at a binding energy higher by T, so the background at binding
 * energy E is
 * <pre>
 *   bg(E) = L + B · ∫_{E' &lt; E} K(E − E') · (y(E') − L) dE'
 * </pre>
 * where the integral runs over the measured points on the lower-binding-energy (higher kinetic
 * energy) side of E, K is a {@link TougaardCrossSection} and L is the data level averaged over
 * {@code averagePoints} channels at the low-binding-energy end (where the background meets the
 * data). This is the convention CasaXPS uses: with its "U 3 Tougaard" parameters
 * (B = 335.44588, C = 551, D = 436, T0 = 3) it reproduces CasaXPS's exported FeO Fe 2p
 * background to 0.02 % rms (see TougaardBackgroundValidationTest).
 *
 * <p>The integral is a sum over the data points weighted by the local point spacing
 * ((x[j+1] − x[j−1]) / 2, one spacing at the ends), i.e. the rectangle rule CasaXPS matches.
 * O(n²); on a uniform grid the cross-section is tabulated once per loss.
 *
 * <p>B is either given or fitted: the fitted B makes the background at the high-binding-energy
 * end point equal the data averaged over the last {@code averagePoints} channels at that end
 * (closed form, since the background is linear in B).
 *
 * <p>End levels average the first/last {@code averagePoints} of the arrays given. CasaXPS
 * instead averages a window centred on each region end channel (its "averaging width" 2 = that
 * channel and its two neighbours, one outside the region); to reproduce it, pass the region
 * widened by one channel at each end with {@code averagePoints} = 3.
 *
 * <p>Because the direction matters, the background knows the x axis: {@link
 * AxisQuantity#BINDING_ENERGY} (high-BE end is the last point) or {@link
 * AxisQuantity#KINETIC_ENERGY} (high-BE end is the first point; BE = hν − KE).
 */
public final class TougaardBackground implements StaticBackground {

    /** Default channels averaged at each end. */
    public static final int DEFAULT_AVERAGE_POINTS = 5;

    /** The background and the B it used (given or fitted). */
    public record Solution(double[] background, double b) {
    }

    private final TougaardCrossSection crossSection;
    private final OptionalDouble b;
    private final int averagePoints;
    private final AxisQuantity axis;

    /**
     * @param crossSection the loss function shape (C, D, T0)
     * @param b the scale B in eV², or empty to fit it to the high-binding-energy end
     * @param averagePoints channels averaged at each end (≥ 1)
     * @param axis {@code BINDING_ENERGY} or {@code KINETIC_ENERGY}: what the increasing x holds
     */
    public TougaardBackground(TougaardCrossSection crossSection, OptionalDouble b, int averagePoints,
                              AxisQuantity axis) {
        this.crossSection = Objects.requireNonNull(crossSection, "crossSection");
        this.b = Objects.requireNonNull(b, "b");
        if (b.isPresent() && !Double.isFinite(b.getAsDouble())) {
            throw new IllegalArgumentException("Tougaard B must be finite, got " + b.getAsDouble());
        }
        this.averagePoints = BackgroundInput.requirePositive("tougaard averagePoints", averagePoints);
        if (axis != AxisQuantity.BINDING_ENERGY && axis != AxisQuantity.KINETIC_ENERGY) {
            throw new IllegalArgumentException("tougaard background needs a binding- or kinetic-energy axis, got "
                    + axis);
        }
        this.axis = axis;
    }

    /** Given B. */
    public static TougaardBackground withB(TougaardCrossSection crossSection, double b, int averagePoints,
                                           AxisQuantity axis) {
        return new TougaardBackground(crossSection, OptionalDouble.of(b), averagePoints, axis);
    }

    /** B fitted so the background meets the data at the high-binding-energy end. */
    public static TougaardBackground fittedB(TougaardCrossSection crossSection, int averagePoints, AxisQuantity axis) {
        return new TougaardBackground(crossSection, OptionalDouble.empty(), averagePoints, axis);
    }

    public TougaardCrossSection crossSection() {
        return crossSection;
    }

    /** The given B, or empty when B is fitted. */
    public OptionalDouble b() {
        return b;
    }

    public int averagePoints() {
        return averagePoints;
    }

    public AxisQuantity axis() {
        return axis;
    }

    @Override
    public String name() {
        return "tougaard";
    }

    @Override
    public double[] compute(double[] x, double[] y) {
        return solve(x, y).background();
    }

    /** The background with the B used (the fitted value when B is not given). */
    public Solution solve(double[] x, double[] y) {
        BackgroundInput.validate(name(), x, y);
        int n = x.length;
        BackgroundInput.checkAveragePoints(name(), averagePoints, n);
        // Work on a binding-energy-ordered copy: index 0 is the low-BE end. For a KE axis,
        // −KE is BE up to the constant hν, which drops out of every energy difference.
        boolean kinetic = axis == AxisQuantity.KINETIC_ENERGY;
        double[] energy = new double[n];
        double[] counts = new double[n];
        for (int i = 0; i < n; i++) {
            int source = kinetic ? n - 1 - i : i;
            energy[i] = kinetic ? -x[source] : x[source];
            counts[i] = y[source];
        }
        double lowLevel = BackgroundInput.meanOfFirst(counts, averagePoints);
        double[] weighted = new double[n];
        for (int j = 0; j < n; j++) {
            weighted[j] = (counts[j] - lowLevel) * spacing(energy, j);
        }
        double[] unitIntegral = isUniform(energy) ? uniformIntegral(energy, weighted) : pairwiseIntegral(energy,
                weighted);
        double scale;
        if (b.isPresent()) {
            scale = b.getAsDouble();
        } else {
            double highLevel = BackgroundInput.meanOfLast(counts, averagePoints);
            double end = unitIntegral[n - 1];
            scale = (highLevel - lowLevel) / end;
            if (end == 0 || !Double.isFinite(scale) || scale <= 0) {
                throw new IllegalArgumentException("tougaard background: cannot fit B (high-BE end level "
                        + highLevel + ", low-BE end level " + lowLevel + ", loss integral " + end
                        + "): the high-binding-energy end must lie above the low end with signal in between");
            }
        }
        double[] background = new double[n];
        for (int i = 0; i < n; i++) {
            background[kinetic ? n - 1 - i : i] = lowLevel + scale * unitIntegral[i];
        }
        return new Solution(background, scale);
    }

    /** Local point spacing used as the integration weight. */
    private static double spacing(double[] e, int j) {
        int n = e.length;
        if (j == 0) {
            return e[1] - e[0];
        }
        if (j == n - 1) {
            return e[n - 1] - e[n - 2];
        }
        return 0.5 * (e[j + 1] - e[j - 1]);
    }

    private static boolean isUniform(double[] e) {
        int n = e.length;
        double h = (e[n - 1] - e[0]) / (n - 1);
        for (int i = 1; i < n; i++) {
            if (Math.abs(e[i] - e[i - 1] - h) > 1e-6 * h) {
                return false;
            }
        }
        return true;
    }

    /** Σ_{j&lt;i} K(e_i − e_j)·weighted_j with K tabulated at multiples of the step. */
    private double[] uniformIntegral(double[] e, double[] weighted) {
        int n = e.length;
        double h = (e[n - 1] - e[0]) / (n - 1);
        double[] kernel = new double[n];
        for (int k = 1; k < n; k++) {
            kernel[k] = crossSection.perUnitB(k * h);
        }
        double[] out = new double[n];
        for (int i = 1; i < n; i++) {
            double sum = 0;
            for (int j = 0, k = i; j < i; j++, k--) {
                sum += kernel[k] * weighted[j];
            }
            out[i] = sum;
        }
        return out;
    }

    private double[] pairwiseIntegral(double[] e, double[] weighted) {
        int n = e.length;
        double[] out = new double[n];
        for (int i = 1; i < n; i++) {
            double sum = 0;
            for (int j = 0; j < i; j++) {
                sum += crossSection.perUnitB(e[i] - e[j]) * weighted[j];
            }
            out[i] = sum;
        }
        return out;
    }

    @Override
    public ProcessingStep asStep() {
        return ProcessingStep.of("background", "type", name(), "form", crossSection.form().name(),
                "B", b.isPresent() ? (Object) b.getAsDouble() : "fitted", "C", crossSection.c(), "D", crossSection.d(),
                "T0", crossSection.thresholdEv(), "average", averagePoints, "axis", axis.name());
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof TougaardBackground t && crossSection.equals(t.crossSection) && b.equals(t.b)
                && averagePoints == t.averagePoints && axis == t.axis;
    }

    @Override
    public int hashCode() {
        return Objects.hash(crossSection, b, averagePoints, axis);
    }

    @Override
    public String toString() {
        return "TougaardBackground[" + crossSection + ", B=" + (b.isPresent() ? b.getAsDouble() : "fitted")
                + ", average=" + averagePoints + ", axis=" + axis + "]";
    }
}
