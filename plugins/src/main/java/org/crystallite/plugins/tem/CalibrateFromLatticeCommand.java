package org.crystallite.plugins.tem;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.crystallite.tem.io.CalibratedImage;
import org.crystallite.tem.lattice.CalibrationJson;
import org.crystallite.tem.lattice.LatticeAnalyzer;
import org.crystallite.tem.lattice.LatticeCalibration;
import org.crystallite.tem.lattice.LatticeCalibrator;
import org.crystallite.tem.lattice.LatticeFit;
import org.crystallite.tem.lattice.LatticeMeasurement;

import ij.IJ;
import ij.ImagePlus;
import ij.gui.GenericDialog;
import ij.measure.Calibration;
import ij.measure.ResultsTable;
import ij.plugin.PlugIn;

/**
 * Plugins › Crystallite › TEM › Calibrate From Lattice: measures the lattice of an image of a known
 * crystal and finds the pixel-grid correction (scale x, scale y, shear) that turns it into the known
 * one ({@link LatticeCalibrator}). The result goes to the "Lattice Calibration" table, can be applied
 * to the image's pixel size and saved as calib.json for "Measure Lattice Spacings" or the CLI.
 *
 * <p>Macro: {@code run("Calibrate From Lattice", "known_d1=0.3905 known_d2=0 known_angle=90
 * window=Hann minimum_snr=25 refinement=[Hann ratio] maximum_spots=60 save=[/path/calib.json] apply
 * display")}. {@code known_d2=0} means both basis spacings equal d1; {@code known_angle=0} means
 * unknown (the shear is then taken as 0).
 */
public final class CalibrateFromLatticeCommand implements PlugIn {

    static final String TITLE = "Calibrate From Lattice";

    /** Shears below this are within the noise of a good lattice fit and are not worth a warning. */
    private static final double NEGLIGIBLE_SHEAR = 1e-3;

    @Override
    public void run(String arg) {
        ImagePlus imp = IJ.getImage();
        GenericDialog gd = new GenericDialog(TITLE);
        gd.addNumericField("Known_d1 (nm)", 0.3905, 5);
        gd.addNumericField("Known_d2 (nm, 0 = same as d1)", 0, 5);
        gd.addNumericField("Known_angle (deg, 0 = unknown)", 90, 2);
        FftSettings.addTo(gd);
        SpotSettings.addTo(gd);
        gd.addStringField("Save calibration as (calib.json, optional)", "", 30);
        gd.addCheckbox("Apply corrected pixel size to the image", false);
        gd.addCheckbox("Display calibration in Results", false);
        gd.showDialog();
        if (gd.wasCanceled()) {
            return;
        }
        try {
            List<Double> known = new ArrayList<>();
            known.add(gd.getNextNumber());
            double d2 = gd.getNextNumber();
            if (d2 != 0) {
                known.add(d2);
            }
            double angle = gd.getNextNumber();
            double knownAngle = angle == 0 ? Double.NaN : angle;
            LatticeAnalyzer analyzer = new LatticeAnalyzer(FftSettings.read(gd, imp), SpotSettings.read(gd), null);
            String saveAs = gd.getNextString().trim();
            boolean apply = gd.getNextBoolean();
            boolean display = gd.getNextBoolean();

            CalibratedImage image = CalibratedImagePlus.toCalibratedImage(imp);
            LatticeMeasurement m = analyzer.measure(image);
            LatticeFit fit = m.latticeFit().orElseThrow(() -> new IllegalArgumentException(imp.getTitle()
                    + ": no two-dimensional lattice found in the FFT (" + m.spots().size()
                    + " spots); lower the minimum SNR or select a crystalline region"));
            LatticeCalibration c = new LatticeCalibrator().calibrate(fit, known, knownAngle, imp.getTitle(),
                    image.pixelSizeNmX(), image.pixelSizeNmY());
            report(imp, m, c, display);
            if (!saveAs.isEmpty()) {
                CalibrationJson.write(c, Path.of(saveAs));
                IJ.log("Crystallite: calibration saved to " + saveAs);
            }
            if (apply) {
                apply(imp, c);
            }
        } catch (IOException | IllegalArgumentException | IllegalStateException e) {
            IJ.error(TITLE, e.getMessage());
        }
    }

    private static void report(ImagePlus imp, LatticeMeasurement m, LatticeCalibration c, boolean display) {
        for (String warning : m.warnings()) {
            IJ.log("Crystallite: " + imp.getTitle() + ": " + warning);
        }
        ResultsTable table = ResultTables.named(LatticeTables.CALIBRATION);
        LatticeTables.addCalibration(table, imp.getTitle(), c);
        table.show(LatticeTables.CALIBRATION);
        if (display) {
            ResultsTable row = new ResultsTable();
            LatticeTables.addCalibration(row, imp.getTitle(), c);
            ResultTables.copyToResults(row);
        }
    }

    /**
     * Multiplies the image's pixel sizes by the scale factors (in nm). ImageJ calibrations cannot
     * hold a shear: a non-negligible one is reported in the Log and kept only in the saved calib.json.
     */
    private static void apply(ImagePlus imp, LatticeCalibration c) {
        Calibration cal = imp.getCalibration().copy();
        cal.pixelWidth = c.scaleX() * c.nominalPixelSizeNmX();
        cal.pixelHeight = c.scaleY() * c.nominalPixelSizeNmY();
        cal.setXUnit("nm");
        cal.setYUnit("nm");
        imp.setCalibration(cal);
        if (Math.abs(c.shear()) > NEGLIGIBLE_SHEAR) {
            IJ.log(String.format(Locale.ROOT, "Crystallite: %s: shear %.4f cannot be stored in an ImageJ calibration; "
                    + "apply the saved calib.json with Measure Lattice Spacings to correct it", imp.getTitle(),
                    c.shear()));
        }
    }
}
