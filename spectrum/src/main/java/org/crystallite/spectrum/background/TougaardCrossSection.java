package org.crystallite.spectrum.background;

/**
 * Tougaard's universal inelastic-scattering cross-sections without the scale factor B, as a
 * function of the energy loss T (eV):
 * <ul>
 *   <li>{@link Form#U2}: T / (C + T²)² (S. Tougaard, Surf. Interface Anal. 11 (1988) 453;
 *       C = 1643 eV² for most metals and their oxides);</li>
 *   <li>{@link Form#U3}: T / ((C − T²)² + D·T²) (S. Tougaard, Surf. Interface Anal. 25 (1997)
 *       137, universality classes; C = 551 eV², D = 436 eV² for polymers).</li>
 * </ul>
 * Both are zero below the threshold loss T0 (band gap of an insulator; CasaXPS stores it as the
 * last parameter of its "U 3 Tougaard" region, e.g. 3 eV in the FeO validation file). A loss
 * within 1e-9 eV of T0 counts as at the threshold, so grid losses equal to T0 are included.
 *
 * @param form which universal form
 * @param c C in eV² (&gt; 0)
 * @param d D in eV² (&gt; 0 for U3; 0 for U2)
 * @param thresholdEv T0 in eV (≥ 0)
 */
public record TougaardCrossSection(Form form, double c, double d, double thresholdEv) {

    /** Two- or three-parameter universal cross-section. */
    public enum Form {
        U2, U3
    }

    /** C of the two-parameter universal cross-section (Tougaard 1988), eV². */
    public static final double U2_C = 1643;
    /** C and D of the three-parameter polymer class (Tougaard 1997), eV². */
    public static final double U3_POLYMER_C = 551;
    public static final double U3_POLYMER_D = 436;

    private static final double THRESHOLD_SLACK_EV = 1e-9;

    public TougaardCrossSection {
        if (form == null) {
            throw new IllegalArgumentException("Tougaard cross-section form is null");
        }
        if (!(c > 0) || !Double.isFinite(c)) {
            throw new IllegalArgumentException("Tougaard C must be a positive number of eV², got " + c);
        }
        if (form == Form.U2 && d != 0) {
            throw new IllegalArgumentException("Tougaard U2 has no D parameter, got D = " + d);
        }
        if (form == Form.U3 && (!(d > 0) || !Double.isFinite(d))) {
            throw new IllegalArgumentException("Tougaard U3 D must be a positive number of eV², got " + d);
        }
        if (!(thresholdEv >= 0) || !Double.isFinite(thresholdEv)) {
            throw new IllegalArgumentException("Tougaard threshold T0 must be ≥ 0 eV, got " + thresholdEv);
        }
    }

    /** U2 with the universal C = 1643 eV² and no threshold. */
    public static TougaardCrossSection u2() {
        return new TougaardCrossSection(Form.U2, U2_C, 0, 0);
    }

    /** U2 with the given C. */
    public static TougaardCrossSection u2(double c) {
        return new TougaardCrossSection(Form.U2, c, 0, 0);
    }

    /** U3 polymer class (C = 551, D = 436 eV²), no threshold. */
    public static TougaardCrossSection u3() {
        return new TougaardCrossSection(Form.U3, U3_POLYMER_C, U3_POLYMER_D, 0);
    }

    /** U3 with the given C, D and threshold. */
    public static TougaardCrossSection u3(double c, double d, double thresholdEv) {
        return new TougaardCrossSection(Form.U3, c, d, thresholdEv);
    }

    /** The same cross-section with another threshold T0 (eV). */
    public TougaardCrossSection withThreshold(double newThresholdEv) {
        return new TougaardCrossSection(form, c, d, newThresholdEv);
    }

    /** The cross-section per unit B at energy loss {@code lossEv} (eV⁻³ scale; 0 below T0 or for T ≤ 0). */
    public double perUnitB(double lossEv) {
        if (lossEv <= 0 || lossEv < thresholdEv - THRESHOLD_SLACK_EV) {
            return 0;
        }
        double t2 = lossEv * lossEv;
        if (form == Form.U2) {
            double s = c + t2;
            return lossEv / (s * s);
        }
        double s = c - t2;
        return lossEv / (s * s + d * t2);
    }
}
