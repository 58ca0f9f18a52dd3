package org.crystallite.plugins.tem;

import java.util.Locale;

import org.crystallite.tem.fft.PowerSpectrum;
import org.crystallite.tem.fft.SpectrumImages;

import ij.ImagePlus;
import ij.measure.Measurements;
import ij.process.ImageProcessor;
import ij.process.ImageStatistics;

/**
 * The "FFT of …" window: the engine's 32-bit ln|F|² view ({@link SpectrumImages}, calibrated in
 * 1/nm with the origin on the zero frequency), displayed from the median (the noise floor, black)
 * to the maximum (white) as DigitalMicrograph and ImageJ show an FFT, with the transform settings
 * in the Info text.
 */
final class SpectrumDisplay {

    private SpectrumDisplay() {
    }

    static ImagePlus of(PowerSpectrum spectrum) {
        ImagePlus imp = SpectrumImages.toImagePlus(spectrum);
        ImageProcessor ip = imp.getProcessor();
        ImageStatistics stats = ImageStatistics.getStatistics(ip, Measurements.MEDIAN | Measurements.MIN_MAX, null);
        ip.setMinAndMax(stats.median, stats.max);
        imp.setProperty("Info", info(spectrum));
        return imp;
    }

    static String info(PowerSpectrum spectrum) {
        StringBuilder s = new StringBuilder();
        s.append("Crystallite power spectrum ln|F|² of ").append(spectrum.source()).append('\n');
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
