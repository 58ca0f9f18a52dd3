package org.crystallite.tem.radial;

/** What was averaged: a diffraction pattern as recorded, or the power spectrum of an image. */
public enum PatternMode {
    /** A recorded (SAED) pattern: centre and distortion refined on the rings. */
    DIFFRACTION,
    /** The power spectrum of a real-space image: centre at the zero frequency, no distortion. */
    FFT
}
