package org.crystallite.plugins.tem;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;

import org.crystallite.tem.fft.FftOptions;
import org.crystallite.tem.io.CalibratedImage;
import org.crystallite.tem.lattice.CalibrationJson;
import org.crystallite.tem.lattice.LatticeAnalyzer;
import org.crystallite.tem.lattice.LatticeCalibration;
import org.crystallite.tem.lattice.LatticeMeasurement;
import org.crystallite.tem.lattice.PhaseMatcher;
import org.crystallite.tem.lattice.SpotOptions;

import ij.IJ;
import ij.ImagePlus;
import ij.gui.GenericDialog;
import ij.measure.ResultsTable;
import ij.plugin.PlugIn;

/**
 * Plugins › Crystallite › TEM › Measure Lattice Spacings: FFT spots with sub-pixel positions, their
 * d-spacings and the fitted two-dimensional lattice, from {@link LatticeAnalyzer}. Results go to the
 * tables "Lattice Spacings" (one row per image), "Lattice Reflections" (h, k, d per Friedel pair) and
 * "Lattice Spots" (every spot), the FFT with the spots circled is shown, and reader/detector warnings
 * go to the Log. A calibration saved by "Calibrate From Lattice" can be applied.
 *
 * <p>Macro: {@code run("Measure Lattice Spacings", "window=Hann minimum_snr=25 refinement=[Hann ratio]
 * maximum_spots=60 phase=srtio3 match_tolerance=2 calibration=[/path/calib.json] show display")};
 * {@code display} also appends the "Lattice Spacings" row to the Results table. With a phase, each
 * reflection gets its hkl family and the lattice its zone axis ({@link PhaseMatcher}).
 */
public final class MeasureLatticeCommand implements PlugIn {

    static final String TITLE = "Measure Lattice Spacings";

    @Override
    public void run(String arg) {
        ImagePlus imp = IJ.getImage();
        GenericDialog gd = new GenericDialog(TITLE);
        FftSettings.addTo(gd);
        SpotSettings.addTo(gd);
        PhaseSettings.addTo(gd);
        gd.addStringField("Calibration file (calib.json, optional)", "", 30);
        gd.addCheckbox("Show FFT with spots", true);
        gd.addCheckbox("Display spacings in Results", false);
        gd.showDialog();
        if (gd.wasCanceled()) {
            return;
        }
        try {
            FftOptions fft = FftSettings.read(gd, imp);
            SpotOptions spots = SpotSettings.read(gd);
            Optional<PhaseSettings.PhaseMatch> phase = PhaseSettings.read(gd);
            String calibrationFile = gd.getNextString().trim();
            boolean showFft = gd.getNextBoolean();
            boolean display = gd.getNextBoolean();
            LatticeCalibration calibration = calibrationFile.isEmpty() ? LatticeCalibration.identity()
                    : CalibrationJson.read(Path.of(calibrationFile));

            CalibratedImage image = CalibratedImagePlus.toCalibratedImage(imp);
            LatticeMeasurement m = new LatticeAnalyzer(fft, spots, calibration).measure(image);
            report(imp, m, phase, showFft, display);
        } catch (IOException | IllegalArgumentException | IllegalStateException e) {
            IJ.error(TITLE, e.getMessage());
        }
    }

    private static void report(ImagePlus imp, LatticeMeasurement m, Optional<PhaseSettings.PhaseMatch> phase,
            boolean showFft, boolean display) {
        String title = imp.getTitle();
        for (String warning : m.warnings()) {
            IJ.log("Crystallite: " + title + ": " + warning);
        }
        ResultsTable spacings = ResultTables.named(LatticeTables.SPACINGS);
        ResultsTable row = new ResultsTable();
        LatticeTables.addSpacings(row, title, m, phase);
        LatticeTables.addSpacings(spacings, title, m, phase);
        spacings.show(LatticeTables.SPACINGS);

        ResultsTable reflections = ResultTables.named(LatticeTables.REFLECTIONS);
        m.latticeFit().ifPresent(fit -> LatticeTables.addReflections(reflections, title, fit, phase));
        reflections.show(LatticeTables.REFLECTIONS);

        ResultsTable spotTable = ResultTables.named(LatticeTables.SPOTS);
        LatticeTables.addSpots(spotTable, title, m.spots());
        spotTable.show(LatticeTables.SPOTS);

        if (display) {
            ResultTables.copyToResults(row);
        }
        if (showFft) {
            ImagePlus fft = SpectrumDisplay.of(m.spectrum());
            fft.setOverlay(SpotOverlay.of(m.spots()));
            fft.show();
        }
    }
}
