package org.crystallite.xrd.size;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.crystallite.xrd.instrument.InstrumentProfile;
import org.crystallite.xrd.instrument.WeightedLinearFit;
import org.crystallite.xrd.peaks.Measured;
import org.crystallite.xrd.peaks.XrdPeak;

/**
 * Crystallite size and microstrain from the integral breadths of fitted lines, after removing the
 * instrument's breadth.
 *
 * <ul>
 * <li><b>Scherrer</b> (P. Scherrer, Nachr. Ges. Wiss. Göttingen (1918) 98; with the integral breadth
 * as A. R. Stokes &amp; A. J. C. Wilson, Proc. Camb. Phil. Soc. 38 (1942) 313): D = Kλ / (β cos θ)
 * per line; the reported size is the weighted mean over the usable lines (σ from the weights,
 * enlarged by the scatter when the lines disagree). K = 1 gives the volume-weighted column length;
 * K = 0.9 (default, as asked for by most users) is the customary spherical-crystallite value.</li>
 * <li><b>Williamson–Hall</b> (G. K. Williamson &amp; W. H. Hall, Acta Metall. 1 (1953) 22):
 * β cos θ = Kλ/D + 4ε sin θ, fitted by weighted least squares over the usable lines: D from the
 * intercept, ε from the slope, σ from the fit. The linear sum of size and strain breadths is exact
 * when both are Lorentzian; the result is the apparent (integral-breadth) strain ε = β/(4 tan θ).</li>
 * </ul>
 * β is the sample's integral breadth in radians 2θ; λ is the Kα1 wavelength of the instrument profile.
 *
 * <p><b>Refusal.</b> A line whose observed FWHM is less than 20 % above the instrument's FWHM at
 * its angle is not used: its sample breadth is not resolved. With no usable line (Scherrer) or
 * fewer than three (Williamson–Hall), no size is reported and the reason is given. σ of the sample
 * breadths propagates the fitted widths' σ (the instrument profile's σ is not propagated).
 */
public final class SizeStrainAnalysis {

    /** Observed FWHM must exceed the instrument's by this factor for a line to be used. */
    public static final double MIN_BROADENING_RATIO = 1.2;

    /**
     * @param method Scherrer or Williamson–Hall
     * @param correction instrumental correction
     * @param scherrerConstant K (&gt; 0)
     */
    public record Options(SizeMethod method, Correction correction, double scherrerConstant) {
        public Options {
            Objects.requireNonNull(method, "method");
            Objects.requireNonNull(correction, "correction");
            if (!(scherrerConstant > 0) || !Double.isFinite(scherrerConstant)) {
                throw new IllegalArgumentException("Scherrer constant K must be > 0, got " + scherrerConstant);
            }
        }

        /** Williamson–Hall, Voigt correction, K = 0.9. */
        public static Options defaults() {
            return new Options(SizeMethod.WILLIAMSON_HALL, Correction.VOIGT, 0.9);
        }

        public Options withMethod(SizeMethod m) {
            return new Options(m, correction, scherrerConstant);
        }

        public Options withCorrection(Correction c) {
            return new Options(method, c, scherrerConstant);
        }

        public Options withScherrerConstant(double k) {
            return new Options(method, correction, k);
        }
    }

    private final Options options;

    public SizeStrainAnalysis(Options options) {
        this.options = Objects.requireNonNull(options, "options");
    }

    public SizeStrainResult analyse(List<XrdPeak> peaks, InstrumentProfile instrument) {
        double lambdaNm = instrument.radiation().kAlpha1Angstrom() / 10;
        List<String> warnings = new ArrayList<>();
        List<SamplePeak> samples = new ArrayList<>();
        LineBroadening broadening = new LineBroadening(options.correction(), options.scherrerConstant());
        for (XrdPeak p : peaks) {
            samples.add(broadening.sample(p, instrument, lambdaNm));
        }
        for (SamplePeak s : samples) {
            s.refusal().ifPresent(r -> warnings.add(String.format("line at %.3f°: %s", s.twoThetaDeg(), r)));
        }
        double t0 = instrument.minTwoThetaDeg();
        double t1 = instrument.maxTwoThetaDeg();
        for (SamplePeak s : samples) {
            if (s.twoThetaDeg() < t0 - 1 || s.twoThetaDeg() > t1 + 1) {
                warnings.add(String.format("line at %.3f° lies outside the standard's peaks (%.1f–%.1f°): the "
                        + "instrument profile is extrapolated there", s.twoThetaDeg(), t0, t1));
            }
        }
        List<SamplePeak> used = samples.stream().filter(SamplePeak::used).toList();
        return options.method() == SizeMethod.SCHERRER
                ? scherrer(samples, used, warnings)
                : williamsonHall(samples, used, lambdaNm, warnings);
    }

    private SizeStrainResult scherrer(List<SamplePeak> all, List<SamplePeak> used, List<String> warnings) {
        if (used.isEmpty()) {
            warnings.add("no size reported: no line is broadened at least 20 % beyond the instrument");
            return result(all, Measured.undefined(), Measured.undefined(), SizeStrainResult.WilliamsonHallPlot.empty(),
                    warnings);
        }
        double sumW = 0;
        double sumWD = 0;
        boolean allSigmas = used.stream().allMatch(s -> s.scherrerSizeNm().sigma() > 0);
        for (SamplePeak s : used) {
            double w = allSigmas ? 1 / (s.scherrerSizeNm().sigma() * s.scherrerSizeNm().sigma()) : 1;
            sumW += w;
            sumWD += w * s.scherrerSizeNm().value();
        }
        double mean = sumWD / sumW;
        double sigma = Double.NaN;
        if (allSigmas) {
            double chi2 = 0;
            for (SamplePeak s : used) {
                double r = (s.scherrerSizeNm().value() - mean) / s.scherrerSizeNm().sigma();
                chi2 += r * r;
            }
            double birge = used.size() > 1 ? Math.max(1, chi2 / (used.size() - 1)) : 1;
            sigma = Math.sqrt(birge / sumW);
        } else if (used.size() > 1) {
            double var = 0;
            for (SamplePeak s : used) {
                var += Math.pow(s.scherrerSizeNm().value() - mean, 2);
            }
            sigma = Math.sqrt(var / (used.size() - 1) / used.size());
        }
        return result(all, new Measured(mean, sigma), Measured.undefined(), SizeStrainResult.WilliamsonHallPlot.empty(),
                warnings);
    }

    private SizeStrainResult williamsonHall(List<SamplePeak> all, List<SamplePeak> used, double lambdaNm,
                                            List<String> warnings) {
        if (used.size() < 3) {
            warnings.add("no size or strain reported: Williamson–Hall needs at least 3 lines broadened 20 % beyond "
                    + "the instrument, " + used.size() + " available");
            return result(all, Measured.undefined(), Measured.undefined(), SizeStrainResult.WilliamsonHallPlot.empty(),
                    warnings);
        }
        int n = used.size();
        double[][] design = new double[n][];
        double[] x = new double[n];
        double[] y = new double[n];
        double[] sigma = new double[n];
        for (int i = 0; i < n; i++) {
            SamplePeak s = used.get(i);
            double theta = Math.toRadians(s.twoThetaDeg() / 2);
            x[i] = 4 * Math.sin(theta);
            y[i] = Math.toRadians(s.sampleBreadthDeg().value()) * Math.cos(theta);
            double sb = s.sampleBreadthDeg().sigma();
            sigma[i] = sb > 0 ? Math.toRadians(sb) * Math.cos(theta) : Double.NaN;
            design[i] = new double[] {1, x[i]};
        }
        boolean weighted = true;
        for (double s : sigma) {
            weighted &= s > 0;
        }
        if (!weighted) {
            java.util.Arrays.fill(sigma, 1);
            warnings.add("some line widths have no σ: the Williamson–Hall fit is unweighted");
        }
        WeightedLinearFit fit;
        try {
            fit = WeightedLinearFit.solve(design, y, sigma);
        } catch (IllegalArgumentException e) {
            warnings.add("no size or strain reported: " + e.getMessage());
            return result(all, Measured.undefined(), Measured.undefined(), SizeStrainResult.WilliamsonHallPlot.empty(),
                    warnings);
        }
        double intercept = fit.coefficients()[0];
        double slope = fit.coefficients()[1];
        SizeStrainResult.WilliamsonHallPlot plot = new SizeStrainResult.WilliamsonHallPlot(x, y,
                weighted ? sigma : new double[n], intercept, slope);
        Measured strain = new Measured(slope, fit.sigmas()[1]);
        Measured size;
        if (intercept <= 0) {
            size = Measured.undefined();
            warnings.add(String.format("no size reported: the Williamson–Hall intercept (%.3g ± %.2g) is not positive, "
                    + "so size broadening is not resolved next to strain", intercept, fit.sigmas()[0]));
        } else {
            double d = options.scherrerConstant() * lambdaNm / intercept;
            size = new Measured(d, d * fit.sigmas()[0] / intercept);
            if (fit.sigmas()[0] > 0.5 * intercept) {
                warnings.add("the Williamson–Hall intercept is uncertain by more than 50 %: the size is poorly "
                        + "determined");
            }
        }
        return result(all, size, strain, plot, warnings);
    }

    private SizeStrainResult result(List<SamplePeak> all, Measured size, Measured strain,
                                    SizeStrainResult.WilliamsonHallPlot plot, List<String> warnings) {
        return new SizeStrainResult(options.method(), options.correction(), options.scherrerConstant(), size, strain,
                all, plot, warnings);
    }
}
