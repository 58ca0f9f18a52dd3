package org.crystallite.tem.io;

/** Pixel values converted to float: the real part, and the imaginary part for complex data (else null). */
record DecodedPixels(float[] real, float[] imaginary) {
}
