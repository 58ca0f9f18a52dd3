/**
 * Fourier transform of calibrated TEM images: {@link org.crystallite.tem.fft.FftEngine} turns a
 * {@link org.crystallite.tem.io.CalibratedImage} (or a region of it) into a centred
 * {@link org.crystallite.tem.fft.PowerSpectrum} in reciprocal nanometres, with mean subtraction, an
 * optional Hann window and an optional periodic-plus-smooth decomposition (Moisan 2011). Any image
 * size is transformed as it is (JTransforms, no padding to a power of two).
 */
package org.crystallite.tem.fft;
