package org.crystallite.xrd.instrument;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

import org.crystallite.spectrum.Spectrum;
import org.crystallite.xrd.peaks.AxialDivergenceFit;
import org.crystallite.xrd.peaks.XrdPeakFitter;
import org.crystallite.xrd.radiation.Radiation;

/**
 * The axial divergence (Finger–Cox–Jephcoat S/L and H/L) of an instrument fitted to the pattern of a line-profile
 * standard once its {@link InstrumentProfileFitter} calibration has matched the standard's reflections. The peaks
 * used are the lowest-angle matched reflections below 90° whose Gaussian and Lorentzian widths were both
 * determined: the FCJ asymmetric tail, from 2φ_min = arccos(cos 2θ·√(1 + ((S + H)/L)²)) up to 2θ, is widest
 * relative to the peak at low angle and vanishes at 90° (FCJ, J. Appl. Cryst. 27 (1994) 892, eq. 3), so the
 * low-angle lines carry the information. Each is fitted by {@link AxialDivergenceFit}.
 */
public final class AxialDivergenceCalibration {

    /** Most peaks fitted: each costs a χ² scan of a dozen window fits with the FCJ profile. */
    public static final int MAX_PEAKS = 8;
    /** Above this 2θ the asymmetry is small (it changes side at 90°). */
    public static final double MAX_TWO_THETA_DEG = 90;

    /**
     * @param axial the S/L and H/L to store with the instrument profile (source {@code fitted})
     * @param fit the per-peak estimates and the warnings of the peaks that did not determine S/L
     */
    public record Result(InstrumentAxialDivergence axial, AxialDivergenceFit.Result fit) {
        public Result {
            Objects.requireNonNull(axial, "axial");
            Objects.requireNonNull(fit, "fit");
        }
    }

    private AxialDivergenceCalibration() {
    }

    /** The 2θ of the matched peaks the fit uses, lowest first (at most {@value #MAX_PEAKS}). */
    public static List<Double> peaksToFit(InstrumentCalibration calibration) {
        return calibration.peaks().stream()
                .filter(p -> p.usedForGaussian() && p.usedForLorentzian())
                .map(p -> p.peak().twoThetaDeg().value())
                .filter(t -> t < MAX_TWO_THETA_DEG)
                .sorted(Comparator.naturalOrder())
                .limit(MAX_PEAKS)
                .toList();
    }

    /**
     * @param pattern the standard's pattern the calibration was fitted to
     * @param options window and background settings (the profile is set to {@code fcj-pv})
     * @param hOverSRatio H/L ÷ S/L held during the fit (1 when slit and illuminated sample height are alike)
     * @throws IllegalArgumentException when no matched peak lies below 90° or none determines S/L
     */
    public static Result fit(Spectrum pattern, Radiation radiation, InstrumentCalibration calibration,
                             XrdPeakFitter.Options options, double hOverSRatio) {
        List<Double> peaks = peaksToFit(calibration);
        String name = calibration.profile().standard();
        if (peaks.isEmpty()) {
            throw new IllegalArgumentException("no peak of " + name + " with determined widths below "
                    + MAX_TWO_THETA_DEG + "° to fit the axial divergence to");
        }
        AxialDivergenceFit.Result fit;
        try {
            fit = AxialDivergenceFit.fit(pattern, radiation, peaks, options, hOverSRatio);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(pattern.source().map(s -> s + ": ").orElse("") + "axial divergence of "
                    + name + ": " + e.getMessage(), e);
        }
        List<Double> used = fit.peaksUsedDeg();
        String origin = String.format(Locale.ROOT, "%d of %d peaks of %s between %.3f and %.3f° 2θ, H/L = %s × S/L",
                used.size(), peaks.size(), name, used.get(0), used.get(used.size() - 1), ratioText(hOverSRatio));
        return new Result(InstrumentAxialDivergence.fitted(fit.axial(), fit.sOverLSigma(), origin), fit);
    }

    private static String ratioText(double ratio) {
        return ratio == Math.rint(ratio) && Math.abs(ratio) < 1e6 ? String.valueOf((long) ratio)
                : String.format(Locale.ROOT, "%g", ratio);
    }
}
