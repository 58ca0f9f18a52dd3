package org.crystallite.plugins.tem;

import org.crystallite.tem.fft.FftOptions;
import org.crystallite.tem.fft.Roi;
import org.crystallite.tem.fft.WindowFunction;

import ij.ImagePlus;
import ij.gui.GenericDialog;

/**
 * The FFT fields every Crystallite dialog shares ({@code window=Hann|None}, {@code periodic}), and the
 * region: a rectangular selection on the image restricts the transform to it.
 */
final class FftSettings {

    private static final String[] WINDOWS = {"Hann", "None"};

    private FftSettings() {
    }

    static void addTo(GenericDialog gd) {
        gd.addChoice("Window", WINDOWS, WINDOWS[0]);
        gd.addCheckbox("Periodic_plus_smooth decomposition (Moisan)", false);
    }

    /** Reads the fields added by {@link #addTo}, in the same order, with the selection of {@code imp}. */
    static FftOptions read(GenericDialog gd, ImagePlus imp) {
        WindowFunction window = gd.getNextChoiceIndex() == 0 ? WindowFunction.HANN : WindowFunction.NONE;
        boolean periodicPlusSmooth = gd.getNextBoolean();
        FftOptions options = FftOptions.defaults().withWindow(window).withPeriodicPlusSmooth(periodicPlusSmooth);
        ij.gui.Roi selection = imp.getRoi();
        if (selection != null && selection.isArea()) {
            java.awt.Rectangle r = selection.getBounds();
            options = options.withRegion(new Roi(r.x, r.y, r.width, r.height));
        }
        return options;
    }
}
