package org.crystallite.plugins.tem;

import org.crystallite.tem.fft.FftEngine;
import org.crystallite.tem.fft.FftOptions;
import org.crystallite.tem.fft.PowerSpectrum;

import ij.IJ;
import ij.ImagePlus;
import ij.gui.GenericDialog;
import ij.plugin.PlugIn;

/**
 * Plugins › Crystallite › TEM › FFT (calibrated): the power spectrum of the image (or of the
 * rectangular selection) at its own size, Hann-windowed, calibrated in 1/nm with the origin on the
 * zero frequency. Macro: {@code run("FFT (calibrated)", "window=Hann power")}.
 */
public final class FftCommand implements PlugIn {

    static final String TITLE = "FFT (calibrated)";

    @Override
    public void run(String arg) {
        ImagePlus imp = IJ.getImage();
        GenericDialog gd = new GenericDialog(TITLE);
        FftSettings.addTo(gd);
        gd.addCheckbox("Power spectrum (32-bit |F|²) as well", false);
        gd.showDialog();
        if (gd.wasCanceled()) {
            return;
        }
        try {
            FftOptions options = FftSettings.read(gd, imp);
            boolean showPower = gd.getNextBoolean();
            PowerSpectrum spectrum = new FftEngine(options).powerSpectrum(CalibratedImagePlus.toCalibratedImage(imp));
            SpectrumImages.logDisplay(spectrum, imp.getTitle()).show();
            if (showPower) {
                SpectrumImages.power(spectrum, imp.getTitle()).show();
            }
        } catch (IllegalArgumentException | IllegalStateException e) {
            IJ.error(TITLE, e.getMessage());
        }
    }
}
