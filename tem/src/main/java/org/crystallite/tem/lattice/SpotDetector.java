package org.crystallite.tem.lattice;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import org.crystallite.tem.fft.PowerSpectrum;

/**
 * Finds lattice spots in a centred power spectrum: local maxima (5 × 5 neighbourhood) outside the
 * zero-frequency disc whose SNR against a local background annulus passes the threshold, refined
 * to sub-pixel positions, and kept only when a spot also lies at −g (Friedel's law |F(g)| = |F(−g)|
 * holds for every real image; a spot without a mate is an artefact of a complex input or of the
 * Nyquist edge).
 *
 * <p>SNR = (P − median of the annulus) / (1.4826 · MAD of the annulus): median and MAD are robust
 * against neighbouring spots and streaks falling into the annulus (Rousseeuw &amp; Croux, JASA 88
 * (1993) 1273).
 */
public final class SpotDetector {

    private static final int NEIGHBOURHOOD = 2;
    private static final double MAD_TO_SIGMA = 1.4826;
    /**
     * Maxima weaker than this fraction of the strongest non-DC power are ignored: single-precision FFT
     * round-off (~1e−7 relative amplitude) makes such maxima in noise-free images, where the annulus
     * MAD would otherwise be zero and every round-off ripple would pass any SNR. The same level is the
     * smallest noise σ an SNR is computed with.
     */
    static final double DYNAMIC_RANGE_FLOOR = 1e-8;
    private static final double SIDELOBE_RADIUS_PX = 4;
    private static final double SIDELOBE_RATIO = 100;

    private final SpotOptions options;

    public SpotDetector(SpotOptions options) {
        this.options = options;
    }

    public SpotDetector() {
        this(SpotOptions.defaults());
    }

    public SpotOptions options() {
        return options;
    }

    /** The spots of {@code spectrum}, with g in the spectrum's reciprocal units (1/nm). */
    public SpotDetection detect(PowerSpectrum spectrum) {
        int w = spectrum.width();
        int h = spectrum.height();
        float[] p = spectrum.power();
        int cx = spectrum.centerX();
        int cy = spectrum.centerY();
        AnnulusStatistics annulus = new AnnulusStatistics(options.annulusInnerPx(), options.annulusOuterPx());
        List<Spot> candidates = new ArrayList<>();
        double dc2 = options.dcExclusionPx() * options.dcExclusionPx();
        double maxPower = 0;
        for (int j = 0; j < h; j++) {
            for (int i = 0; i < w; i++) {
                int di = i - cx;
                int dj = j - cy;
                if (di * di + dj * dj > dc2) {
                    maxPower = Math.max(maxPower, p[j * w + i]);
                }
            }
        }
        double floor = DYNAMIC_RANGE_FLOOR * maxPower;
        for (int j = 1; j < h - 1; j++) {
            for (int i = 1; i < w - 1; i++) {
                int di = i - cx;
                int dj = j - cy;
                if (di * di + dj * dj <= dc2 || !isLocalMaximum(p, w, h, i, j)) {
                    continue;
                }
                double peak = p[j * w + i];
                if (!(peak > floor)) {
                    continue;
                }
                // Cheap screen before the median: for exponential |F|² noise of mean μ, median ≈ 0.69 μ and
                // robust σ ≈ 0.71 μ, so (P − 0.69 μ)/(0.71 μ) estimates the SNR; a quarter of the threshold
                // leaves a wide margin for spots whose annulus mean is raised by neighbours or streaks.
                double mean = annulus.mean(p, w, h, i, j);
                if (mean > 0 && (peak - 0.69 * mean) / (0.71 * mean) < 0.25 * options.snrThreshold()) {
                    continue;
                }
                double[] background = annulus.medianAndSigma(p, w, h, i, j);
                // The noise σ cannot be below the spectrum's own round-off: in a noise-free (simulated) image
                // the annulus MAD is round-off and would rank equally strong spots by their leakage instead.
                double snr = (peak - background[0]) / Math.max(background[1], floor);
                if (!(snr >= options.snrThreshold())) {
                    continue;
                }
                double col = i + options.refinement().offset(p[j * w + i - 1], peak, p[j * w + i + 1]);
                double row = j + options.refinement().offset(p[(j - 1) * w + i], peak, p[(j + 1) * w + i]);
                candidates.add(new Spot(col, row, spectrum.gx(col), spectrum.gy(row), snr, peak, -1));
            }
        }
        candidates = withoutSidelobes(candidates);
        List<String> warnings = new ArrayList<>();
        int found = candidates.size();
        candidates.sort(Comparator.comparingDouble(Spot::snr).reversed());
        if (candidates.size() > options.maxSpots()) {
            warnings.add(String.format(Locale.ROOT, "%d spots passed SNR %.3g; only the %d strongest were kept",
                    candidates.size(), options.snrThreshold(), options.maxSpots()));
            candidates = new ArrayList<>(candidates.subList(0, options.maxSpots()));
        }
        List<Spot> paired = pairFriedelMates(candidates, cx, cy);
        int rejected = candidates.size() - paired.size();
        if (rejected > 0) {
            warnings.add(rejected + " spot(s) without a Friedel mate at −g were rejected");
        }
        if (paired.size() < 4) {
            warnings.add(String.format(Locale.ROOT,
                    "only %d spot(s) above SNR %.3g: too few for a two-dimensional lattice", paired.size(),
                    options.snrThreshold()));
        }
        return new SpotDetection(paired, found, rejected, warnings);
    }

    /**
     * Drops maxima within {@value #SIDELOBE_RADIUS_PX} pixels of a maximum more than 1/{@value #SIDELOBE_RATIO}
     * times as strong: the side lobes of a strong spot (−31 dB at 2.5 pixels for the Hann window,
     * Harris 1978) are local maxima of their own but not reflections.
     */
    private static List<Spot> withoutSidelobes(List<Spot> spots) {
        List<Spot> kept = new ArrayList<>();
        for (Spot s : spots) {
            boolean sidelobe = false;
            for (Spot t : spots) {
                if (t.power() > SIDELOBE_RATIO * s.power()
                        && Math.abs(t.column() - s.column()) <= SIDELOBE_RADIUS_PX
                        && Math.abs(t.row() - s.row()) <= SIDELOBE_RADIUS_PX) {
                    sidelobe = true;
                    break;
                }
            }
            if (!sidelobe) {
                kept.add(s);
            }
        }
        return kept;
    }

    /** Strict maximum over earlier neighbours, ≥ over later ones, so a flat top yields one maximum. */
    private static boolean isLocalMaximum(float[] p, int w, int h, int i, int j) {
        float v = p[j * w + i];
        for (int dj = -NEIGHBOURHOOD; dj <= NEIGHBOURHOOD; dj++) {
            int y = j + dj;
            if (y < 0 || y >= h) {
                continue;
            }
            for (int di = -NEIGHBOURHOOD; di <= NEIGHBOURHOOD; di++) {
                int x = i + di;
                if (x < 0 || x >= w || (di == 0 && dj == 0)) {
                    continue;
                }
                float u = p[y * w + x];
                boolean earlier = dj < 0 || (dj == 0 && di < 0);
                if (earlier ? u >= v : u > v) {
                    return false;
                }
            }
        }
        return true;
    }

    /** Keeps the spots with a mate near the point mirror through the centre; sorted by |g|, then angle. */
    private List<Spot> pairFriedelMates(List<Spot> spots, int cx, int cy) {
        double tol2 = options.friedelTolerancePx() * options.friedelTolerancePx();
        List<Spot> kept = new ArrayList<>();
        for (Spot s : spots) {
            double mx = 2 * cx - s.column();
            double my = 2 * cy - s.row();
            boolean hasMate = spots.stream().anyMatch(t -> t != s
                    && (t.column() - mx) * (t.column() - mx) + (t.row() - my) * (t.row() - my) <= tol2);
            if (hasMate) {
                kept.add(s);
            }
        }
        kept.sort(Comparator.comparingDouble(Spot::g).thenComparingDouble(Spot::angleDeg));
        List<Spot> linked = new ArrayList<>(kept.size());
        for (Spot s : kept) {
            double mx = 2 * cx - s.column();
            double my = 2 * cy - s.row();
            int best = -1;
            double bestD2 = Double.POSITIVE_INFINITY;
            for (int k = 0; k < kept.size(); k++) {
                Spot t = kept.get(k);
                double d2 = (t.column() - mx) * (t.column() - mx) + (t.row() - my) * (t.row() - my);
                if (t != s && d2 < bestD2) {
                    bestD2 = d2;
                    best = k;
                }
            }
            linked.add(s.withMate(best));
        }
        return linked;
    }

    /** Median and robust σ of the values in an annulus around a pixel (pixels outside the image are skipped). */
    private static final class AnnulusStatistics {
        private final int[] dx;
        private final int[] dy;

        AnnulusStatistics(double inner, double outer) {
            List<int[]> offsets = new ArrayList<>();
            int r = (int) Math.ceil(outer);
            for (int y = -r; y <= r; y++) {
                for (int x = -r; x <= r; x++) {
                    double d = Math.hypot(x, y);
                    if (d >= inner && d <= outer) {
                        offsets.add(new int[] {x, y});
                    }
                }
            }
            dx = offsets.stream().mapToInt(o -> o[0]).toArray();
            dy = offsets.stream().mapToInt(o -> o[1]).toArray();
        }

        double mean(float[] p, int w, int h, int i, int j) {
            double sum = 0;
            int n = 0;
            for (int k = 0; k < dx.length; k++) {
                int x = i + dx[k];
                int y = j + dy[k];
                if (x >= 0 && x < w && y >= 0 && y < h) {
                    sum += p[y * w + x];
                    n++;
                }
            }
            return n == 0 ? 0 : sum / n;
        }

        double[] medianAndSigma(float[] p, int w, int h, int i, int j) {
            double[] values = new double[dx.length];
            int n = 0;
            for (int k = 0; k < dx.length; k++) {
                int x = i + dx[k];
                int y = j + dy[k];
                if (x >= 0 && x < w && y >= 0 && y < h) {
                    values[n++] = p[y * w + x];
                }
            }
            double[] v = Arrays.copyOf(values, n);
            double median = median(v);
            for (int k = 0; k < n; k++) {
                v[k] = Math.abs(v[k] - median);
            }
            return new double[] {median, MAD_TO_SIGMA * median(v)};
        }

        private static double median(double[] v) {
            Arrays.sort(v);
            int n = v.length;
            return n % 2 == 1 ? v[n / 2] : 0.5 * (v[n / 2 - 1] + v[n / 2]);
        }
    }
}
