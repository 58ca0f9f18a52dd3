package org.crystallite.xrd.instrument;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.crystallite.spectrum.Spectrum;
import org.crystallite.xrd.peaks.Measured;
import org.crystallite.xrd.peaks.PeakList;
import org.crystallite.xrd.peaks.PeakProfile;
import org.crystallite.xrd.peaks.XrdPeak;
import org.crystallite.xrd.peaks.XrdPeakFitter;
import org.crystallite.xrd.radiation.Radiation;

/**
 * Determines an {@link InstrumentProfile} from a pattern of a line-profile standard: fits every
 * peak with TCH pseudo-Voigt doublets (so the Gaussian and Lorentzian widths are separate), keeps
 * the peaks that match a reflection of the standard phase, then fits ΓG² = U tan²θ + V tanθ + W
 * and ΓL = X tanθ + Y / cosθ by weighted linear least squares (weights from the peaks' σ).
 * Peaks whose width sits at a bound (σ undefined) are left out of that width's fit.
 */
public final class InstrumentProfileFitter {

    /** Smallest match tolerance between a fitted peak and a calculated reflection, in ° 2θ. */
    private static final double MIN_MATCH_DEG = 0.15;

    private final XrdPeakFitter.Options peakOptions;

    /** @param peakOptions range, SNR and background settings; the profile is always TCH */
    public InstrumentProfileFitter(XrdPeakFitter.Options peakOptions) {
        this.peakOptions = peakOptions.withProfile(PeakProfile.TCH);
    }

    public InstrumentProfileFitter() {
        this(XrdPeakFitter.Options.defaults());
    }

    /**
     * @throws IllegalArgumentException when fewer than 4 peaks (Gaussian) or 3 peaks (Lorentzian)
     *     of the standard could be fitted, naming how many were found
     */
    public InstrumentCalibration fit(Spectrum pattern, Radiation radiation, StandardPhase phase, LocalDate date) {
        PeakList fitted = new XrdPeakFitter(peakOptions).fit(pattern, radiation);
        List<String> warnings = new ArrayList<>(fitted.warnings());
        double maxTwoTheta = pattern.x(pattern.size() - 1);
        List<StandardPhase.Reflection> reflections = phase.reflections(radiation.kAlpha1Angstrom(), maxTwoTheta);
        Map<StandardPhase.Reflection, XrdPeak> matched = new LinkedHashMap<>();
        for (XrdPeak p : fitted.peaks()) {
            double x = p.twoThetaDeg().value();
            StandardPhase.Reflection best = null;
            for (StandardPhase.Reflection r : reflections) {
                if (best == null || Math.abs(r.twoThetaDeg() - x) < Math.abs(best.twoThetaDeg() - x)) {
                    best = r;
                }
            }
            double tolerance = Math.max(MIN_MATCH_DEG, 2 * p.fwhmDeg().value());
            if (best == null || Math.abs(best.twoThetaDeg() - x) > tolerance) {
                warnings.add(String.format("peak at %.4f° is not a reflection of %s; not used", x, phase.name()));
                continue;
            }
            XrdPeak previous = matched.get(best);
            if (previous == null || previous.area().value() < p.area().value()) {
                if (previous != null) {
                    warnings.add(String.format("two peaks near %s (%.4f°); the stronger is used", best.hkl(),
                            best.twoThetaDeg()));
                }
                matched.put(best, p);
            }
        }
        List<StandardPhase.Reflection> order = new ArrayList<>(matched.keySet());
        order.sort(java.util.Comparator.comparingDouble(StandardPhase.Reflection::twoThetaDeg));

        List<double[]> gRows = new ArrayList<>();
        List<double[]> lRows = new ArrayList<>();
        List<CalibrationPeak> peaks = new ArrayList<>();
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (StandardPhase.Reflection r : order) {
            XrdPeak p = matched.get(r);
            double theta = Math.toRadians(p.twoThetaDeg().value() / 2);
            double t = Math.tan(theta);
            Measured g = p.fwhmGaussianDeg();
            Measured l = p.fwhmLorentzianDeg();
            boolean useG = g.sigma() > 0 && Double.isFinite(g.sigma());
            boolean useL = l.sigma() > 0 && Double.isFinite(l.sigma());
            if (useG) {
                // σ(ΓG²) = 2 ΓG σ(ΓG), floored so a vanishing ΓG does not get infinite weight
                gRows.add(new double[] {t * t, t, 1, g.value() * g.value(),
                        2 * Math.max(g.value(), g.sigma()) * g.sigma()});
            }
            if (useL) {
                lRows.add(new double[] {t, 1 / Math.cos(theta), l.value(), l.sigma()});
            }
            if (!useG || !useL) {
                warnings.add(String.format("%s at %.4f°: %s width at its bound, left out of that fit", r.hkl(),
                        p.twoThetaDeg().value(), !useG ? "Gaussian" : "Lorentzian"));
            }
            if (useG || useL) {
                min = Math.min(min, p.twoThetaDeg().value());
                max = Math.max(max, p.twoThetaDeg().value());
            }
            peaks.add(new CalibrationPeak(r, p, useG, useL));
        }
        if (gRows.size() < 4) {
            throw new IllegalArgumentException(pattern.source().map(s -> s + ": ").orElse("") + "only "
                    + gRows.size() + " peaks of " + phase.name() + " with a determined Gaussian width; U, V, W need "
                    + "at least 4");
        }
        if (lRows.size() < 3) {
            throw new IllegalArgumentException(pattern.source().map(s -> s + ": ").orElse("") + "only "
                    + lRows.size() + " peaks of " + phase.name() + " with a determined Lorentzian width; X, Y need "
                    + "at least 3");
        }
        WeightedLinearFit gFit = solve(gRows, 3);
        WeightedLinearFit lFit = solve(lRows, 2);
        InstrumentProfile profile = new InstrumentProfile(radiation, PeakProfile.TCH.cliName(),
                measured(gFit, 0), measured(gFit, 1), measured(gFit, 2), measured(lFit, 0), measured(lFit, 1),
                phase.name(), phase.aAngstrom(), date.toString(), peaks.size(), min, max);
        return new InstrumentCalibration(profile, peaks, gFit.reducedChi2(), lFit.reducedChi2(), warnings);
    }

    /** Rows hold m basis values, then y, then σ. */
    private static WeightedLinearFit solve(List<double[]> rows, int m) {
        double[][] design = new double[rows.size()][m];
        double[] y = new double[rows.size()];
        double[] sigma = new double[rows.size()];
        for (int i = 0; i < rows.size(); i++) {
            double[] r = rows.get(i);
            System.arraycopy(r, 0, design[i], 0, m);
            y[i] = r[m];
            sigma[i] = r[m + 1];
        }
        return WeightedLinearFit.solve(design, y, sigma);
    }

    private static Measured measured(WeightedLinearFit fit, int j) {
        return new Measured(fit.coefficients()[j], fit.sigmas()[j]);
    }
}
