package org.crystallite.xrd.instrument;

import org.crystallite.xrd.peaks.XrdPeak;

/**
 * A fitted peak of the standard matched to a reflection of the standard phase.
 *
 * @param reflection the reflection (hkl, calculated 2θ)
 * @param peak the fitted peak (TCH profile: Gaussian and Lorentzian FWHM)
 * @param usedForGaussian whether its Gaussian width entered the U, V, W fit
 * @param usedForLorentzian whether its Lorentzian width entered the X, Y fit
 */
public record CalibrationPeak(StandardPhase.Reflection reflection, XrdPeak peak, boolean usedForGaussian,
                              boolean usedForLorentzian) {
}
