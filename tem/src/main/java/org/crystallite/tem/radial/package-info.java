/**
 * Azimuthal (radial) intensity profiles of diffraction patterns and power spectra, centre and
 * elliptical-distortion refinement, ring peaks with d-spacings and phase indexing, and the camera
 * constant from a standard ({@link org.crystallite.tem.radial.RingAnalyzer} is the entry point).
 *
 * <p>Conventions: pixel coordinates with the centre of pixel (0, 0) at (0, 0), x right, y down.
 * "Calibrated" coordinates are pixel offsets times the per-axis pixel size (1/nm for a calibrated
 * pattern or spectrum, px for an uncalibrated one). Ring radii are elliptically corrected radii in
 * the calibrated unit; g in 1/nm and d = 1/g in nm. Angles at the API surface are in degrees
 * counter-clockwise from +x as the image is seen on screen (the convention of
 * {@link org.crystallite.tem.lattice}).
 */
package org.crystallite.tem.radial;
