package org.crystallite.xrd.lattice;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.crystallite.spectrum.Spectrum;
import org.crystallite.spectrum.ops.Crop;
import org.crystallite.xrd.peaks.PeakList;
import org.crystallite.xrd.peaks.PeakWindow;
import org.crystallite.xrd.peaks.XrdPeak;
import org.crystallite.xrd.peaks.XrdPeakFitter;
import org.crystallite.xrd.radiation.Radiation;

/**
 * Cell refinement straight from a powder pattern, guided by a start cell (the "peaks from the cell" route of
 * GSAS-II's Unit Cells → Refine): the reflections of the start cell inside the 2θ range that have no other
 * reflection within the isolation distance are fitted, one window each, by {@link XrdPeakFitter} (Kα1/Kα2
 * doublet for laboratory radiation; reflections of other phases nearby are fitted in the same window); peaks whose area is not significant are dropped; the rest are indexed and
 * refined by {@link LatticeRefiner} with λ1. Only windows around reflections are fitted, so a 130 000-point
 * synchrotron scan costs a few dozen small fits.
 */
public final class PatternCellRefinement {

    /**
     * @param system crystal system to refine in
     * @param startCell start cell (must put each reflection within the indexing tolerance of its peak)
     * @param conditions centring and reflection conditions
     * @param shift shift terms refined with the cell
     * @param minDeg lower 2θ limit of the reflections fitted
     * @param maxDeg upper 2θ limit
     * @param isolationDeg a reflection with another reflection closer than this (in 2θ, Kα1 positions) is skipped
     * @param minAreaSignificance a fitted peak needs area/σ(area) at least this
     * @param refinement indexing and least-squares options
     * @param peakOptions profile and background of the peak windows
     * @param otherPhaseTwoThetaDeg reflection positions (Kα1 2θ) of other phases in the pattern: those closer
     *        than the isolation distance to a reflection of this cell are fitted in the same window with it, and
     *        only this cell's peak is used
     */
    public record Settings(CrystalSystem system, UnitCell startCell, ReflectionConditions conditions, ShiftModel shift,
                           double minDeg, double maxDeg, double isolationDeg, double minAreaSignificance,
                           RefinementOptions refinement, XrdPeakFitter.Options peakOptions,
                           List<Double> otherPhaseTwoThetaDeg) {

        public Settings {
            Objects.requireNonNull(system, "system");
            Objects.requireNonNull(startCell, "startCell");
            Objects.requireNonNull(conditions, "conditions");
            Objects.requireNonNull(shift, "shift");
            Objects.requireNonNull(refinement, "refinement");
            Objects.requireNonNull(peakOptions, "peakOptions");
            if (Double.isNaN(minDeg) || Double.isNaN(maxDeg) || !(minDeg < maxDeg)) {
                throw new IllegalArgumentException("2θ range [" + minDeg + ", " + maxDeg + "] is not valid");
            }
            if (!(isolationDeg >= 0) || !(minAreaSignificance >= 0)) {
                throw new IllegalArgumentException("isolation and area significance must be ≥ 0");
            }
            otherPhaseTwoThetaDeg = List.copyOf(otherPhaseTwoThetaDeg);
        }

        /** Whole pattern, isolation 0.1°, area ≥ 5σ, default refinement and peak options. */
        public static Settings of(CrystalSystem system, UnitCell startCell, ReflectionConditions conditions,
                                  ShiftModel shift) {
            return new Settings(system, startCell, conditions, shift, Double.NEGATIVE_INFINITY,
                    Double.POSITIVE_INFINITY, 0.1, 5, RefinementOptions.defaults(), XrdPeakFitter.Options.defaults(), List.of());
        }

        public Settings withRange(double min, double max) {
            return new Settings(system, startCell, conditions, shift, min, max, isolationDeg, minAreaSignificance,
                    refinement, peakOptions, otherPhaseTwoThetaDeg);
        }

        /** The same settings with the reflections of other phases (Kα1 2θ in degrees), fitted jointly where close. */
        public Settings withOtherPhases(List<Double> twoThetaDeg) {
            return new Settings(system, startCell, conditions, shift, minDeg, maxDeg, isolationDeg,
                    minAreaSignificance, refinement, peakOptions, twoThetaDeg);
        }

        public Settings withShift(ShiftModel s) {
            return new Settings(system, startCell, conditions, s, minDeg, maxDeg, isolationDeg, minAreaSignificance,
                    refinement, peakOptions, otherPhaseTwoThetaDeg);
        }

        public Settings withIsolation(double deg) {
            return new Settings(system, startCell, conditions, shift, minDeg, maxDeg, deg, minAreaSignificance,
                    refinement, peakOptions, otherPhaseTwoThetaDeg);
        }

        public Settings withRefinement(RefinementOptions r) {
            return new Settings(system, startCell, conditions, shift, minDeg, maxDeg, isolationDeg, minAreaSignificance,
                    r, peakOptions, otherPhaseTwoThetaDeg);
        }

        public Settings withPeakOptions(XrdPeakFitter.Options p) {
            return new Settings(system, startCell, conditions, shift, minDeg, maxDeg, isolationDeg, minAreaSignificance,
                    refinement, p, otherPhaseTwoThetaDeg);
        }
    }

    /**
     * @param peaks the fitted peak windows
     * @param observed the peaks handed to the refinement
     * @param fit the refined cell
     * @param warnings peak-fitting and selection warnings (the refinement's own are in {@code fit})
     */
    public record Result(PeakList peaks, List<ObservedReflection> observed, LatticeFit fit, List<String> warnings) {
        public Result {
            observed = List.copyOf(observed);
            warnings = List.copyOf(warnings);
        }
    }

    private PatternCellRefinement() {
    }

    /** Kα1 2θ (degrees) of every allowed reflection of a cell up to maxDeg, e.g. to avoid another phase's lines. */
    public static List<Double> reflectionPositions(UnitCell cell, CrystalSystem system, ReflectionConditions conditions,
                                                   double wavelengthAngstrom, double maxDeg) {
        double dMin = Bragg.dSpacing(Math.min(179, maxDeg), wavelengthAngstrom);
        List<Double> out = new ArrayList<>();
        for (Reflection r : ReflectionList.generate(cell, system, conditions, dMin)) {
            Bragg.twoThetaDeg(r.dAngstrom(), wavelengthAngstrom).ifPresent(out::add);
        }
        return out;
    }

    /**
     * A cheap test before fitting: within ±isolation/2 of x the highest count must stand 6 counting-noise σ
     * (√min, at least 1) above the lowest (pure noise over ~50 points spans about 5σ), i.e. there is a peak to fit.
     */
    static boolean visible(Spectrum pattern, double x, double isolationDeg) {
        double half = Math.max(isolationDeg / 2, 0);
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        int n = 0;
        for (int i = 0; i < pattern.size(); i++) {
            double xi = pattern.x(i);
            if (xi >= x - half && xi <= x + half) {
                lo = Math.min(lo, pattern.y(i));
                hi = Math.max(hi, pattern.y(i));
                n++;
            }
        }
        if (n < 5) {
            return true;
        }
        double noise = pattern.sigma().isPresent() ? Double.NaN : Math.sqrt(Math.max(lo, 1));
        if (Double.isNaN(noise)) {
            double[] sig = pattern.sigma().get();
            double sum = 0;
            int k = 0;
            for (int i = 0; i < pattern.size(); i++) {
                double xi = pattern.x(i);
                if (xi >= x - half && xi <= x + half && sig[i] > 0) {
                    sum += sig[i];
                    k++;
                }
            }
            noise = k > 0 ? sum / k : Math.sqrt(Math.max(lo, 1));
        }
        return hi - lo > 6 * noise;
    }

    /** The 2θ (Kα1) of the start cell's reflections in range that are isolated from their neighbours. */
    public static List<Double> isolatedPositions(Spectrum pattern, Radiation radiation, Settings s) {
        double lambda = radiation.kAlpha1Angstrom();
        double lo = Math.max(s.minDeg(), pattern.x(0));
        double hi = Math.min(s.maxDeg(), pattern.x(pattern.size() - 1));
        if (!(lo < hi)) {
            throw new IllegalArgumentException("the 2θ range " + s.minDeg() + "–" + s.maxDeg()
                    + "° does not overlap the pattern (" + pattern.x(0) + "–" + pattern.x(pattern.size() - 1) + "°)");
        }
        double dMin = Bragg.dSpacing(Math.min(179, hi + 2 * s.isolationDeg() + 0.5), lambda);
        List<Reflection> all = ReflectionList.generate(s.startCell(), s.system(), s.conditions(), dMin);
        double[] tt = new double[all.size()];
        for (int i = 0; i < tt.length; i++) {
            tt[i] = Bragg.twoThetaDeg(all.get(i).dAngstrom(), lambda).orElse(Double.NaN);
        }
        List<Double> out = new ArrayList<>();
        for (int i = 0; i < tt.length; i++) {
            if (!(tt[i] >= lo && tt[i] <= hi)) {
                continue;
            }
            boolean isolated = true;
            for (int j = 0; j < tt.length && isolated; j++) {
                isolated = j == i || !(Math.abs(tt[j] - tt[i]) < s.isolationDeg());
            }
            if (isolated) {
                out.add(tt[i]);
            }
        }
        return out;
    }

    private static XrdPeak reindexed(XrdPeak p, int window) {
        return new XrdPeak(p.twoThetaDeg(), p.dAngstrom(), p.fwhmDeg(), p.integralBreadthDeg(), p.area(), p.height(),
                p.shapeParameterName(), p.shapeParameter(), p.fwhmGaussianDeg(), p.fwhmLorentzianDeg(), p.profile(),
                window, p.windowReducedChi2());
    }

    /**
     * Fits the isolated reflections of the start cell and refines the cell from them.
     *
     * @throws LatticeException when too few peaks survive or the refinement fails
     */
    public static Result run(Spectrum full, Radiation radiation, Settings s) throws LatticeException {
        // Only the refined range (plus room for the windows at its ends) is handed to the peak fitter, which
        // needs a uniform 2θ step there; detector tails outside the range may be irregular.
        double margin = 1.0;
        Spectrum pattern = full;
        if (s.minDeg() - margin > full.x(0) || s.maxDeg() + margin < full.x(full.size() - 1)) {
            pattern = Crop.range(full, Math.max(full.x(0), s.minDeg() - margin),
                    Math.min(full.x(full.size() - 1), s.maxDeg() + margin));
        }
        List<Double> positions = isolatedPositions(pattern, radiation, s);
        if (positions.isEmpty()) {
            throw new LatticeException("no isolated reflection of the start cell lies in the 2θ range "
                    + s.minDeg() + "–" + s.maxDeg() + "°");
        }
        XrdPeakFitter.Options po = s.peakOptions().withRange(Math.max(s.minDeg(), pattern.x(0)),
                Math.min(s.maxDeg(), pattern.x(pattern.size() - 1)));
        XrdPeakFitter fitter = new XrdPeakFitter(po);
        // One call per reflection, so that every window holds one peak: the reflections are isolated, and a
        // window that grew over an unfitted neighbour would otherwise pull in more and more peaks.
        List<XrdPeak> peaks = new ArrayList<>();
        List<PeakWindow> windows = new ArrayList<>();
        List<String> fitWarnings = new ArrayList<>();
        int invisible = 0;
        for (double x : positions) {
            if (!visible(pattern, x, s.isolationDeg())) {
                invisible++;
                continue;
            }
            List<Double> starts = new ArrayList<>();
            starts.add(x);
            for (double other : s.otherPhaseTwoThetaDeg()) {
                if (Math.abs(other - x) < s.isolationDeg() && other >= pattern.x(0)
                        && other <= pattern.x(pattern.size() - 1)) {
                    starts.add(other);
                }
            }
            PeakList one = fitter.fitAt(pattern, radiation, starts);
            // The peak started at x is the one nearest to it (each centre stays within about one FWHM of its start).
            XrdPeak own = null;
            for (XrdPeak p : one.peaks()) {
                if (own == null || Math.abs(p.twoThetaDeg().value() - x) < Math.abs(own.twoThetaDeg().value() - x)) {
                    own = p;
                }
            }
            if (own != null) {
                // The peak's window index counts within this one call; in the combined list it follows the windows so far.
                peaks.add(reindexed(own, windows.size() + own.window()));
            }
            windows.addAll(one.windows());
            fitWarnings.addAll(one.warnings());
        }
        PeakList fitted = new PeakList(peaks, windows, radiation, po.profile(), fitWarnings);
        if (invisible > 0) {
            fitWarnings.add(invisible + " reflection(s) of the start cell show no peak above the noise; not fitted");
        }
        List<String> warnings = new ArrayList<>(fitted.warnings());
        List<ObservedReflection> observed = new ArrayList<>();
        int weak = 0;
        for (XrdPeak p : fitted.peaks()) {
            double sigma = p.twoThetaDeg().sigma();
            double area = p.area().value();
            double areaSigma = p.area().sigma();
            boolean significant = area > 0 && (areaSigma > 0 ? area / areaSigma >= s.minAreaSignificance() : true);
            if (!(sigma > 0) || !Double.isFinite(sigma) || !significant) {
                weak++;
                continue;
            }
            observed.add(new ObservedReflection(p.twoThetaDeg().value(), sigma));
        }
        if (weak > 0) {
            warnings.add(weak + " fitted peak(s) with area below " + s.minAreaSignificance()
                    + "σ or no position σ left out");
        }
        LatticeRefiner refiner = new LatticeRefiner(s.system(), s.conditions(), radiation.kAlpha1Angstrom(), s.shift(),
                s.refinement());
        return new Result(fitted, observed, refiner.refine(observed, s.startCell()), warnings);
    }
}
