package org.crystallite.tem.radial;

import java.util.List;

import org.crystallite.tem.fft.Roi;

/**
 * Everything a ring analysis produced.
 *
 * @param source           the image (file name)
 * @param mode             diffraction pattern or power spectrum
 * @param region           the analysed region of the image (the whole image when none was chosen)
 * @param scale            pixel size and unit of the profile
 * @param scaleRelSigma    relative standard error of the scale (a camera calibration's; 0 for a file's)
 * @param geometry         centre (in pixels of the whole image for a pattern, of the spectrum for an FFT)
 *                         and distortion with σ
 * @param profile          the azimuthal average in the corrected radius
 * @param background       the SNIP background under the rings (NaN outside the analysed range)
 * @param rings            rings, by increasing radius
 * @param maskedPixels     pixels excluded (beam stop, user mask)
 * @param warnings         what the user should know
 */
public record RingAnalysis(String source, PatternMode mode, Roi region, PatternScale scale, double scaleRelSigma,
        GeometryFit geometry, RadialProfile profile, double[] background, List<Ring> rings, int maskedPixels,
        List<String> warnings) {

    public RingAnalysis {
        background = background.clone();
        rings = List.copyOf(rings);
        warnings = List.copyOf(warnings);
    }

    @Override
    public double[] background() {
        return background.clone();
    }

    /** True when the profile is in 1/nm (rings have g and d). */
    public boolean calibrated() {
        return scale.calibrated();
    }
}
