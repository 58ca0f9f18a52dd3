package org.crystallite.xrd.size;

import java.util.Optional;

import org.crystallite.xrd.peaks.Measured;

/**
 * One line of a size/strain analysis. Widths in degrees 2θ; breadths are integral breadths.
 *
 * @param twoThetaDeg 2θ of the line
 * @param observedFwhmDeg FWHM of the fitted line
 * @param instrumentFwhmDeg FWHM of the instrument profile at this 2θ
 * @param observedBreadthDeg integral breadth of the fitted line
 * @param instrumentBreadthDeg integral breadth of the instrument profile at this 2θ
 * @param sampleBreadthDeg sample integral breadth after the instrumental correction (NaN when refused)
 * @param scherrerSizeNm K λ / (β cos θ) of this line alone (NaN when refused)
 * @param refusal why this line was not used, when it was not
 */
public record SamplePeak(double twoThetaDeg, double observedFwhmDeg, double instrumentFwhmDeg,
                         double observedBreadthDeg, double instrumentBreadthDeg, Measured sampleBreadthDeg,
                         Measured scherrerSizeNm, Optional<String> refusal) {

    public boolean used() {
        return refusal.isEmpty();
    }
}
