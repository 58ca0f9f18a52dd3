package org.crystallite.xrd.peaks;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.crystallite.spectrum.Spectrum;
import org.crystallite.spectrum.io.DataFormatException;
import org.crystallite.spectrum.fit.FitException;
import org.crystallite.spectrum.fit.FitOptions;
import org.crystallite.spectrum.fit.FitResult;
import org.crystallite.spectrum.fit.Fitter;
import org.crystallite.spectrum.fit.Weighting;
import org.crystallite.spectrum.peaks.PeakCandidate;
import org.crystallite.spectrum.peaks.PeakSearch;
import org.crystallite.xrd.io.XrdReaders;
import org.crystallite.xrd.radiation.Radiation;
import org.crystallite.xrd.radiation.SpectrumRadiation;

/**
 * Fits the peaks of a powder pattern one window at a time: a peak search (or the caller's start
 * positions) gives the peaks; peaks whose reach (from {@code windowFwhms} FWHM below Kα1 to as
 * far above Kα2) overlaps are grouped into one window; each window is fitted by the shared
 * {@link Fitter} with one {@link KAlphaDoublet} per peak (the base profile alone for
 * monochromatic radiation) and an in-fit Chebyshev background of the chosen order
 * (1 = linear). Weights: the data's σ column when present, else counting statistics.
 *
 * <p>A candidate that sits at the Kα2 position of a stronger candidate is the Kα2 line of that
 * peak, not a peak of its own, and is dropped before fitting.
 */
public final class XrdPeakFitter {

    /**
     * @param profile the line profile of each doublet component
     * @param backgroundOrder Chebyshev order of each window's background (0 constant, 1 linear, …)
     * @param xMinDeg lower 2θ limit of the search and of the windows (−∞ for none)
     * @param xMaxDeg upper 2θ limit (+∞ for none)
     * @param minSnr minimum second-derivative SNR of a search candidate
     * @param windowFwhms half-reach of a peak in units of its start FWHM
     * @param axialDivergence S/L and H/L held fixed in every window of the {@code fcj-pv} profile
     */
    public record Options(PeakProfile profile, int backgroundOrder, double xMinDeg, double xMaxDeg, double minSnr,
                          double windowFwhms, AxialDivergence axialDivergence) {

        public Options {
            Objects.requireNonNull(profile, "profile");
            Objects.requireNonNull(axialDivergence, "axialDivergence");
            if (backgroundOrder < 0 || backgroundOrder > 6) {
                throw new IllegalArgumentException("background order must be 0–6, got " + backgroundOrder);
            }
            if (Double.isNaN(xMinDeg) || Double.isNaN(xMaxDeg) || !(xMinDeg < xMaxDeg)) {
                throw new IllegalArgumentException("2θ range [" + xMinDeg + ", " + xMaxDeg + "] is not valid");
            }
            if (!(minSnr > 0) || !(windowFwhms >= 1) || Double.isInfinite(windowFwhms)) {
                throw new IllegalArgumentException("minSnr must be > 0 and windowFwhms a finite number ≥ 1");
            }
        }

        /** Options without axial divergence. */
        public Options(PeakProfile profile, int backgroundOrder, double xMinDeg, double xMaxDeg, double minSnr,
                       double windowFwhms) {
            this(profile, backgroundOrder, xMinDeg, xMaxDeg, minSnr, windowFwhms, AxialDivergence.NONE);
        }

        /** Pseudo-Voigt, linear background, whole pattern, SNR ≥ 5, windows of ±5 FWHM. */
        public static Options defaults() {
            return new Options(PeakProfile.PSEUDO_VOIGT, 1, Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY, 5, 5);
        }

        public Options withProfile(PeakProfile p) {
            return new Options(p, backgroundOrder, xMinDeg, xMaxDeg, minSnr, windowFwhms, axialDivergence);
        }

        public Options withRange(double min, double max) {
            return new Options(profile, backgroundOrder, min, max, minSnr, windowFwhms, axialDivergence);
        }

        public Options withBackgroundOrder(int order) {
            return new Options(profile, order, xMinDeg, xMaxDeg, minSnr, windowFwhms, axialDivergence);
        }

        /** The S/L and H/L of the {@code fcj-pv} profile (ignored by the other profiles). */
        public Options withAxialDivergence(AxialDivergence a) {
            return new Options(profile, backgroundOrder, xMinDeg, xMaxDeg, minSnr, windowFwhms, a);
        }

        public Options withMinSnr(double snr) {
            return new Options(profile, backgroundOrder, xMinDeg, xMaxDeg, snr, windowFwhms, axialDivergence);
        }
    }

    private final Options options;

    public XrdPeakFitter(Options options) {
        this.options = Objects.requireNonNull(options, "options");
    }

    public XrdPeakFitter() {
        this(Options.defaults());
    }

    public Options options() {
        return options;
    }

    /**
     * Reads a pattern file (its first scan) with {@link XrdReaders} and fits its peaks.
     *
     * @param wavelength replaces the file's wavelength when present
     * @throws DataFormatException when the file cannot be read, holds no pattern, or neither the
     *     file nor {@code wavelength} gives a wavelength (the message names the file)
     */
    public PeakList fitFile(Path file, Optional<Radiation> wavelength) throws IOException {
        List<Spectrum> spectra = XrdReaders.read(file, wavelength);
        if (spectra.isEmpty()) {
            throw new DataFormatException(file + ": no diffraction pattern in the file");
        }
        Spectrum pattern = spectra.get(0);
        Radiation radiation = SpectrumRadiation.of(pattern).orElseThrow(() -> new DataFormatException(file
                + ": the file states no wavelength and none was given"));
        return fit(pattern, radiation);
    }

    /** Finds the peaks with {@link PeakSearch} and fits them. */
    public PeakList fit(Spectrum pattern, Radiation radiation) {
        List<String> warnings = new ArrayList<>();
        List<WindowStart> windows = plan(pattern, radiation, searchStarts(pattern, radiation, warnings), warnings);
        return fitWindows(pattern, radiation, windows, warnings);
    }

    /**
     * Fits peaks at the given start positions (2θ of Kα1, degrees); heights and widths are
     * estimated from the data within 2° 2θ of each start.
     *
     * @throws IllegalArgumentException when a start lies outside the pattern or 2θ does not increase
     */
    public PeakList fitAt(Spectrum pattern, Radiation radiation, List<Double> startTwoThetaDeg) {
        List<String> warnings = new ArrayList<>();
        List<WindowStart> windows = plan(pattern, radiation, estimatedStarts(pattern, startTwoThetaDeg), warnings);
        return fitWindows(pattern, radiation, windows, warnings);
    }

    /**
     * The windows {@link #fit} would fit, with their start models, without fitting them (windows with
     * too few points for their parameters are left out; {@code fit} warns about them).
     */
    public List<WindowStart> windows(Spectrum pattern, Radiation radiation) {
        List<String> warnings = new ArrayList<>();
        return plan(pattern, radiation, searchStarts(pattern, radiation, warnings), warnings);
    }

    /** The windows {@link #fitAt} would fit, with their start models, without fitting them. */
    public List<WindowStart> windowsAt(Spectrum pattern, Radiation radiation, List<Double> startTwoThetaDeg) {
        return plan(pattern, radiation, estimatedStarts(pattern, startTwoThetaDeg), new ArrayList<>());
    }

    /**
     * Search candidates in the options' 2θ range, without the Kα2 lines of stronger ones. The
     * search sees the range and 2° 2θ beyond each end (for its filter and
     * its baselines at the ends), not the rest of the pattern.
     */
    private List<PeakStart> searchStarts(Spectrum pattern, Radiation radiation, List<String> warnings) {
        PatternSpan.requireIncreasing(pattern);
        int first = PatternSpan.firstAtOrAbove(pattern, options.xMinDeg() - PeakStart.REACH_DEG);
        int last = PatternSpan.lastAtOrBelow(pattern, options.xMaxDeg() + PeakStart.REACH_DEG);
        if (last - first + 1 < 3) {
            return List.of();
        }
        PeakSearch.Options search = PeakSearch.Options.defaults().withMinSnr(options.minSnr())
                .withRange(options.xMinDeg(), options.xMaxDeg());
        Spectrum grid = PeakStart.uniform(PatternSpan.points(pattern, first, last));
        List<PeakStart> starts = new ArrayList<>();
        for (PeakCandidate c : PeakSearch.find(grid, search)) {
            starts.add(PeakStart.of(c));
        }
        return PeakStart.withoutKAlpha2Lines(starts, radiation, warnings);
    }

    /** A start estimated from the data at each position, sorted by 2θ. */
    private static List<PeakStart> estimatedStarts(Spectrum pattern, List<Double> startTwoThetaDeg) {
        PatternSpan.requireIncreasing(pattern);
        List<PeakStart> starts = new ArrayList<>();
        for (double x : startTwoThetaDeg) {
            if (!(x >= pattern.x(0) && x <= pattern.x(pattern.size() - 1))) {
                throw new IllegalArgumentException("start position " + x + "° lies outside the pattern ("
                        + pattern.x(0) + "–" + pattern.x(pattern.size() - 1) + "°)");
            }
            starts.add(PeakStart.estimate(pattern, x));
        }
        starts.sort(Comparator.comparingDouble(PeakStart::twoThetaDeg));
        return starts;
    }

    /** Groups the starts into windows and builds each window's start model from the points inside it. */
    private List<WindowStart> plan(Spectrum pattern, Radiation radiation, List<PeakStart> starts,
                                   List<String> warnings) {
        double lo = Math.max(options.xMinDeg(), pattern.x(0));
        double hi = Math.min(options.xMaxDeg(), pattern.x(pattern.size() - 1));
        int paramsPerPeak = options.profile().newShape().parameters().size();
        List<WindowStart> windows = new ArrayList<>();
        for (List<PeakStart> group : group(starts, radiation)) {
            double wMin = Math.max(lo, reachLow(group.get(0)));
            double wMax = Math.min(hi, group.stream().mapToDouble(s -> reachHigh(s, radiation)).max().orElseThrow());
            int first = PatternSpan.firstAtOrAbove(pattern, wMin);
            int last = PatternSpan.lastAtOrBelow(pattern, wMax);
            int points = Math.max(0, last - first + 1);
            int needed = group.size() * paramsPerPeak + options.backgroundOrder() + 1 + 5;
            String where = String.format("window %.4f–%.4f°", wMin, wMax);
            if (points < needed) {
                warnings.add(where + ": only " + points + " points for " + group.size()
                        + " peak(s); not fitted");
                continue;
            }
            // the window's own step: the median spacing of its points (readers leave gaps where they drop points)
            double step = PatternSpan.medianStep(pattern, first, last);
            Spectrum data = PatternSpan.points(pattern, first, last);
            try {
                windows.add(new WindowStart(wMin, wMax, first, last, group.size(), WindowModel.build(data, group,
                        radiation, options.profile(), options.axialDivergence(), options.backgroundOrder(), wMin, wMax,
                        step)));
            } catch (IllegalArgumentException e) {
                warnings.add(where + ": fit failed: " + e.getMessage());
            }
        }
        return windows;
    }

    /** Fits each window to its points only. */
    private PeakList fitWindows(Spectrum pattern, Radiation radiation, List<WindowStart> planned,
                                List<String> warnings) {
        Weighting weighting = pattern.hasSigma() ? Weighting.SIGMA : Weighting.POISSON;
        Fitter fitter = new Fitter(FitOptions.defaults().withWeighting(weighting));
        List<XrdPeak> peaks = new ArrayList<>();
        List<PeakWindow> windows = new ArrayList<>();
        for (WindowStart w : planned) {
            String where = String.format("window %.4f–%.4f°", w.minDeg(), w.maxDeg());
            FitResult fit;
            try {
                fit = fitter.fit(PatternSpan.points(pattern, w.firstPoint(), w.lastPoint()), w.model());
            } catch (FitException | IllegalArgumentException e) {
                warnings.add(where + ": fit failed: " + e.getMessage());
                continue;
            }
            int windowIndex = windows.size();
            windows.add(new PeakWindow(w.minDeg(), w.maxDeg(), w.peakCount(), fit));
            for (String warning : fit.warnings()) {
                warnings.add(where + ": " + warning);
            }
            for (int k = 0; k < w.peakCount(); k++) {
                peaks.add(FittedPeaks.peak(fit, k, radiation, windowIndex, options.profile()));
            }
        }
        peaks.sort(Comparator.comparingDouble(p -> p.twoThetaDeg().value()));
        return new PeakList(peaks, windows, radiation, options.profile(), warnings);
    }

    private double reachLow(PeakStart s) {
        return s.twoThetaDeg() - options.windowFwhms() * s.fwhmDeg();
    }

    private double reachHigh(PeakStart s, Radiation radiation) {
        double top = s.twoThetaDeg();
        if (radiation.isDoublet()) {
            double sin = radiation.kAlpha2Angstrom().getAsDouble() / radiation.kAlpha1Angstrom()
                    * Math.sin(Math.toRadians(top / 2));
            if (sin < 1) {
                top = 2 * Math.toDegrees(Math.asin(sin));
            }
        }
        return top + options.windowFwhms() * s.fwhmDeg();
    }

    /** Peaks (sorted by 2θ) whose reaches overlap share a window. */
    private List<List<PeakStart>> group(List<PeakStart> starts, Radiation radiation) {
        List<PeakStart> sorted = new ArrayList<>(starts);
        sorted.sort(Comparator.comparingDouble(PeakStart::twoThetaDeg));
        List<List<PeakStart>> groups = new ArrayList<>();
        List<PeakStart> current = new ArrayList<>();
        double currentHigh = Double.NEGATIVE_INFINITY;
        for (PeakStart s : sorted) {
            if (!current.isEmpty() && reachLow(s) > currentHigh) {
                groups.add(current);
                current = new ArrayList<>();
                currentHigh = Double.NEGATIVE_INFINITY;
            }
            current.add(s);
            currentHigh = Math.max(currentHigh, reachHigh(s, radiation));
        }
        if (!current.isEmpty()) {
            groups.add(current);
        }
        return groups;
    }
}
