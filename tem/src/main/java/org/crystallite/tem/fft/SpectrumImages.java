package org.crystallite.tem.fft;

import ij.ImagePlus;
import ij.measure.Calibration;
import ij.process.FloatProcessor;

/**
 * ImageJ 1.x views of a {@link PowerSpectrum} for plugins and macros (library use only, nothing is
 * shown): ln|F|² as a 32-bit image calibrated in 1/nm with the origin at the zero frequency, so
 * ImageJ's cursor readout gives gx, gy directly.
 */
public final class SpectrumImages {

    private SpectrumImages() {
    }

    /** ln(|F|²) (a tiny floor keeps zeros finite), centred layout. */
    public static FloatProcessor logPower(PowerSpectrum spectrum) {
        float[] p = spectrum.power();
        for (int i = 0; i < p.length; i++) {
            p[i] = (float) Math.log(p[i] + Float.MIN_NORMAL);
        }
        return new FloatProcessor(spectrum.width(), spectrum.height(), p);
    }

    /**
     * {@link #logPower} titled "FFT of SOURCE", with pixel size Δgx × Δgy in "1/nm" and the origin
     * (in pixels, as ImageJ keeps it) at the zero frequency.
     */
    public static ImagePlus toImagePlus(PowerSpectrum spectrum) {
        ImagePlus imp = new ImagePlus("FFT of " + spectrum.source(), logPower(spectrum));
        Calibration cal = new Calibration();
        cal.pixelWidth = spectrum.reciprocalPixelX();
        cal.pixelHeight = spectrum.reciprocalPixelY();
        cal.setXUnit("1/nm");
        cal.setYUnit("1/nm");
        cal.xOrigin = spectrum.centerX();
        cal.yOrigin = spectrum.centerY();
        imp.setCalibration(cal);
        return imp;
    }
}
