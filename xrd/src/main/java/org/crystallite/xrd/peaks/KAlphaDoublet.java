package org.crystallite.xrd.peaks;

import java.util.List;
import java.util.Objects;

import org.crystallite.spectrum.shape.LineShape;
import org.crystallite.spectrum.shape.ParameterDefault;
import org.crystallite.xrd.radiation.Radiation;

/**
 * A Kα1/Kα2 doublet built from one base profile (pseudo-Voigt, TCH, Pearson VII, split
 * pseudo-Voigt …). It has exactly the base's parameters: {@code center} is 2θ of the Kα1 line in
 * degrees and {@code area} the Kα1 area. The Kα2 line has the same widths and shape parameters,
 * area·ratio, and sits where Bragg's law puts the same d for λ2:
 * 2θ₂ = 2·asin((λ2/λ1)·sin θ₁). Its derivative, d2θ₂/d2θ₁ = (λ2/λ1)·cos θ₁ / cos θ₂, carries the
 * centre gradient through the chain rule, so the gradient stays analytic when the base's is.
 * Where (λ2/λ1)·sin θ₁ ≥ 1 the Kα2 line does not exist and only Kα1 contributes.
 *
 * <p>{@link #height} and {@link #fwhm} describe the Kα1 line alone: that is the line profile a
 * size or strain analysis needs (integral breadth = area / height of one line).
 */
public final class KAlphaDoublet implements LineShape {

    private final LineShape base;
    private final double wavelengthRatio;
    private final double intensityRatio;
    private final int centerIndex;
    private final int areaIndex;
    /** Kα2 position for the last Kα1 position seen (a fit evaluates many x at one centre). */
    private volatile KAlpha2Position last = new KAlpha2Position(Double.NaN, Double.NaN, Double.NaN);

    /** 2θ₂ and d2θ₂/d2θ₁ for one 2θ₁; immutable, so racy publication only costs a recomputation. */
    private record KAlpha2Position(double twoTheta1, double twoTheta2, double derivative) {
    }

    /**
     * @param base the line profile of each component (a fresh instance; it is used by this doublet only)
     * @param wavelengthRatio λ2/λ1 (&gt; 0)
     * @param intensityRatio I(Kα2)/I(Kα1) (≥ 0)
     */
    public KAlphaDoublet(LineShape base, double wavelengthRatio, double intensityRatio) {
        this.base = Objects.requireNonNull(base, "base");
        if (!(wavelengthRatio > 0) || !Double.isFinite(wavelengthRatio)) {
            throw new IllegalArgumentException("λ2/λ1 must be a positive number, got " + wavelengthRatio);
        }
        if (!(intensityRatio >= 0) || !Double.isFinite(intensityRatio)) {
            throw new IllegalArgumentException("Kα2/Kα1 intensity ratio must be ≥ 0, got " + intensityRatio);
        }
        this.centerIndex = base.indexOf("center");
        this.areaIndex = base.indexOf("area");
        if (centerIndex < 0 || areaIndex < 0) {
            throw new IllegalArgumentException("a Kα doublet needs a peak shape with center and area, got "
                    + base.name());
        }
        this.wavelengthRatio = wavelengthRatio;
        this.intensityRatio = intensityRatio;
    }

    /** The doublet of a doublet radiation, or the base shape itself for monochromatic radiation. */
    public static LineShape forRadiation(LineShape base, Radiation radiation) {
        if (!radiation.isDoublet()) {
            return base;
        }
        return new KAlphaDoublet(base, radiation.kAlpha2Angstrom().getAsDouble() / radiation.kAlpha1Angstrom(),
                radiation.kAlpha2Ratio());
    }

    public LineShape base() {
        return base;
    }

    public double wavelengthRatio() {
        return wavelengthRatio;
    }

    public double intensityRatio() {
        return intensityRatio;
    }

    @Override
    public String name() {
        return base.name() + "+ka2";
    }

    @Override
    public List<ParameterDefault> parameters() {
        return base.parameters();
    }

    /** 2θ of the Kα2 line (degrees) for a Kα1 line at {@code twoTheta1Deg}; NaN when it does not exist. */
    public double kAlpha2TwoTheta(double twoTheta1Deg) {
        double s = wavelengthRatio * Math.sin(Math.toRadians(twoTheta1Deg / 2));
        return Math.abs(s) < 1 ? 2 * Math.toDegrees(Math.asin(s)) : Double.NaN;
    }

    private KAlpha2Position position(double twoTheta1) {
        KAlpha2Position memo = last;
        if (memo.twoTheta1() != twoTheta1) {
            double twoTheta2 = kAlpha2TwoTheta(twoTheta1);
            double derivative = wavelengthRatio * Math.cos(Math.toRadians(twoTheta1 / 2))
                    / Math.cos(Math.toRadians(twoTheta2 / 2));
            memo = new KAlpha2Position(twoTheta1, twoTheta2, derivative);
            last = memo;
        }
        return memo;
    }

    @Override
    public double value(double x, double[] p) {
        double v = base.value(x, p);
        double center2 = position(p[centerIndex]).twoTheta2();
        if (intensityRatio == 0 || Double.isNaN(center2)) {
            return v;
        }
        double[] q = p.clone();
        q[centerIndex] = center2;
        return v + intensityRatio * base.value(x, q);
    }

    @Override
    public void gradient(double x, double[] p, double[] out) {
        base.gradient(x, p, out);
        KAlpha2Position position = position(p[centerIndex]);
        double center2 = position.twoTheta2();
        if (intensityRatio == 0 || Double.isNaN(center2)) {
            return;
        }
        double[] q = p.clone();
        q[centerIndex] = center2;
        double[] g2 = new double[out.length];
        base.gradient(x, q, g2);
        double dCenter2 = position.derivative();
        for (int k = 0; k < out.length; k++) {
            out[k] += intensityRatio * (k == centerIndex ? g2[k] * dCenter2 : g2[k]);
        }
    }

    /** Height of the Kα1 line alone. */
    @Override
    public double height(double[] p) {
        return base.height(p);
    }

    /** FWHM of the Kα1 line alone. */
    @Override
    public double fwhm(double[] p) {
        return base.fwhm(p);
    }
}
