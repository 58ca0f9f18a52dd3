/**
 * Peak shapes and steps for spectrum fitting, looked up by model-file name through
 * {@link org.crystallite.spectrum.shape.LineShapes}.
 *
 * <p>Conventions shared by every peak shape: parameters arrive in the array order of
 * {@code parameters()}; widths are full widths at half maximum in x units; {@code area} is the
 * integral over all x (for {@code ds-g}, over center ± 10·(fwhm + fwhmG), see
 * {@link org.crystallite.spectrum.shape.DoniachSunjicGauss}); {@code fwhm} is the true FWHM of the
 * curve (for {@code gl} this differs from CasaXPS's formula width F, see
 * {@link org.crystallite.spectrum.shape.GaussLorentzProduct#casaWidth}); mixing parameters:
 * {@code eta} is a Lorentzian area fraction (pseudo-voigt, split-pv), {@code m} of gl/sgl is CasaXPS's
 * 0–100 percentage. Steps ({@code arctan-step}, {@code erf-step}) rise with x by {@code height}
 * over a {@code width} equal to the FWHM of their derivative. Per-point evaluation allocates nothing; values
 * that depend only on a shape parameter (Gamma functions, GL normalisation, the ds-g profile) are
 * memoised per instance in immutable snapshots, so instances stay thread-safe.
 */
package org.crystallite.spectrum.shape;
