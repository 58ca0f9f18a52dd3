/**
 * Bragg filtering of TEM/STEM images: masks on the centred Fourier transform (circle with hard or
 * cosine edge, Gaussian, annulus), always placed at ±g so the inverse transform is real, and
 * single-reflection amplitude and phase images as in geometric phase analysis (Hÿtch, Snoeck &amp;
 * Kilaas, Ultramicroscopy 74 (1998) 131).
 */
package org.crystallite.tem.filter;
