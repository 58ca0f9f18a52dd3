package org.crystallite.xrd.size;

import java.util.Optional;

import org.crystallite.xrd.instrument.InstrumentProfile;
import org.crystallite.xrd.peaks.Measured;
import org.crystallite.xrd.peaks.XrdPeak;

/**
 * The sample's own breadth of one fitted line: the instrument's breadth at the line's angle
 * removed by the chosen {@link Correction}, the 20 % refusal rule applied, and the line's own
 * Scherrer size. See {@link SizeStrainAnalysis} for the formulas and their sources.
 */
final class LineBroadening {

    private final Correction correction;
    private final double scherrerConstant;

    LineBroadening(Correction correction, double scherrerConstant) {
        this.correction = correction;
        this.scherrerConstant = scherrerConstant;
    }

    SamplePeak sample(XrdPeak p, InstrumentProfile instrument, double lambdaNm) {
        double twoTheta = p.twoThetaDeg().value();
        double obsFwhm = p.fwhmDeg().value();
        double obsBreadth = p.integralBreadthDeg().value();
        double instFwhm = instrument.fwhmDeg(twoTheta);
        double instBreadth = instrument.integralBreadthDeg(twoTheta);
        if (!(obsFwhm > 0) || !(obsBreadth > 0)) {
            return refused(twoTheta, obsFwhm, instFwhm, obsBreadth, instBreadth, "width not determined by the fit");
        }
        if (obsFwhm < SizeStrainAnalysis.MIN_BROADENING_RATIO * instFwhm) {
            return refused(twoTheta, obsFwhm, instFwhm, obsBreadth, instBreadth, String.format(
                    "observed FWHM %.4f° is only %.0f %% above the instrument's %.4f° (needs ≥ 20 %%): sample "
                            + "broadening not resolved", obsFwhm, 100 * (obsFwhm / instFwhm - 1), instFwhm));
        }
        VoigtBreadths inst = VoigtBreadths.fromFwhms(instrument.fwhmGaussianDeg(twoTheta),
                instrument.fwhmLorentzianDeg(twoTheta));
        double breadth = sampleBreadth(p, obsFwhm, obsBreadth, inst, instBreadth, 0, 0);
        if (!(breadth > 0)) {
            return refused(twoTheta, obsFwhm, instFwhm, obsBreadth, instBreadth,
                    "no breadth left after the instrumental correction");
        }
        double sigma = breadthSigma(p, obsFwhm, obsBreadth, inst, instBreadth, breadth);
        double cosTheta = Math.cos(Math.toRadians(twoTheta / 2));
        double betaRad = Math.toRadians(breadth);
        double size = scherrerConstant * lambdaNm / (betaRad * cosTheta);
        Measured sizeNm = new Measured(size, size * sigma / breadth);
        return new SamplePeak(twoTheta, obsFwhm, instFwhm, obsBreadth, instBreadth, new Measured(breadth, sigma), sizeNm,
                Optional.empty());
    }

    private static SamplePeak refused(double twoTheta, double obsFwhm, double instFwhm, double obsBreadth,
                                      double instBreadth, String reason) {
        return new SamplePeak(twoTheta, obsFwhm, instFwhm, obsBreadth, instBreadth, Measured.undefined(),
                Measured.undefined(), Optional.of(reason));
    }

    /**
     * The sample breadth (°) with the observed widths shifted by dG/dL (TCH Gaussian/Lorentzian FWHM)
     * or dF/dB (FWHM/integral breadth) for σ propagation.
     */
    private double sampleBreadth(XrdPeak p, double obsFwhm, double obsBreadth, VoigtBreadths inst,
                                 double instBreadth, double shiftA, double shiftB) {
        return switch (correction) {
            case GAUSSIAN -> {
                double b = obsBreadth + shiftB;
                yield Math.sqrt(Math.max(0, b * b - instBreadth * instBreadth));
            }
            case LORENTZIAN -> obsBreadth + shiftB - instBreadth;
            case VOIGT -> {
                VoigtBreadths obs = hasTchWidths(p)
                        ? VoigtBreadths.fromFwhms(p.fwhmGaussianDeg().value() + shiftA,
                                p.fwhmLorentzianDeg().value() + shiftB)
                        : VoigtBreadths.fromFwhmAndBreadth(obsFwhm + shiftA, obsBreadth + shiftB);
                double cauchy = Math.max(0, obs.cauchy() - inst.cauchy());
                double gauss = Math.sqrt(Math.max(0, obs.gaussian() * obs.gaussian() - inst.gaussian() * inst.gaussian()));
                yield new VoigtBreadths(gauss, cauchy).total();
            }
        };
    }

    private static boolean hasTchWidths(XrdPeak p) {
        return p.fwhmGaussianDeg().isDefined() && p.fwhmLorentzianDeg().isDefined();
    }

    /** σ by shifting each observed width by its σ (independently) and adding the changes in quadrature. */
    private double breadthSigma(XrdPeak p, double obsFwhm, double obsBreadth, VoigtBreadths inst, double instBreadth,
                                double breadth) {
        double sa;
        double sb;
        if (correction == Correction.VOIGT && hasTchWidths(p)) {
            sa = p.fwhmGaussianDeg().sigma();
            sb = p.fwhmLorentzianDeg().sigma();
            // a width that ended at its lower bound (a line with no resolvable Gaussian or Lorentzian
            // part) has no covariance σ; the other width then carries the uncertainty
            if (!Double.isFinite(sa) && Double.isFinite(sb)) {
                sa = 0;
            } else if (!Double.isFinite(sb) && Double.isFinite(sa)) {
                sb = 0;
            }
        } else {
            sa = correction == Correction.VOIGT ? p.fwhmDeg().sigma() : 0;
            sb = p.integralBreadthDeg().sigma();
        }
        if (!Double.isFinite(sa) || !Double.isFinite(sb)) {
            return Double.NaN;
        }
        double da = sa == 0 ? 0 : sampleBreadth(p, obsFwhm, obsBreadth, inst, instBreadth, sa, 0) - breadth;
        double db = sb == 0 ? 0 : sampleBreadth(p, obsFwhm, obsBreadth, inst, instBreadth, 0, sb) - breadth;
        return Math.hypot(da, db);
    }
}
