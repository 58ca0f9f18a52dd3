package org.crystallite.xrd.peaks;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.function.ToDoubleFunction;

import org.crystallite.spectrum.Spectrum;
import org.crystallite.spectrum.background.Backgrounds;
import org.crystallite.spectrum.fit.ComponentResult;
import org.crystallite.spectrum.fit.FitException;
import org.crystallite.spectrum.fit.FitOptions;
import org.crystallite.spectrum.fit.FitResult;
import org.crystallite.spectrum.fit.Fitter;
import org.crystallite.spectrum.fit.Weighting;
import org.crystallite.spectrum.model.Component;
import org.crystallite.spectrum.model.Model;
import org.crystallite.spectrum.model.Parameter;
import org.crystallite.spectrum.ops.UniformGrid;
import org.crystallite.spectrum.peaks.PeakCandidate;
import org.crystallite.spectrum.peaks.PeakSearch;
import org.crystallite.spectrum.shape.LineShape;
import org.crystallite.spectrum.shape.ParameterDefault;
import org.crystallite.spectrum.shape.ThompsonCoxHastings;
import org.crystallite.xrd.radiation.Radiation;

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
     */
    public record Options(PeakProfile profile, int backgroundOrder, double xMinDeg, double xMaxDeg, double minSnr,
                          double windowFwhms) {

        public Options {
            Objects.requireNonNull(profile, "profile");
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

        /** Pseudo-Voigt, linear background, whole pattern, SNR ≥ 5, windows of ±5 FWHM. */
        public static Options defaults() {
            return new Options(PeakProfile.PSEUDO_VOIGT, 1, Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY, 5, 5);
        }

        public Options withProfile(PeakProfile p) {
            return new Options(p, backgroundOrder, xMinDeg, xMaxDeg, minSnr, windowFwhms);
        }

        public Options withRange(double min, double max) {
            return new Options(profile, backgroundOrder, min, max, minSnr, windowFwhms);
        }

        public Options withBackgroundOrder(int order) {
            return new Options(profile, order, xMinDeg, xMaxDeg, minSnr, windowFwhms);
        }

        public Options withMinSnr(double snr) {
            return new Options(profile, backgroundOrder, xMinDeg, xMaxDeg, snr, windowFwhms);
        }
    }

    /** A peak to fit: start 2θ, height above background, FWHM and search SNR (NaN for given positions). */
    private record Start(double twoThetaDeg, double height, double fwhmDeg, double snr) {
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

    /** Finds the peaks with {@link PeakSearch} and fits them. */
    public PeakList fit(Spectrum pattern, Radiation radiation) {
        PeakSearch.Options search = PeakSearch.Options.defaults().withMinSnr(options.minSnr())
                .withRange(Math.max(options.xMinDeg(), -Double.MAX_VALUE), Math.min(options.xMaxDeg(), Double.MAX_VALUE));
        List<PeakCandidate> candidates = PeakSearch.find(pattern, search);
        List<Start> starts = new ArrayList<>();
        for (PeakCandidate c : candidates) {
            starts.add(new Start(c.x(), Math.max(c.height(), 0), c.fwhmEstimate(), c.snr()));
        }
        List<String> warnings = new ArrayList<>();
        return fitStarts(pattern, radiation, withoutKAlpha2Lines(starts, radiation, warnings), warnings);
    }

    /** Fits peaks at the given start positions (2θ of Kα1, degrees); heights and widths are estimated from the data. */
    public PeakList fitAt(Spectrum pattern, Radiation radiation, List<Double> startTwoThetaDeg) {
        double step = UniformGrid.step(pattern);
        List<Start> starts = new ArrayList<>();
        for (double x : startTwoThetaDeg) {
            if (x < pattern.x(0) || x > pattern.x(pattern.size() - 1)) {
                throw new IllegalArgumentException("start position " + x + "° lies outside the pattern ("
                        + pattern.x(0) + "–" + pattern.x(pattern.size() - 1) + "°)");
            }
            starts.add(estimateStart(pattern, x, step));
        }
        starts.sort(Comparator.comparingDouble(Start::twoThetaDeg));
        return fitStarts(pattern, radiation, starts, new ArrayList<>());
    }

    /** Height above the lower side and FWHM from the half-maximum crossings around the point nearest x. */
    private static Start estimateStart(Spectrum s, double x, double step) {
        int n = s.size();
        int i = (int) Math.round((x - s.x(0)) / step);
        i = Math.max(0, Math.min(n - 1, i));
        int reach = Math.max(5, n / 50);
        double low = Double.POSITIVE_INFINITY;
        for (int j = Math.max(0, i - reach); j <= Math.min(n - 1, i + reach); j++) {
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
        return new Start(x, Math.max(height, 0), fwhm, Double.NaN);
    }

    /**
     * Drops a candidate at the Kα2 position of a stronger candidate (higher search SNR; the
     * search's heights are unreliable on a shoulder): it is that peak's Kα2 line.
     */
    private static List<Start> withoutKAlpha2Lines(List<Start> starts, Radiation radiation, List<String> warnings) {
        if (!radiation.isDoublet()) {
            return starts;
        }
        double lambdaRatio = radiation.kAlpha2Angstrom().getAsDouble() / radiation.kAlpha1Angstrom();
        List<Start> kept = new ArrayList<>();
        for (Start candidate : starts) {
            boolean isKAlpha2 = false;
            for (Start stronger : starts) {
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

    private PeakList fitStarts(Spectrum pattern, Radiation radiation, List<Start> starts, List<String> warnings) {
        double step = UniformGrid.step(pattern);
        double lo = Math.max(options.xMinDeg(), pattern.x(0));
        double hi = Math.min(options.xMaxDeg(), pattern.x(pattern.size() - 1));
        List<List<Start>> groups = group(starts, radiation);
        Weighting weighting = pattern.hasSigma() ? Weighting.SIGMA : Weighting.POISSON;
        Fitter fitter = new Fitter(FitOptions.defaults().withWeighting(weighting));
        List<XrdPeak> peaks = new ArrayList<>();
        List<PeakWindow> windows = new ArrayList<>();
        for (List<Start> group : groups) {
            double wMin = Math.max(lo, reachLow(group.get(0)));
            double wMax = Math.min(hi, group.stream().mapToDouble(s -> reachHigh(s, radiation)).max().orElseThrow());
            int paramsPerPeak = options.profile().newShape().parameters().size();
            int points = (int) Math.floor((wMax - wMin) / step) + 1;
            int needed = group.size() * paramsPerPeak + options.backgroundOrder() + 1 + 5;
            String where = String.format("window %.4f–%.4f°", wMin, wMax);
            if (points < needed) {
                warnings.add(where + ": only " + points + " points for " + group.size()
                        + " peak(s); not fitted");
                continue;
            }
            FitResult fit;
            try {
                fit = fitter.fit(pattern, windowModel(pattern, group, radiation, wMin, wMax, step));
            } catch (FitException | IllegalArgumentException e) {
                warnings.add(where + ": fit failed: " + e.getMessage());
                continue;
            }
            int windowIndex = windows.size();
            windows.add(new PeakWindow(wMin, wMax, group.size(), fit));
            for (String w : fit.warnings()) {
                warnings.add(where + ": " + w);
            }
            for (int k = 0; k < group.size(); k++) {
                peaks.add(peak(fit, k, radiation, windowIndex));
            }
        }
        peaks.sort(Comparator.comparingDouble(p -> p.twoThetaDeg().value()));
        return new PeakList(peaks, windows, radiation, options.profile(), warnings);
    }

    private double reachLow(Start s) {
        return s.twoThetaDeg() - options.windowFwhms() * s.fwhmDeg();
    }

    private double reachHigh(Start s, Radiation radiation) {
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
    private List<List<Start>> group(List<Start> starts, Radiation radiation) {
        List<Start> sorted = new ArrayList<>(starts);
        sorted.sort(Comparator.comparingDouble(Start::twoThetaDeg));
        List<List<Start>> groups = new ArrayList<>();
        List<Start> current = new ArrayList<>();
        double currentHigh = Double.NEGATIVE_INFINITY;
        for (Start s : sorted) {
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

    private Model windowModel(Spectrum pattern, List<Start> group, Radiation radiation, double wMin, double wMax,
                              double step) {
        List<Component> components = new ArrayList<>();
        for (int k = 0; k < group.size(); k++) {
            Start s = group.get(k);
            LineShape shape = KAlphaDoublet.forRadiation(options.profile().newShape(), radiation);
            components.add(new Component(peakName(k), shape, startParameters(shape, s, radiation, step, wMax - wMin)));
        }
        LineShape background = Backgrounds.fitByName("chebyshev", options.backgroundOrder(), wMin, wMax);
        components.add(new Component("background", background, backgroundStart(pattern, background, wMin, wMax)));
        return Model.of(components).withRange(wMin, wMax);
    }

    private static String peakName(int k) {
        return "peak" + (k + 1);
    }

    private static List<Parameter> startParameters(LineShape shape, Start s, Radiation radiation, double step,
                                                   double windowWidth) {
        double fwhm = Math.max(2 * step, s.fwhmDeg() * 0.8);
        double maxWidth = Math.max(windowWidth, 4 * fwhm);
        double minWidth = 0.2 * step;
        double centerReach = Math.max(fwhm, 3 * step);
        double areaStart = Math.max(s.height(), 1e-9) * fwhm * 1.2 / (1 + radiation.kAlpha2Ratio());
        List<Parameter> out = new ArrayList<>();
        for (ParameterDefault d : shape.parameters()) {
            String name = d.name();
            out.add(switch (name) {
                case "center" -> Parameter.free(name, s.twoThetaDeg(), s.twoThetaDeg() - centerReach,
                        s.twoThetaDeg() + centerReach);
                case "area" -> Parameter.free(name, areaStart, 0, Double.POSITIVE_INFINITY);
                case "fwhm", "fwhmLeft", "fwhmRight" -> Parameter.free(name, fwhm, minWidth, maxWidth);
                case "fwhmG" -> Parameter.free(name, 0.7 * fwhm, 1e-4 * fwhm, maxWidth);
                case "fwhmL" -> Parameter.free(name, 0.4 * fwhm, 1e-4 * fwhm, maxWidth);
                case "eta" -> Parameter.free(name, 0.5, 0, 1);
                case "m" -> Parameter.free(name, 2, 0.6, 50);
                default -> Parameter.free(name, d.start(), d.min(), d.max());
            });
        }
        return out;
    }

    /** Chebyshev start: the line through the medians of the first and last three points. */
    private static List<Parameter> backgroundStart(Spectrum pattern, LineShape background, double wMin, double wMax) {
        List<Double> left = new ArrayList<>();
        List<Double> right = new ArrayList<>();
        for (int i = 0; i < pattern.size(); i++) {
            double x = pattern.x(i);
            if (x >= wMin && left.size() < 3) {
                left.add(pattern.y(i));
            }
        }
        for (int i = pattern.size() - 1; i >= 0; i--) {
            double x = pattern.x(i);
            if (x <= wMax && right.size() < 3) {
                right.add(pattern.y(i));
            }
        }
        double yl = median(left);
        double yr = median(right);
        List<Parameter> out = new ArrayList<>();
        List<ParameterDefault> defaults = background.parameters();
        for (int k = 0; k < defaults.size(); k++) {
            double start = k == 0 ? 0.5 * (yl + yr) : k == 1 ? 0.5 * (yr - yl) : 0;
            out.add(Parameter.free(defaults.get(k).name(), start, Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY));
        }
        return out;
    }

    private static double median(List<Double> v) {
        if (v.isEmpty()) {
            return 0;
        }
        List<Double> s = new ArrayList<>(v);
        s.sort(null);
        int n = s.size();
        return n % 2 == 1 ? s.get(n / 2) : 0.5 * (s.get(n / 2 - 1) + s.get(n / 2));
    }

    private XrdPeak peak(FitResult fit, int k, Radiation radiation, int windowIndex) {
        String name = peakName(k);
        ComponentResult c = fit.component(name).orElseThrow();
        Component comp = fit.model().component(name).orElseThrow();
        LineShape shape = comp.shape();
        double[] p = comp.values();
        Measured twoTheta = new Measured(c.value("center"), c.sigma("center"));
        Measured area = new Measured(c.value("area"), c.sigma("area"));
        Measured height = new Measured(c.height(), c.heightSigma());
        Measured fwhm = new Measured(c.fwhm(), c.fwhmSigma());
        Measured breadth = derived(fit, name, shape, p, q -> q[shape.indexOf("area")] / shape.height(q));
        PeakProfile profile = options.profile();
        Measured shapeParameter;
        Measured fwhmG = Measured.undefined();
        Measured fwhmL = Measured.undefined();
        if (profile == PeakProfile.TCH) {
            int g = shape.indexOf("fwhmG");
            int l = shape.indexOf("fwhmL");
            shapeParameter = derived(fit, name, shape, p, q -> ThompsonCoxHastings.eta(q[g], q[l]));
            fwhmG = new Measured(c.value("fwhmG"), c.sigma("fwhmG"));
            fwhmL = new Measured(c.value("fwhmL"), c.sigma("fwhmL"));
        } else {
            String sp = profile.shapeParameterName();
            shapeParameter = new Measured(c.value(sp), c.sigma(sp));
        }
        return new XrdPeak(twoTheta, XrdPeak.braggSpacing(twoTheta, radiation.kAlpha1Angstrom()), fwhm, breadth, area,
                height, profile.shapeParameterName(), shapeParameter, fwhmG, fwhmL, profile, windowIndex,
                fit.reducedChi2());
    }

    /**
     * A derived quantity g of one component with σ = √(∇gᵀ C ∇g), ∇g by central differences over
     * the component's free parameters (the window models have no ties, so every parameter is either
     * free under its own name or fixed).
     */
    static Measured derived(FitResult fit, String component, LineShape shape, double[] p, ToDoubleFunction<double[]> g) {
        double value = g.applyAsDouble(p);
        List<String> free = fit.freeParameters();
        int m = free.size();
        double[] grad = new double[m];
        List<ParameterDefault> names = shape.parameters();
        for (int k = 0; k < p.length; k++) {
            int j = free.indexOf(component + "." + names.get(k).name());
            if (j < 0) {
                continue;
            }
            double h = 1e-6 * Math.max(Math.abs(p[k]), 1e-6);
            double[] q = p.clone();
            q[k] = p[k] + h;
            double up = g.applyAsDouble(q);
            q[k] = p[k] - h;
            double down = g.applyAsDouble(q);
            grad[j] = (up - down) / (2 * h);
        }
        double var = 0;
        double[][] cov = fit.covariance();
        for (int a = 0; a < m; a++) {
            if (grad[a] == 0) {
                continue;
            }
            for (int b = 0; b < m; b++) {
                if (grad[b] != 0) {
                    var += grad[a] * cov[a][b] * grad[b];
                }
            }
        }
        return new Measured(value, var >= 0 ? Math.sqrt(var) : Double.NaN);
    }
}
