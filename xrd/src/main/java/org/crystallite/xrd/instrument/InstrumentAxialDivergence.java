package org.crystallite.xrd.instrument;

import java.util.Locale;
import java.util.Objects;

import org.crystallite.xrd.peaks.AxialDivergence;

/**
 * The axial divergence of a diffractometer as kept with its {@link InstrumentProfile}: the Finger–Cox–Jephcoat
 * S/L and H/L of the {@code fcj-pv} profile and where they came from, so that every later fit on the same
 * instrument can use them.
 *
 * @param axial S/L and H/L
 * @param source how they were obtained
 * @param sOverLSigma σ of S/L when {@link Source#FITTED} (H/L is then held at a fixed ratio to S/L); NaN otherwise
 * @param origin provenance: the .prm file for {@link Source#PRM}, the peaks used for {@link Source#FITTED}, empty
 *     for {@link Source#GIVEN}
 */
public record InstrumentAxialDivergence(AxialDivergence axial, Source source, double sOverLSigma, String origin) {

    /** How S/L and H/L were obtained, with the name the instrument file uses. */
    public enum Source {
        /** From the type-3 profile function (PRCF) of a GSAS instrument parameter file. */
        PRM("prm"),
        /** Fitted to the peaks of the standard ({@link org.crystallite.xrd.peaks.AxialDivergenceFit}). */
        FITTED("fitted"),
        /** Typed in by the user. */
        GIVEN("given");

        private final String jsonName;

        Source(String jsonName) {
            this.jsonName = jsonName;
        }

        public String jsonName() {
            return jsonName;
        }

        /** {@code prm}, {@code fitted} or {@code given}. */
        public static Source parse(String text) {
            String t = text == null ? "" : text.trim().toLowerCase(Locale.ROOT);
            for (Source s : values()) {
                if (s.jsonName.equals(t)) {
                    return s;
                }
            }
            throw new IllegalArgumentException("axial divergence source must be prm, fitted or given, got '" + text
                    + "'");
        }
    }

    public InstrumentAxialDivergence {
        Objects.requireNonNull(axial, "axial");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(origin, "origin");
        if (source != Source.FITTED && !Double.isNaN(sOverLSigma)) {
            throw new IllegalArgumentException("only a fitted S/L has a σ (source " + source.jsonName() + ")");
        }
        if (!Double.isNaN(sOverLSigma) && !(sOverLSigma >= 0 && Double.isFinite(sOverLSigma))) {
            throw new IllegalArgumentException("σ of S/L must be a finite number ≥ 0, got " + sOverLSigma);
        }
    }

    /** S/L, H/L typed in by the user. */
    public static InstrumentAxialDivergence given(AxialDivergence axial) {
        return new InstrumentAxialDivergence(axial, Source.GIVEN, Double.NaN, "");
    }

    /** S/L, H/L read from a GSAS .prm file. */
    public static InstrumentAxialDivergence fromPrm(AxialDivergence axial, String prmFile) {
        return new InstrumentAxialDivergence(axial, Source.PRM, Double.NaN, prmFile);
    }

    /** S/L, H/L fitted to peaks of the standard, with the σ of S/L and a description of the peaks used. */
    public static InstrumentAxialDivergence fitted(AxialDivergence axial, double sOverLSigma, String peaksUsed) {
        return new InstrumentAxialDivergence(axial, Source.FITTED, sOverLSigma, peaksUsed);
    }
}
