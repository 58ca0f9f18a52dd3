package org.crystallite.xrd.peaks;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

import org.crystallite.spectrum.Spectrum;
import org.crystallite.spectrum.fit.FitException;
import org.crystallite.spectrum.fit.FitOptions;
import org.crystallite.spectrum.fit.FitResult;
import org.crystallite.spectrum.fit.Fitter;
import org.crystallite.spectrum.fit.ParameterEstimate;
import org.crystallite.spectrum.fit.Weighting;
import org.crystallite.spectrum.model.Component;
import org.crystallite.spectrum.model.Model;
import org.crystallite.spectrum.model.Parameter;
import org.crystallite.spectrum.model.Tie;
import org.crystallite.xrd.radiation.Radiation;

/**
 * Estimates the instrument's S/L and H/L from a pattern, for patterns without an instrument file: each given peak
 * (best the strong, isolated, low-angle ones, where the FCJ asymmetry is largest) is fitted alone with the
 * {@code fcj-pv} profile and S/L free, H/L tied to it by a fixed ratio (one peak cannot tell S from H: the shape
 * depends mostly on S + H, FCJ 1994 §3), starting from the best of a χ² scan over S/L; a peak counts only when its
 * data reject S/L ≈ 0 (a small tail is otherwise taken up by the centre and the FWHM, and noise alone makes a
 * shallow minimum); the per-peak S/L are combined by their inverse-variance mean, with the σ
 * scaled by √χ²ν of their scatter when that exceeds 1. The result is then held fixed for the whole pattern
 * ({@link XrdPeakFitter.Options#withAxialDivergence}). The estimate takes up every asymmetry of the peaks, not only
 * the axial one: an instrument file's value is preferable where there is one.
 */
public final class AxialDivergenceFit {

    /** Start value of S/L in each window (11-BM-like, well inside the bounds). */
    private static final double START = 0.002;
    /** The S/L grid of the χ² scan: from far below synchrotron values to beyond laboratory ones. */
    /** Least χ² drop, in units of max(1, χ²ν), from the smallest grid S/L to the minimum (≈ 3σ). */
    private static final double SIGNIFICANCE = 9;
    private static final double[] GRID = {0.0002, 0.0005, 0.001, 0.002, 0.003, 0.005, 0.008, 0.012, 0.02, 0.03, 0.05};

    /**
     * @param axial the combined S/L and H/L (= ratio · S/L)
     * @param sOverLSigma σ of S/L
     * @param perPeakSOverL the S/L of each peak that determined one, with its σ ({value, σ})
     * @param peaksUsedDeg the 2θ (as given) of those peaks, in the order of {@code perPeakSOverL}
     * @param warnings peaks not used and why
     */
    public record Result(AxialDivergence axial, double sOverLSigma, List<double[]> perPeakSOverL,
                         List<Double> peaksUsedDeg, List<String> warnings) {
        public Result {
            perPeakSOverL = perPeakSOverL.stream().map(double[]::clone).toList();
            peaksUsedDeg = List.copyOf(peaksUsedDeg);
            if (peaksUsedDeg.size() != perPeakSOverL.size()) {
                throw new IllegalArgumentException("one 2θ per S/L estimate needed");
            }
            warnings = List.copyOf(warnings);
        }

        @Override
        public List<double[]> perPeakSOverL() {
            return perPeakSOverL.stream().map(double[]::clone).toList();
        }
    }

    private AxialDivergenceFit() {
    }

    /**
     * @param peaksDeg 2θ (Kα1) of the peaks to use
     * @param options window and background options (the profile is set to {@code fcj-pv})
     * @param hOverSRatio H/L ÷ S/L held during the fit (1 when the slit and the illuminated sample height are
     *        alike, as at 11-BM)
     * @throws IllegalArgumentException when the ratio is not positive or no peak determines S/L
     */
    public static Result fit(Spectrum pattern, Radiation radiation, List<Double> peaksDeg, XrdPeakFitter.Options options,
                             double hOverSRatio) {
        Objects.requireNonNull(pattern, "pattern");
        if (!(hOverSRatio > 0) || Double.isInfinite(hOverSRatio)) {
            throw new IllegalArgumentException("H/L ÷ S/L must be a positive number, got " + hOverSRatio);
        }
        double startH = Math.min(START * hOverSRatio, FcjPseudoVoigt.MAX_RATIO);
        XrdPeakFitter first = new XrdPeakFitter(options.withProfile(PeakProfile.FCJ_PV)
                .withAxialDivergence(new AxialDivergence(START, startH)));
        Fitter fitter = new Fitter(FitOptions.defaults()
                .withWeighting(pattern.hasSigma() ? Weighting.SIGMA : Weighting.POISSON));
        List<double[]> perPeak = new ArrayList<>();
        List<Double> used = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        for (double x : peaksDeg) {
            String where = String.format(Locale.ROOT, "peak at %.4f°", x);
            PeakList one = first.fitAt(pattern, radiation, List.of(x));
            if (one.windows().size() != 1 || one.windows().get(0).peakCount() != 1) {
                warnings.add(where + ": no single-peak window (" + String.join("; ", one.warnings()) + ")");
                continue;
            }
            Model template = one.windows().get(0).fit().model();
            WindowEstimate w;
            try {
                w = fitWindow(fitter, pattern, template, hOverSRatio);
            } catch (FitException e) {
                warnings.add(where + ": fit failed: " + e.getMessage());
                continue;
            }
            if (w.sOverL() == null) {
                warnings.add(where + ": " + w.notDetermined());
                continue;
            }
            ParameterEstimate s = w.sOverL();
            if (s.atBound() || !(s.sigma() > 0) || !Double.isFinite(s.sigma()) || s.sigma() > s.value()) {
                warnings.add(String.format(Locale.ROOT, "%s: S/L not determined (%.5f ± %.2g)", where, s.value(),
                        s.sigma()));
                continue;
            }
            perPeak.add(new double[] {s.value(), s.sigma()});
            used.add(x);
        }
        if (perPeak.isEmpty()) {
            throw new IllegalArgumentException("no peak determined S/L" + (warnings.isEmpty() ? ""
                    : ": " + String.join("; ", warnings)));
        }
        if (perPeak.size() == 1) {
            warnings.add(String.format(Locale.ROOT, "S/L rests on one peak (%.4f°): its σ is that fit's alone, not "
                    + "checked against the scatter between peaks", used.get(0)));
        }
        double sumW = 0;
        double sumWx = 0;
        for (double[] v : perPeak) {
            double w = 1 / (v[1] * v[1]);
            sumW += w;
            sumWx += w * v[0];
        }
        double mean = sumWx / sumW;
        double chi2 = 0;
        for (double[] v : perPeak) {
            chi2 += Math.pow((v[0] - mean) / v[1], 2);
        }
        double birge = perPeak.size() > 1 ? Math.max(1, Math.sqrt(chi2 / (perPeak.size() - 1))) : 1;
        double sOverL = Math.max(0, Math.min(mean, FcjPseudoVoigt.MAX_RATIO));
        double hOverL = Math.min(sOverL * hOverSRatio, FcjPseudoVoigt.MAX_RATIO);
        return new Result(new AxialDivergence(sOverL, hOverL), birge / Math.sqrt(sumW), perPeak, used, warnings);
    }

    /** The S/L of one window, or why the window does not determine it (then {@code sOverL} is null). */
    private record WindowEstimate(ParameterEstimate sOverL, String notDetermined) {
    }

    /**
     * S/L of one window: χ² on a grid of fixed S/L (the asymmetry grows like (S + H)², so a gradient step from
     * a poor start can stall near 0), then a free fit from the grid's best value, accepted when it stays in the
     * bracketing grid interval. Not determined when χ² has no interior minimum on the grid, or when the grid's
     * smallest S/L fits almost as well: a small FCJ tail is taken up by a shift of the centre and a narrower
     * FWHM, so χ² is flat in S/L up to a fair fraction of the peak width and noise alone puts a shallow minimum
     * there. The minimum must then be deeper than {@value #SIGNIFICANCE}·max(1, χ²ν) below χ² at the smallest S/L
     * (a likelihood-ratio test at about 3σ for one parameter, with χ² scaled by χ²ν as the σ are).
     */
    private static WindowEstimate fitWindow(Fitter fitter, Spectrum pattern, Model template, double hOverSRatio)
            throws FitException {
        double[] chi2 = new double[GRID.length];
        int best = 0;
        for (int k = 0; k < GRID.length; k++) {
            double h = Math.min(GRID[k] * hOverSRatio, FcjPseudoVoigt.MAX_RATIO);
            chi2[k] = fitter.fit(pattern, withSlits(template, Parameter.fixed("sOverL", GRID[k]),
                    Parameter.fixed("hOverL", h))).chi2();
            if (chi2[k] < chi2[best]) {
                best = k;
            }
        }
        String noMinimum = "χ² has no minimum in S/L between " + GRID[0] + " and " + GRID[GRID.length - 1];
        if (best == 0 || best == GRID.length - 1) {
            return new WindowEstimate(null, noMinimum);
        }
        Model free = withSlits(template, Parameter.free("sOverL", GRID[best], 0, FcjPseudoVoigt.MAX_RATIO),
                Parameter.tied("hOverL", new Tie(WindowModel.peakName(0), "sOverL", hOverSRatio, 0)));
        FitResult fit = fitter.fit(pattern, free);
        ParameterEstimate e = fit.component(WindowModel.peakName(0)).orElseThrow().parameter("sOverL").orElseThrow();
        if (!(e.value() > GRID[best - 1] && e.value() < GRID[best + 1])) {
            return new WindowEstimate(null, noMinimum);
        }
        double depth = chi2[0] - fit.chi2();
        double needed = SIGNIFICANCE * Math.max(1, fit.reducedChi2());
        if (!(depth >= needed)) {
            return new WindowEstimate(null, String.format(Locale.ROOT, "S/L = %g fits as well as the minimum at %.5f "
                    + "(Δχ² %.3g, %.3g needed): S/L not determined", GRID[0], e.value(), depth, needed));
        }
        return new WindowEstimate(e, null);
    }

    /** The window model with the peak's S/L and H/L parameters replaced. */
    private static Model withSlits(Model fitted, Parameter sOverL, Parameter hOverL) {
        String peak = WindowModel.peakName(0);
        List<Component> components = new ArrayList<>();
        for (Component c : fitted.components()) {
            if (!c.name().equals(peak)) {
                components.add(c);
                continue;
            }
            List<Parameter> ps = new ArrayList<>();
            for (Parameter p : c.parameters()) {
                ps.add(switch (p.name()) {
                    case "sOverL" -> sOverL;
                    case "hOverL" -> hOverL;
                    default -> p;
                });
            }
            components.add(new Component(c.name(), c.shape(), ps));
        }
        return fitted.withComponents(components);
    }
}
