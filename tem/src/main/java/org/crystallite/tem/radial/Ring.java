package org.crystallite.tem.radial;

import java.util.List;
import java.util.Optional;

import org.crystallite.tem.lattice.HklMatch;

/**
 * One ring of a pattern.
 *
 * @param radius        corrected radius in the pattern unit (1/nm or px)
 * @param radiusSigma   its standard error (profile fit)
 * @param radiusPx      the same radius in pixels (the geometric-mean pixel when the axes differ)
 * @param radiusPxSigma its standard error, px
 * @param fwhm          ring width (FWHM) in the pattern unit
 * @param intensity     peak height above the background in the radial profile
 * @param snr           peak-search signal-to-noise ratio
 * @param gPerNm        g = 1/d in 1/nm (NaN when the pattern is not calibrated)
 * @param gPerNmSigma   σ of g, including the calibration's own uncertainty
 * @param dNm           d = 1/g in nm (NaN when not calibrated)
 * @param dNmSigma      σ of d = σ_g/g²
 * @param matches       phase reflections within tolerance of d, best first (empty when none or not asked)
 */
public record Ring(double radius, double radiusSigma, double radiusPx, double radiusPxSigma, double fwhm,
        double intensity, double snr, double gPerNm, double gPerNmSigma, double dNm, double dNmSigma,
        List<HklMatch> matches) {

    public Ring {
        matches = List.copyOf(matches);
    }

    /** The best match, if any. */
    public Optional<HklMatch> match() {
        return matches.isEmpty() ? Optional.empty() : Optional.of(matches.get(0));
    }

    /** The same ring with phase matches. */
    public Ring withMatches(List<HklMatch> newMatches) {
        return new Ring(radius, radiusSigma, radiusPx, radiusPxSigma, fwhm, intensity, snr, gPerNm, gPerNmSigma, dNm,
                dNmSigma, newMatches);
    }
}
