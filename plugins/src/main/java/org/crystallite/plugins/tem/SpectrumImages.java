package org.crystallite.plugins.tem;

import java.util.Locale;

import org.crystallite.tem.fft.PowerSpectrum;

import ij.ImagePlus;
import ij.measure.Calibration;
import ij.process.ByteProcessor;
import ij.process.FloatProcessor;

/**
 * ImagePlus views of a {@link PowerSpectrum}, calibrated in 1/nm with the origin on the zero
 * frequency, so the cursor read-out and any measurement on the FFT window give g directly.
 */
final class SpectrumImages {

    private SpectrumImages() {
    }

    /** The 8-bit log(|F|²) display titled "FFT of …", like ImageJ's FFT window. */
    static ImagePlus logDisplay(PowerSpectrum spectrum, String sourceTitle) {
        ByteProcessor ip = new ByteProcessor(spectrum.width(), spectrum.height(), spectrum.logDisplay());
        return calibrated(new ImagePlus("FFT of " + sourceTitle, ip), spectrum);
    }

    /** The 32-bit |F|² values titled "Power spectrum of …". */
    static ImagePlus power(PowerSpectrum spectrum, String sourceTitle) {
        FloatProcessor ip = new FloatProcessor(spectrum.width(), spectrum.height(), spectrum.power());
        return calibrated(new ImagePlus("Power spectrum of " + sourceTitle, ip), spectrum);
    }

    private static ImagePlus calibrated(ImagePlus imp, PowerSpectrum spectrum) {
        Calibration cal = new Calibration();
        cal.pixelWidth = spectrum.reciprocalPixelX();
        cal.pixelHeight = spectrum.reciprocalPixelY();
        cal.setXUnit("1/nm");
        cal.setYUnit("1/nm");
        cal.xOrigin = spectrum.centerX();
        cal.yOrigin = spectrum.centerY();
        imp.setCalibration(cal);
        imp.setProperty("Info", info(spectrum));
        return imp;
    }

    static String info(PowerSpectrum spectrum) {
        StringBuilder s = new StringBuilder();
        s.append("Crystallite power spectrum of ").append(spectrum.source()).append('\n');
        s.append("Region: ").append(spectrum.region().describe()).append('\n');
        s.append("Window: ").append(spectrum.options().window()).append('\n');
        s.append("Mean subtracted: ").append(spectrum.options().subtractMean()).append('\n');
        s.append("Periodic plus smooth: ").append(spectrum.options().periodicPlusSmooth()).append('\n');
        s.append(String.format(Locale.ROOT, "Real-space pixel: %.8g × %.8g nm%n", spectrum.pixelSizeNmX(),
                spectrum.pixelSizeNmY()));
        s.append(String.format(Locale.ROOT, "Reciprocal pixel: %.8g × %.8g 1/nm (1/(N·pixel))%n",
                spectrum.reciprocalPixelX(), spectrum.reciprocalPixelY()));
        s.append(String.format(Locale.ROOT, "Zero frequency at pixel (%d, %d)%n", spectrum.centerX(),
                spectrum.centerY()));
        return s.toString();
    }
}
