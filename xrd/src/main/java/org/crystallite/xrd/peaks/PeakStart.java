package org.crystallite.xrd.peaks;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.crystallite.spectrum.Spectrum;
import org.crystallite.spectrum.ops.Resample;
import org.crystallite.spectrum.ops.UniformGrid;
import org.crystallite.spectrum.peaks.PeakCandidate;
import org.crystallite.xrd.radiation.Radiation;

/**
 * Where a peak fit starts: 2θ, height above the background, FWHM and the search SNR (NaN for a
 * position given by the caller). Also the uniform grid the search and the estimates work on.
 */
record PeakStart(double twoThetaDeg, double height, double fwhmDeg, double snr) {

    static PeakStart of(PeakCandidate c) {
        return new PeakStart(c.x(), Math.max(c.height(), 0), c.fwhmEstimate(), c.snr());
    }

    /**
     * How far on each side of a start position (2θ, degrees) {@link #estimate} looks for the
     * background and the half-maximum crossings. A 2θ distance, not a number of points, so that a
     * start (and the window built from it) depends only on the data within ±2° of the peak, not on
     * the step or on how much of the pattern is loaded. 2° lies beyond the tails of
     * instrument-limited lines (FWHM 0.01–0.3°: ≥ 6.5 FWHM, where a Lorentzian has fallen below 0.6 %
     * of its height) and beyond the Cu Kα2 line (≤ 1.1° above Kα1 up to 2θ = 150°); for the broad
     * lines of ≈ 5 nm crystallites (Cu Kα FWHM ≈ 1–2.5° between 30 and 125°) it still reaches past
     * the half-maximum on the low side. A longer reach would take the background from farther away
     * on a sloping or curved background (air scatter at low angles, amorphous humps).
     */
    static final double REACH_DEG = 2.0;

    /** Fewest points {@link #estimate} looks at on each side, for scans coarser than {@link #REACH_DEG} / 5. */
    private static final int MIN_REACH_POINTS = 5;

    /**
     * Height above the background and FWHM of the peak at x (2θ, degrees, inside the pattern),
     * from the measured points within ±{@link #REACH_DEG} of it (gaps bridged as in
     * {@link #uniform}): the background is the lowest point there, the FWHM the distance between
     * the half-maximum crossings on each side of the point nearest x (at least 3 steps). The
     * pattern's 2θ must increase strictly.
     */
    static PeakStart estimate(Spectrum pattern, double x) {
        int last = pattern.size() - 1;
        int near = Math.min(last, PatternSpan.firstAtOrAbove(pattern, x));
        int first = Math.max(0, Math.min(PatternSpan.firstAtOrAbove(pattern, x - REACH_DEG), near - MIN_REACH_POINTS));
        int end = Math.min(last, Math.max(PatternSpan.lastAtOrBelow(pattern, x + REACH_DEG), near + MIN_REACH_POINTS));
        Spectrum s = uniform(PatternSpan.points(pattern, first, end));
        double step = UniformGrid.step(s);
        int n = s.size();
        int i = (int) Math.round((x - s.x(0)) / step);
        i = Math.max(0, Math.min(n - 1, i));
        double low = Double.POSITIVE_INFINITY;
        for (int j = 0; j < n; j++) {
            low = Math.min(low, s.y(j));
        }
        double height = s.y(i) - low;
        double half = low + height / 2;
        int left = i;
        while (left > 0 && s.y(left) > half) {
            left--;
        }
        int right = i;
        while (right < n - 1 && s.y(right) > half) {
            right++;
        }
        double fwhm = Math.max(3 * step, (right - left) * step);
        return new PeakStart(x, Math.max(height, 0), fwhm, Double.NaN);
    }

    /**
     * Drops a candidate at the Kα2 position of a stronger candidate (higher search SNR; the
     * search's heights are unreliable on a shoulder): it is that peak's Kα2 line.
     */
    static List<PeakStart> withoutKAlpha2Lines(List<PeakStart> starts, Radiation radiation, List<String> warnings) {
        if (!radiation.isDoublet()) {
            return starts;
        }
        double lambdaRatio = radiation.kAlpha2Angstrom().getAsDouble() / radiation.kAlpha1Angstrom();
        List<PeakStart> kept = new ArrayList<>();
        for (PeakStart candidate : starts) {
            boolean isKAlpha2 = false;
            for (PeakStart stronger : starts) {
                if (stronger == candidate || stronger.snr() <= candidate.snr()) {
                    continue;
                }
                double s = lambdaRatio * Math.sin(Math.toRadians(stronger.twoThetaDeg() / 2));
                if (s >= 1) {
                    continue;
                }
                double twoTheta2 = 2 * Math.toDegrees(Math.asin(s));
                double separation = twoTheta2 - stronger.twoThetaDeg();
                if (Math.abs(candidate.twoThetaDeg() - twoTheta2) < Math.max(0.5 * stronger.fwhmDeg(), 0.3 * separation)) {
                    isKAlpha2 = true;
                    break;
                }
            }
            if (isKAlpha2) {
                warnings.add(String.format("search candidate at %.4f° is the Kα2 line of a stronger peak; not fitted "
                        + "separately", candidate.twoThetaDeg()));
            } else {
                kept.add(candidate);
            }
        }
        return kept;
    }

    /**
     * The pattern on a uniform 2θ grid, for the search and the start estimates only (fits use the
     * measured points): readers drop unweighted points (esd = 0), which leaves gaps; those are
     * bridged by linear interpolation at the median step.
     */
    static Spectrum uniform(Spectrum pattern) {
        if (pattern.size() < 3) {
            throw new IllegalArgumentException(pattern.source().map(s -> s + ": ").orElse("")
                    + "a pattern needs at least 3 points, it has " + pattern.size());
        }
        try {
            UniformGrid.step(pattern);
            return pattern;
        } catch (IllegalArgumentException e) {
            double[] steps = new double[pattern.size() - 1];
            for (int i = 0; i < steps.length; i++) {
                steps[i] = pattern.x(i + 1) - pattern.x(i);
            }
            Arrays.sort(steps);
            double step = steps[steps.length / 2];
            if (!(step > 0)) {
                throw new IllegalArgumentException(pattern.source().map(s -> s + ": ").orElse("")
                        + "2θ must increase through the pattern");
            }
            return Resample.uniform(pattern, step);
        }
    }
}
