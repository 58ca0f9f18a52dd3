package org.crystallite.tem.radial;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import org.crystallite.spectrum.AxisQuantity;
import org.crystallite.spectrum.Spectrum;
import org.crystallite.spectrum.background.Backgrounds;
import org.crystallite.spectrum.background.SnipBackground;
import org.crystallite.spectrum.fit.ComponentResult;
import org.crystallite.spectrum.fit.FitException;
import org.crystallite.spectrum.fit.FitOptions;
import org.crystallite.spectrum.fit.FitResult;
import org.crystallite.spectrum.fit.Fitter;
import org.crystallite.spectrum.fit.Weighting;
import org.crystallite.spectrum.model.Component;
import org.crystallite.spectrum.model.Model;
import org.crystallite.spectrum.model.Parameter;
import org.crystallite.spectrum.peaks.PeakCandidate;
import org.crystallite.spectrum.peaks.PeakSearch;
import org.crystallite.spectrum.shape.LineShape;
import org.crystallite.spectrum.shape.LineShapes;
import org.crystallite.spectrum.shape.ParameterDefault;
import org.crystallite.spectrum.shape.PseudoVoigt;

/**
 * Finds the rings of a radial profile.
 *
 * <ol>
 * <li>Range: from {@code minRadius} (past the beam stop or the zero-frequency peak) to the last bin
 * that still holds at least 10 % of the pixels of a whole annulus (the image corners add little).</li>
 * <li>Background: SNIP clipping (Ryan et al., Nucl. Instrum. Methods B 34 (1988) 396) with the
 * log-log-square-root transform and a decreasing window (Morháč et al. 1997), half-width 1.5 ring
 * FWHM (estimated by a first peak search). SNIP follows the steep, roughly power-law fall of the
 * diffuse background of SAED patterns and power spectra without assuming its form, and it never
 * rises above the data.</li>
 * <li>Peaks: the shared second-derivative search ({@link PeakSearch}) on the background-free
 * profile with the per-bin standard errors as noise.</li>
 * <li>Position: each peak (or group of overlapping peaks) is fitted by the shared Levenberg–Marquardt
 * {@link Fitter} with a pseudo-Voigt per ring plus a linear residual background, weighted by the
 * per-bin σ, over ±2.5 FWHM; the fitted centre and its σ are the ring radius.</li>
 * </ol>
 */
public final class RingFinder {

    /** Half-width of the fit window in units of the start FWHM. */
    private static final double WINDOW_FWHMS = 2.5;

    /** Rings and the background under them. */
    public record Result(List<RingPeak> rings, double[] background, int firstBin, int lastBin,
            List<String> warnings) {

        public Result {
            rings = List.copyOf(rings);
            background = background.clone();
            warnings = List.copyOf(warnings);
        }

        @Override
        public double[] background() {
            return background.clone();
        }
    }

    private final double minSnr;

    /** @param minSnr minimum peak-search SNR of a ring */
    public RingFinder(double minSnr) {
        if (!(minSnr > 0) || Double.isInfinite(minSnr)) {
            throw new IllegalArgumentException("minimum SNR must be positive and finite: " + minSnr);
        }
        this.minSnr = minSnr;
    }

    /**
     * The rings of {@code profile} beyond {@code minRadius} (profile units). The background array has the
     * profile's length, NaN outside the analysed range. {@code pixelArea} is the area of one pixel in
     * profile units squared (it tells how many pixels a whole annulus holds).
     */
    public Result find(RadialProfile profile, double minRadius, double pixelArea) {
        List<String> warnings = new ArrayList<>();
        int n = profile.size();
        double[] bg = new double[n];
        Arrays.fill(bg, Double.NaN);
        double[] pixels = profile.pixels();
        int first = 0;
        // Also past the bins that a mask (beam stop off the centre, a holder across it) leaves almost empty.
        while (first < n && (profile.radius(first) < minRadius || !Double.isFinite(profile.intensity(first))
                || pixels[first] < 0.1 * fullCircle(profile.radius(first), profile.binWidth(), pixelArea))) {
            first++;
        }
        int last = first;
        while (last + 1 < n && Double.isFinite(profile.intensity(last + 1))
                && pixels[last + 1] >= 0.1 * fullCircle(profile.radius(last + 1), profile.binWidth(), pixelArea)) {
            last++;
        }
        int size = last - first + 1;
        if (first >= n || size < 15) {
            warnings.add("the radial profile has only " + Math.max(0, size) + " usable bins beyond the centre region");
            return new Result(List.of(), bg, first, last, warnings);
        }
        double[] x = Arrays.copyOfRange(profile.radius(), first, last + 1);
        double[] y = Arrays.copyOfRange(profile.intensity(), first, last + 1);
        double[] s = Arrays.copyOfRange(profile.sigma(), first, last + 1);
        fillSigma(s);
        double step = profile.binWidth();
        Spectrum raw = Spectrum.of(x, y, s, AxisQuantity.ARBITRARY, AxisQuantity.ARBITRARY);
        int clip = clipHalfWidth(raw, size);
        double min = Arrays.stream(y).min().orElse(0);
        double[] b = new SnipBackground(clip, min >= -1, true).compute(x, y);
        System.arraycopy(b, 0, bg, first, size);
        double[] net = new double[size];
        for (int i = 0; i < size; i++) {
            net[i] = y[i] - b[i];
        }
        Spectrum netSpectrum = Spectrum.of(x, net, s, AxisQuantity.ARBITRARY, AxisQuantity.ARBITRARY);
        List<PeakCandidate> candidates;
        try {
            candidates = PeakSearch.find(netSpectrum, PeakSearch.Options.defaults().withMinSnr(minSnr)
                    .withRange(x[0] + 2 * step, x[size - 1] - 2 * step));
        } catch (IllegalArgumentException e) {
            warnings.add("peak search failed: " + e.getMessage());
            return new Result(List.of(), bg, first, last, warnings);
        }
        List<PeakCandidate> positive = candidates.stream().filter(c -> c.height() > 0).toList();
        List<RingPeak> rings = fit(netSpectrum, positive, step, warnings);
        return new Result(rings, bg, first, last, warnings);
    }

    /** Pixels of a whole annulus of radius r and width dr: 2πr·dr over the area of one pixel. */
    private static double fullCircle(double r, double dr, double pixelArea) {
        return 2 * Math.PI * r * dr / pixelArea;
    }

    /** Bins without a scatter estimate get the median σ of the others. */
    private static void fillSigma(double[] s) {
        double[] finite = Arrays.stream(s).filter(v -> v > 0 && Double.isFinite(v)).sorted().toArray();
        double fill = finite.length == 0 ? 1 : finite[finite.length / 2];
        for (int i = 0; i < s.length; i++) {
            if (!(s[i] > 0) || !Double.isFinite(s[i])) {
                s[i] = fill;
            }
        }
    }

    /** SNIP half-width: 1.5 × the median FWHM (bins) of a first search on the raw profile, 4 … n/4. */
    private int clipHalfWidth(Spectrum raw, int size) {
        double fwhmBins = 4;
        try {
            List<PeakCandidate> first = PeakSearch.find(raw, PeakSearch.Options.defaults().withMinSnr(minSnr));
            double step = raw.x(1) - raw.x(0);
            double[] widths = first.stream().mapToDouble(c -> c.fwhmEstimate() / step).filter(Double::isFinite)
                    .sorted().toArray();
            if (widths.length > 0) {
                fwhmBins = widths[widths.length / 2];
            }
        } catch (IllegalArgumentException e) {
            // featureless (noise-free constant) profile: keep the default width
        }
        return (int) Math.max(4, Math.min(size / 4.0, Math.ceil(1.5 * fwhmBins)));
    }

    private static List<RingPeak> fit(Spectrum net, List<PeakCandidate> candidates, double step,
            List<String> warnings) {
        List<PeakCandidate> sorted = new ArrayList<>(candidates);
        sorted.sort(Comparator.comparingDouble(PeakCandidate::x));
        double lo = net.x(0);
        double hi = net.x(net.size() - 1);
        List<List<PeakCandidate>> groups = new ArrayList<>();
        List<PeakCandidate> current = new ArrayList<>();
        double reach = Double.NEGATIVE_INFINITY;
        for (PeakCandidate c : sorted) {
            double half = halfWindow(c, step);
            if (!current.isEmpty() && c.x() - half > reach) {
                groups.add(current);
                current = new ArrayList<>();
            }
            current.add(c);
            reach = Math.max(current.size() == 1 ? Double.NEGATIVE_INFINITY : reach, c.x() + half);
        }
        if (!current.isEmpty()) {
            groups.add(current);
        }
        Fitter fitter = new Fitter(FitOptions.defaults().withWeighting(Weighting.SIGMA));
        List<RingPeak> rings = new ArrayList<>();
        for (List<PeakCandidate> group : groups) {
            double wMin = Math.max(lo, group.get(0).x() - halfWindow(group.get(0), step));
            PeakCandidate lastPeak = group.get(group.size() - 1);
            double wMax = Math.min(hi, lastPeak.x() + halfWindow(lastPeak, step));
            String where = String.format(Locale.ROOT, "ring window %.5g–%.5g", wMin, wMax);
            int points = (int) Math.round((wMax - wMin) / step) + 1;
            if (points < 4 * group.size() + 2 + 3) {
                warnings.add(where + ": too few bins to fit; skipped");
                continue;
            }
            FitResult result;
            try {
                result = fitter.fit(net, model(net, group, step, wMin, wMax));
            } catch (FitException | IllegalArgumentException e) {
                warnings.add(where + ": fit failed: " + e.getMessage());
                continue;
            }
            for (int k = 0; k < group.size(); k++) {
                ComponentResult c = result.component("ring" + k).orElseThrow();
                double centre = c.value("center");
                double sigma = c.sigma("center");
                if (!(centre > wMin && centre < wMax) || !Double.isFinite(sigma) || !(c.height() > 0)) {
                    warnings.add(String.format(Locale.ROOT, "%s: ring near %.5g did not fit; skipped", where,
                            group.get(k).x()));
                    continue;
                }
                rings.add(new RingPeak(centre, sigma, c.fwhm(), c.height(), group.get(k).snr()));
            }
        }
        rings.sort(Comparator.comparingDouble(RingPeak::radius));
        return rings;
    }

    private static double halfWindow(PeakCandidate c, double step) {
        return WINDOW_FWHMS * Math.max(3 * step, c.fwhmEstimate());
    }

    private static Model model(Spectrum net, List<PeakCandidate> group, double step, double wMin, double wMax) {
        List<Component> components = new ArrayList<>();
        for (int k = 0; k < group.size(); k++) {
            PeakCandidate c = group.get(k);
            double fwhm = Math.max(2 * step, c.fwhmEstimate());
            double reach = Math.max(fwhm, 3 * step);
            LineShape shape = LineShapes.byName(PseudoVoigt.NAME);
            List<Parameter> p = new ArrayList<>();
            for (ParameterDefault d : shape.parameters()) {
                p.add(switch (d.name()) {
                    case "center" -> Parameter.free("center", c.x(), c.x() - reach, c.x() + reach);
                    case "fwhm" -> Parameter.free("fwhm", fwhm, step, wMax - wMin);
                    case "area" -> Parameter.free("area", Math.max(c.height(), 1e-12) * fwhm * 1.2, 0,
                            Double.POSITIVE_INFINITY);
                    case "eta" -> Parameter.free("eta", 0.5, 0, 1);
                    default -> Parameter.free(d.name(), d.start(), d.min(), d.max());
                });
            }
            components.add(new Component("ring" + k, shape, p));
        }
        LineShape background = Backgrounds.fitByName("linear", 1, wMin, wMax);
        List<Parameter> bp = new ArrayList<>();
        for (ParameterDefault d : background.parameters()) {
            bp.add(Parameter.free(d.name(), 0, Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY));
        }
        components.add(new Component("background", background, bp));
        return Model.of(components).withRange(wMin, wMax);
    }
}
