package org.crystallite.plugins.tem;

import org.crystallite.tem.lattice.SpotOptions;
import org.crystallite.tem.lattice.SubPixelMethod;

import ij.gui.GenericDialog;

/** The spot-detection fields of the lattice dialogs: {@code minimum_snr}, {@code refinement}, {@code maximum_spots}. */
final class SpotSettings {

    private static final String[] REFINEMENTS = {"Hann ratio", "Gaussian", "Parabolic"};
    private static final SubPixelMethod[] METHODS = {SubPixelMethod.HANN_RATIO, SubPixelMethod.GAUSSIAN,
        SubPixelMethod.PARABOLIC};

    private SpotSettings() {
    }

    static void addTo(GenericDialog gd) {
        SpotOptions d = SpotOptions.defaults();
        gd.addNumericField("Minimum_SNR", d.snrThreshold(), 1);
        gd.addChoice("Refinement", REFINEMENTS, REFINEMENTS[0]);
        gd.addNumericField("Maximum_spots", d.maxSpots(), 0);
    }

    /**
     * Reads the fields added by {@link #addTo}, in the same order.
     *
     * @throws IllegalArgumentException when a value is out of range (the engine's message)
     */
    static SpotOptions read(GenericDialog gd) {
        double snr = gd.getNextNumber();
        SubPixelMethod method = METHODS[gd.getNextChoiceIndex()];
        double maxSpots = gd.getNextNumber();
        if (!(maxSpots >= 2) || maxSpots > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("Maximum spots must be at least 2, got " + maxSpots);
        }
        return SpotOptions.defaults().withSnrThreshold(snr).withRefinement(method).withMaxSpots((int) maxSpots);
    }
}
