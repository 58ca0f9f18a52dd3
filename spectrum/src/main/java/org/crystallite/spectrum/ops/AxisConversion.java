package org.crystallite.spectrum.ops;

import java.util.Arrays;
import java.util.function.DoubleUnaryOperator;

import org.crystallite.spectrum.AxisQuantity;
import org.crystallite.spectrum.MetadataKeys;
import org.crystallite.spectrum.ProcessingStep;
import org.crystallite.spectrum.Spectrum;

/**
 * Converts the x axis between physically equivalent quantities. y and sigma travel with their
 * points (no Jacobian re-weighting of intensities). Each conversion checks the input quantity.
 *
 * <p><b>Order.</b> A conversion that runs opposite to x (2θ → d, d → 2θ, d ↔ Q, KE ↔ BE) reverses
 * the arrays, so an increasing input gives an increasing output.
 *
 * <p><b>Undefined points are dropped</b>, not refused: 2θ outside (0°, 180°] for d, outside
 * [0°, 180°] for Q, d ≤ 0, λ/2d &gt; 1, Q &lt; 0 or Qλ/4π &gt; 1, E &lt; E0 for k, k &lt; 0 for E.
 * The step records {@code droppedPoints}; if no point remains the conversion is refused.
 * Dropping lets a pre-edge region or a 2θ = 0 start row pass through without a separate crop.
 */
public final class AxisConversion {

    /** Planck constant h in J s (CODATA 2018, exact in the 2019 SI). */
    static final double PLANCK_J_S = 6.62607015e-34;
    /** Electron mass in kg (CODATA 2018: 9.1093837015(28) × 10⁻³¹ kg). */
    static final double ELECTRON_MASS_KG = 9.1093837015e-31;
    /** Elementary charge in C (exact in the 2019 SI). */
    static final double ELEMENTARY_CHARGE_C = 1.602176634e-19;

    /**
     * ħ²/(2mₑ) in eV Å² = 3.80998212… (from the CODATA 2018 values above), so that
     * k [Å⁻¹] = sqrt((E − E0) [eV] / ħ²/(2mₑ)), the photo-electron wave number of EXAFS.
     */
    public static final double HBAR2_OVER_2ME_EV_A2;

    static {
        double hbar = PLANCK_J_S / (2 * Math.PI);
        HBAR2_OVER_2ME_EV_A2 = hbar * hbar / (2 * ELECTRON_MASS_KG) / ELEMENTARY_CHARGE_C * 1e20;
    }

    private AxisConversion() {
    }

    // ---- diffraction: Bragg's law, λ = 2 d sin θ; Q = 4π sin θ / λ = 2π / d ----

    /** 2θ (°) → d (Å) = λ / (2 sin θ); reverses the order. */
    public static Spectrum twoThetaToD(Spectrum spectrum, double wavelengthAngstrom) {
        requirePositive(wavelengthAngstrom, "wavelength (Å)");
        return convert(spectrum, AxisQuantity.TWO_THETA, AxisQuantity.D_SPACING, true,
                tth -> tth > 0 && tth <= 180 ? wavelengthAngstrom / (2 * Math.sin(Math.toRadians(tth / 2))) : Double.NaN,
                "2theta-to-d", "wavelengthAngstrom", wavelengthAngstrom);
    }

    /** 2θ (°) → Q (Å⁻¹) = 4π sin θ / λ; keeps the order. */
    public static Spectrum twoThetaToQ(Spectrum spectrum, double wavelengthAngstrom) {
        requirePositive(wavelengthAngstrom, "wavelength (Å)");
        return convert(spectrum, AxisQuantity.TWO_THETA, AxisQuantity.Q, false,
                tth -> tth >= 0 && tth <= 180 ? 4 * Math.PI * Math.sin(Math.toRadians(tth / 2)) / wavelengthAngstrom
                        : Double.NaN,
                "2theta-to-Q", "wavelengthAngstrom", wavelengthAngstrom);
    }

    /** d (Å) → 2θ (°) = 2 asin(λ / 2d); reverses the order. */
    public static Spectrum dToTwoTheta(Spectrum spectrum, double wavelengthAngstrom) {
        requirePositive(wavelengthAngstrom, "wavelength (Å)");
        return convert(spectrum, AxisQuantity.D_SPACING, AxisQuantity.TWO_THETA, true,
                d -> d > 0 && wavelengthAngstrom / (2 * d) <= 1
                        ? 2 * Math.toDegrees(Math.asin(wavelengthAngstrom / (2 * d))) : Double.NaN,
                "d-to-2theta", "wavelengthAngstrom", wavelengthAngstrom);
    }

    /** Q (Å⁻¹) → 2θ (°) = 2 asin(Qλ / 4π); keeps the order. */
    public static Spectrum qToTwoTheta(Spectrum spectrum, double wavelengthAngstrom) {
        requirePositive(wavelengthAngstrom, "wavelength (Å)");
        return convert(spectrum, AxisQuantity.Q, AxisQuantity.TWO_THETA, false,
                q -> q >= 0 && q * wavelengthAngstrom / (4 * Math.PI) <= 1
                        ? 2 * Math.toDegrees(Math.asin(q * wavelengthAngstrom / (4 * Math.PI))) : Double.NaN,
                "Q-to-2theta", "wavelengthAngstrom", wavelengthAngstrom);
    }

    /** d (Å) → Q (Å⁻¹) = 2π / d; reverses the order. */
    public static Spectrum dToQ(Spectrum spectrum) {
        return convert(spectrum, AxisQuantity.D_SPACING, AxisQuantity.Q, true,
                d -> d > 0 ? 2 * Math.PI / d : Double.NaN, "d-to-Q");
    }

    /** Q (Å⁻¹) → d (Å) = 2π / Q; reverses the order. */
    public static Spectrum qToD(Spectrum spectrum) {
        return convert(spectrum, AxisQuantity.Q, AxisQuantity.D_SPACING, true,
                q -> q > 0 ? 2 * Math.PI / q : Double.NaN, "Q-to-d");
    }

    /** 2θ → d with λ from the metadata {@link MetadataKeys#WAVELENGTH_ANGSTROM}. */
    public static Spectrum twoThetaToD(Spectrum spectrum) {
        return twoThetaToD(spectrum, wavelengthOf(spectrum));
    }

    /** 2θ → Q with λ from the metadata {@link MetadataKeys#WAVELENGTH_ANGSTROM}. */
    public static Spectrum twoThetaToQ(Spectrum spectrum) {
        return twoThetaToQ(spectrum, wavelengthOf(spectrum));
    }

    // ---- photoemission: Einstein relation, BE = hν − KE − φ ----

    /**
     * Kinetic → binding energy, BE = hν − KE − φ (φ: spectrometer work function in eV, 0 when KE
     * is already referenced to the Fermi level); reverses the order.
     */
    public static Spectrum kineticToBinding(Spectrum spectrum, double photonEnergyEv, double workFunctionEv) {
        requireFinite(photonEnergyEv, "photon energy (eV)");
        requireFinite(workFunctionEv, "work function (eV)");
        return convert(spectrum, AxisQuantity.KINETIC_ENERGY, AxisQuantity.BINDING_ENERGY, true,
                ke -> photonEnergyEv - ke - workFunctionEv, "KE-to-BE", "photonEnergyEv", photonEnergyEv,
                "workFunctionEv", workFunctionEv);
    }

    /** {@link #kineticToBinding(Spectrum, double, double)} with φ = 0. */
    public static Spectrum kineticToBinding(Spectrum spectrum, double photonEnergyEv) {
        return kineticToBinding(spectrum, photonEnergyEv, 0);
    }

    /** Binding → kinetic energy, KE = hν − BE − φ; reverses the order. */
    public static Spectrum bindingToKinetic(Spectrum spectrum, double photonEnergyEv, double workFunctionEv) {
        requireFinite(photonEnergyEv, "photon energy (eV)");
        requireFinite(workFunctionEv, "work function (eV)");
        return convert(spectrum, AxisQuantity.BINDING_ENERGY, AxisQuantity.KINETIC_ENERGY, true,
                be -> photonEnergyEv - be - workFunctionEv, "BE-to-KE", "photonEnergyEv", photonEnergyEv,
                "workFunctionEv", workFunctionEv);
    }

    /** {@link #bindingToKinetic(Spectrum, double, double)} with φ = 0. */
    public static Spectrum bindingToKinetic(Spectrum spectrum, double photonEnergyEv) {
        return bindingToKinetic(spectrum, photonEnergyEv, 0);
    }

    // ---- absorption: photo-electron wave number ----

    /**
     * Photon energy E (eV) → k (Å⁻¹) = sqrt((E − E0) / (ħ²/2mₑ)); points with E &lt; E0 are dropped.
     */
    public static Spectrum energyToK(Spectrum spectrum, double edgeEnergyEv) {
        requireFinite(edgeEnergyEv, "edge energy E0 (eV)");
        return convert(spectrum, AxisQuantity.PHOTON_ENERGY, AxisQuantity.K, false,
                e -> e >= edgeEnergyEv ? Math.sqrt((e - edgeEnergyEv) / HBAR2_OVER_2ME_EV_A2) : Double.NaN,
                "E-to-k", "edgeEnergyEv", edgeEnergyEv, "hbar2Over2meEvA2", HBAR2_OVER_2ME_EV_A2);
    }

    /** k (Å⁻¹) → photon energy E = E0 + (ħ²/2mₑ) k²; points with k &lt; 0 are dropped. */
    public static Spectrum kToEnergy(Spectrum spectrum, double edgeEnergyEv) {
        requireFinite(edgeEnergyEv, "edge energy E0 (eV)");
        return convert(spectrum, AxisQuantity.K, AxisQuantity.PHOTON_ENERGY, false,
                k -> k >= 0 ? edgeEnergyEv + HBAR2_OVER_2ME_EV_A2 * k * k : Double.NaN,
                "k-to-E", "edgeEnergyEv", edgeEnergyEv, "hbar2Over2meEvA2", HBAR2_OVER_2ME_EV_A2);
    }

    private static double wavelengthOf(Spectrum spectrum) {
        return spectrum.metadataNumber(MetadataKeys.WAVELENGTH_ANGSTROM).orElseThrow(() -> new IllegalArgumentException(
                "no numeric wavelength in the metadata (" + MetadataKeys.WAVELENGTH_ANGSTROM + ") of " + spectrum
                        + "; give the wavelength explicitly"));
    }

    private static Spectrum convert(Spectrum spectrum, AxisQuantity from, AxisQuantity to, boolean reverses,
                                    DoubleUnaryOperator map, String operation, Object... parameters) {
        if (spectrum.xQuantity() != from) {
            throw new IllegalArgumentException(operation + " expects an x axis of " + from.labelWithUnit()
                    + ", found " + spectrum.xQuantity().labelWithUnit());
        }
        int n = spectrum.size();
        double[] y = spectrum.y();
        double[] sigma = spectrum.sigma().orElse(null);
        double[] outX = new double[n];
        double[] outY = new double[n];
        double[] outS = sigma == null ? null : new double[n];
        int kept = 0;
        for (int i = 0; i < n; i++) {
            int src = reverses ? n - 1 - i : i;
            double v = map.applyAsDouble(spectrum.x(src));
            if (Double.isFinite(v)) {
                outX[kept] = v;
                outY[kept] = y[src];
                if (outS != null) {
                    outS[kept] = sigma[src];
                }
                kept++;
            }
        }
        if (kept == 0) {
            throw new IllegalArgumentException(operation + " is undefined at every point of " + spectrum);
        }
        Object[] all = new Object[parameters.length + 4];
        System.arraycopy(parameters, 0, all, 0, parameters.length);
        all[parameters.length] = "reversed";
        all[parameters.length + 1] = reverses;
        all[parameters.length + 2] = "droppedPoints";
        all[parameters.length + 3] = n - kept;
        return spectrum.withXAxis(Arrays.copyOf(outX, kept), Arrays.copyOf(outY, kept),
                outS == null ? null : Arrays.copyOf(outS, kept), to, ProcessingStep.of(operation, all));
    }

    private static void requirePositive(double v, String name) {
        if (!(v > 0) || Double.isInfinite(v)) {
            throw new IllegalArgumentException(name + " must be finite and > 0, got " + v);
        }
    }

    private static void requireFinite(double v, String name) {
        UniformGrid.requireFinite(v, name);
    }
}
