package org.crystallite.plugins.tem;

import org.crystallite.tem.fft.FftEngine;
import org.crystallite.tem.fft.FftOptions;
import org.crystallite.tem.fft.PowerSpectrum;

import ij.IJ;
import ij.ImagePlus;
import ij.gui.GenericDialog;
import ij.plugin.PlugIn;

/**
 * Plugins › Crystallite › TEM › FFT (calibrated): ln|F|² of the image (or of the rectangular
 * selection) at its own size, Hann-windowed, as a 32-bit image calibrated in 1/nm with the origin on
 * the zero frequency. Macro: {@code run("FFT (calibrated)", "window=Hann")}.
 */
public final class FftCommand implements PlugIn {

    static final String TITLE = "FFT (calibrated)";

    @Override
    public void run(String arg) {
        ImagePlus imp = IJ.getImage();
        GenericDialog gd = new GenericDialog(TITLE);
        FftSettings.addTo(gd);
        gd.showDialog();
        if (gd.wasCanceled()) {
            return;
        }
        try {
            FftOptions options = FftSettings.read(gd, imp);
            PowerSpectrum spectrum = new FftEngine(options).powerSpectrum(CalibratedImagePlus.toCalibratedImage(imp));
            SpectrumDisplay.of(spectrum).show();
        } catch (IllegalArgumentException | IllegalStateException e) {
            IJ.error(TITLE, e.getMessage());
        }
    }
}
