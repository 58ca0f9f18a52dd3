package org.crystallite.tem.filter;

import org.crystallite.tem.io.CalibratedImage;

/**
 * The real-space result of a Bragg filter.
 *
 * @param image              the filtered image: 32-bit values, same size, pixel size, units and origin
 *                           as the input
 * @param masks              the masks applied (each with its Friedel mate)
 * @param imaginaryResidual  max |Im| / max |Re| of the inverse transform before the imaginary part was
 *                           dropped: round-off only (≈1e−7) because the masks are point-symmetric
 */
public record BraggFilteredImage(CalibratedImage image, MaskSet masks, double imaginaryResidual) {
}
