/**
 * Lattice measurement from a power spectrum: spot detection with a signal-to-noise threshold and a
 * Friedel-pair check ({@link org.crystallite.tem.lattice.SpotDetector}), sub-pixel refinement,
 * lattice basis fitting with standard errors ({@link org.crystallite.tem.lattice.LatticeFitter}),
 * matching of spacings to known phases ({@link org.crystallite.tem.lattice.PhaseMatcher}) and
 * calibration of the pixel grid from a known lattice
 * ({@link org.crystallite.tem.lattice.LatticeCalibrator}).
 *
 * <p>Conventions: g vectors in 1/nm with image axes (x right, y down); d = 1/|g| in nm; spot angles
 * in degrees counter-clockwise from +x as the image is seen on screen, i.e. atan2(−gy, gx).
 */
package org.crystallite.tem.lattice;
