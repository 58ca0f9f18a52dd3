package org.crystallite.xrd.lattice;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

import org.crystallite.spectrum.shape.LineShape;
import org.crystallite.spectrum.shape.ParameterDefault;
import org.crystallite.spectrum.shape.PseudoVoigt;
import org.crystallite.xrd.radiation.Radiation;

/**
 * One reflection of a Pawley refinement as a fit component: a pseudo-Voigt line whose position is not a
 * parameter but follows from the cell, 2θ = 2·asin(λ/2d) + Δ2θ(θ) with 1/d² = hᵀG*h (see {@link UnitCell}) and
 * Δ2θ the shift terms ({@link ShiftTerm}). Its parameters are the crystal system's independent cell parameters,
 * the shift terms, the width and shape parameters of {@link PawleyWidths} and the integrated intensity
 * {@code area} (Kα1 line). With doublet radiation a Kα2 line of area·ratio sits where the same d puts λ2, with
 * the same width and shape (as {@code KAlphaDoublet} does for free peaks).
 *
 * <p>The refinement ties the cell and shift parameters of all reflections of a phase to one reflection, so the
 * fitter varies one cell per phase. Derivatives: the profile's are analytic; ∂(1/d²)/∂(cell parameter) is a
 * central difference of the metric tensor, computed once per cell and cached (the fitter evaluates every
 * point at one parameter vector).
 */
final class PawleyReflectionShape implements LineShape {

    private static final double DEG_PER_RAD = 180 / Math.PI;
    /** Smallest FWHM² (deg²) a Caglioti law may reach; below it the width is held at 0.001°. */
    private static final double MIN_FWHM_SQUARED = 1e-6;

    private final CrystalSystem system;
    private final Hkl hkl;
    private final List<ShiftTerm> shiftTerms;
    private final PawleyWidths widths;
    private final double[] wavelengths;
    private final double[] lineWeights;
    private final List<ParameterDefault> parameters;
    private final int cellCount;
    private final int shiftCount;
    private final int widthOffset;
    private final int areaIndex;
    private final double etaLowDeg;
    private final double etaHighDeg;
    private final PseudoVoigt profile = new PseudoVoigt();
    /** Positions for the last cell and shift seen; immutable, so racy publication only costs a recomputation. */
    private volatile Geometry last;
    /** Width and shape for the last non-area parameters seen (same publication rule). */
    private volatile LineProfile lastProfile;

    /** Line positions and their derivatives for one cell and shift vector. */
    private record Geometry(double[] key, double[] twoThetaDeg, double[] thetaRad, double[][] dTwoThetaDCell,
                            double[][] dThetaDCell, double[][] dTwoThetaDShift) {
    }

    /**
     * @param etaLowDeg 2θ where the per-phase η equals {@code etaLow} (the low end of the refined range)
     * @param etaHighDeg 2θ where it equals {@code etaHigh} (the high end); unused for per-reflection widths
     */
    /**
     * Width, η and their derivatives for one vector of cell, shift and width parameters: derivatives[0][k] =
     * ∂fwhm/∂(width parameter k), derivatives[1][k] = ∂η/∂(width parameter k), derivatives[2] = ∂fwhm/∂θ₁ and
     * ∂η/∂θ₁ (the Caglioti law and the η interpolation depend on the Bragg angle).
     */
    private record LineProfile(double[] key, Geometry geometry, double fwhm, double eta, double[][] derivatives) {
    }

    PawleyReflectionShape(CrystalSystem system, Hkl hkl, ShiftModel shift, PawleyWidths widths, Radiation radiation,
                          double etaLowDeg, double etaHighDeg) {
        if (!(etaHighDeg > etaLowDeg)) {
            throw new IllegalArgumentException("η interpolation needs low < high 2θ, got " + etaLowDeg + ", "
                    + etaHighDeg);
        }
        this.etaLowDeg = etaLowDeg;
        this.etaHighDeg = etaHighDeg;
        this.system = Objects.requireNonNull(system, "system");
        this.hkl = Objects.requireNonNull(hkl, "hkl");
        this.shiftTerms = shift.ordered();
        this.widths = Objects.requireNonNull(widths, "widths");
        if (radiation.isDoublet()) {
            wavelengths = new double[] {radiation.kAlpha1Angstrom(), radiation.kAlpha2Angstrom().getAsDouble()};
            lineWeights = new double[] {1, radiation.kAlpha2Ratio()};
        } else {
            wavelengths = new double[] {radiation.kAlpha1Angstrom()};
            lineWeights = new double[] {1};
        }
        List<ParameterDefault> ps = new ArrayList<>();
        for (String n : system.parameterNames()) {
            ps.add(ParameterDefault.positive(n, 1));
        }
        for (ShiftTerm t : shiftTerms) {
            ps.add(ParameterDefault.free(t.parameterName(), 0));
        }
        for (String n : widthParameterNames(widths)) {
            ps.add(ParameterDefault.free(n, 0));
        }
        ps.add(ParameterDefault.positive("area", 1));
        this.parameters = List.copyOf(ps);
        this.cellCount = system.parameterNames().size();
        this.shiftCount = shiftTerms.size();
        this.widthOffset = cellCount + shiftCount;
        this.areaIndex = ps.size() - 1;
    }

    /** The width and shape parameters of a width model, in parameter order. */
    static List<String> widthParameterNames(PawleyWidths widths) {
        return switch (widths) {
            case PHASE -> List.of("U", "V", "W", "etaLow", "etaHigh");
            case REFLECTION -> List.of("fwhm", "eta");
        };
    }

    @Override
    public String name() {
        return "pawley-reflection";
    }

    @Override
    public List<ParameterDefault> parameters() {
        return parameters;
    }

    /** Kα1 2θ (degrees, shift included) for the parameter vector. */
    double twoThetaDeg(double[] p) {
        return geometry(p).twoThetaDeg()[0];
    }

    /** FWHM (degrees) of the Kα1 line for the parameter vector. */
    double fwhmDeg(double[] p) {
        return lineProfile(p).fwhm();
    }

    /** η of the Kα1 line for the parameter vector. */
    double eta(double[] p) {
        return lineProfile(p).eta();
    }

    @Override
    public double value(double x, double[] p) {
        LineProfile lp = lineProfile(p);
        Geometry g = lp.geometry();
        double[] q = new double[4];
        double sum = 0;
        for (int line = 0; line < wavelengths.length; line++) {
            if (!Double.isFinite(g.twoThetaDeg()[line])) {
                continue;
            }
            q[0] = g.twoThetaDeg()[line];
            q[1] = lp.fwhm();
            q[2] = p[areaIndex] * lineWeights[line];
            q[3] = lp.eta();
            sum += profile.value(x, q);
        }
        return sum;
    }

    @Override
    public void gradient(double x, double[] p, double[] out) {
        Arrays.fill(out, 0);
        LineProfile lp = lineProfile(p);
        Geometry g = lp.geometry();
        double[][] dws = lp.derivatives();
        double[] q = new double[4];
        double[] d = new double[4];
        for (int line = 0; line < wavelengths.length; line++) {
            if (!Double.isFinite(g.twoThetaDeg()[line])) {
                continue;
            }
            q[0] = g.twoThetaDeg()[line];
            q[1] = lp.fwhm();
            q[2] = p[areaIndex] * lineWeights[line];
            q[3] = lp.eta();
            profile.gradient(x, q, d);
            double dCenter = d[0];
            double dFwhm = d[1];
            double dEta = d[3];
            for (int j = 0; j < cellCount; j++) {
                out[j] += dCenter * g.dTwoThetaDCell()[line][j]
                        + (dFwhm * dws[2][0] + dEta * dws[2][1]) * g.dThetaDCell()[0][j];
            }
            for (int k = 0; k < shiftCount; k++) {
                out[cellCount + k] += dCenter * g.dTwoThetaDShift()[line][k];
            }
            for (int k = 0; k < dws[0].length; k++) {
                out[widthOffset + k] += dFwhm * dws[0][k] + dEta * dws[1][k];
            }
            out[areaIndex] += d[2] * lineWeights[line];
        }
    }

    private LineProfile lineProfile(double[] p) {
        LineProfile lp = lastProfile;
        if (lp != null && Arrays.equals(lp.key(), 0, areaIndex, p, 0, areaIndex)) {
            return lp;
        }
        Geometry g = geometry(p);
        double[][] derivatives = new double[3][];
        double[] ws = widthAndShape(p, g, derivatives);
        lp = new LineProfile(Arrays.copyOf(p, areaIndex), g, ws[0], ws[1], derivatives);
        lastProfile = lp;
        return lp;
    }

    /** FWHM and η of the lines, filling their derivatives (see {@link LineProfile}). */
    private double[] widthAndShape(double[] p, Geometry g, double[][] derivatives) {
        int w = widthOffset;
        if (widths == PawleyWidths.REFLECTION) {
            derivatives[0] = new double[] {1, 0};
            derivatives[1] = new double[] {0, 1};
            derivatives[2] = new double[] {0, 0};
            return new double[] {p[w], p[w + 1]};
        }
        // FullProf profile function 5: FWHM² = U tan²θ + V tanθ + W, η linear in 2θ (θ of the Kα1 line). η is
        // written through its values at the ends of the range, both bounded to [0, 1], so that η stays a
        // Lorentzian fraction everywhere without clamping (which would zero its derivatives).
        double theta = g.thetaRad()[0];
        double t = Math.tan(theta);
        double u = p[w];
        double v = p[w + 1];
        double wc = p[w + 2];
        double f2 = u * t * t + v * t + wc;
        boolean floored = f2 < MIN_FWHM_SQUARED;
        double fwhm = Math.sqrt(floored ? MIN_FWHM_SQUARED : f2);
        double span = etaHighDeg - etaLowDeg;
        double fraction = (2 * theta * DEG_PER_RAD - etaLowDeg) / span;
        boolean outside = fraction < 0 || fraction > 1;
        fraction = Math.max(0, Math.min(1, fraction));
        double eta = p[w + 3] + (p[w + 4] - p[w + 3]) * fraction;
        double c = floored ? 0 : 1 / (2 * fwhm);
        double sec2 = 1 + t * t;
        derivatives[0] = new double[] {c * t * t, c * t, c, 0, 0};
        derivatives[1] = new double[] {0, 0, 0, 1 - fraction, fraction};
        double dEtaDTheta = outside ? 0 : (p[w + 4] - p[w + 3]) * 2 * DEG_PER_RAD / span;
        derivatives[2] = new double[] {c * (2 * u * t + v) * sec2, dEtaDTheta};
        return new double[] {fwhm, eta};
    }

    private Geometry geometry(double[] p) {
        Geometry g = last;
        int keyLength = cellCount + shiftCount;
        if (g != null && Arrays.equals(g.key(), 0, keyLength, p, 0, keyLength)) {
            return g;
        }
        g = compute(Arrays.copyOf(p, keyLength));
        last = g;
        return g;
    }

    private Geometry compute(double[] key) {
        double[] cell = Arrays.copyOf(key, cellCount);
        double q = inverseDSquared(cell);
        double[] dq = new double[cellCount];
        for (int j = 0; j < cellCount; j++) {
            double h = 1e-6 * Math.max(1, Math.abs(cell[j]));
            double[] up = cell.clone();
            double[] down = cell.clone();
            up[j] += h;
            down[j] -= h;
            dq[j] = (inverseDSquared(up) - inverseDSquared(down)) / (2 * h);
        }
        double[] shift = Arrays.copyOfRange(key, cellCount, key.length);
        int lines = wavelengths.length;
        double[] twoTheta = new double[lines];
        double[] theta = new double[lines];
        double[][] dTwoThetaDCell = new double[lines][cellCount];
        double[][] dThetaDCell = new double[lines][cellCount];
        double[][] dTwoThetaDShift = new double[lines][shiftCount];
        for (int line = 0; line < lines; line++) {
            // Bragg: sinθ = λ·√(1/d²)/2.
            double s = wavelengths[line] * Math.sqrt(q) / 2;
            if (!(s < 1)) {
                twoTheta[line] = Double.NaN;
                theta[line] = Double.NaN;
                continue;
            }
            double th = Math.asin(s);
            theta[line] = th;
            double shiftDeg = 0;
            double dShiftDTheta = 0;
            for (int k = 0; k < shiftCount; k++) {
                ShiftTerm term = shiftTerms.get(k);
                shiftDeg += shift[k] * term.derivative(th);
                dTwoThetaDShift[line][k] = term.derivative(th);
                double e = 1e-6;
                dShiftDTheta += shift[k] * (term.derivative(th + e) - term.derivative(th - e)) / (2 * e);
            }
            twoTheta[line] = 2 * th * DEG_PER_RAD + shiftDeg;
            // dθ/dQ = λ / (4·√Q·cosθ) from sinθ = λ√Q/2.
            double dThetaDq = wavelengths[line] / (4 * Math.sqrt(q) * Math.cos(th));
            for (int j = 0; j < cellCount; j++) {
                dThetaDCell[line][j] = dThetaDq * dq[j];
                dTwoThetaDCell[line][j] = (2 * DEG_PER_RAD + dShiftDTheta) * dThetaDCell[line][j];
            }
        }
        return new Geometry(key, twoTheta, theta, dTwoThetaDCell, dThetaDCell, dTwoThetaDShift);
    }

    private double inverseDSquared(double[] cellParameters) {
        return system.cell(cellParameters).inverseDSquared(hkl);
    }
}
