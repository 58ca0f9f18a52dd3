package org.crystallite.tem.lattice;

import org.crystallite.tem.fft.Roi;

/**
 * The two basis spacings measured in one quadrant of the analysed region.
 *
 * @param name  "top-left", "top-right", "bottom-left" or "bottom-right"
 * @param roi   the quadrant, in image pixels
 * @param d1Nm  spacing of the g1 reflection in this quadrant, nm (NaN when the spot was not found there)
 * @param d2Nm  spacing of the g2 reflection, nm (NaN when not found)
 */
public record QuadrantSpacing(String name, Roi roi, double d1Nm, double d2Nm) {
}
