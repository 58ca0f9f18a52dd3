package org.crystallite.plugins.tem;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.crystallite.tem.fft.FftEngine;
import org.crystallite.tem.fft.FftOptions;
import org.crystallite.tem.fft.PowerSpectrum;
import org.crystallite.tem.filter.BraggFilteredImage;
import org.crystallite.tem.filter.BraggMask;
import org.crystallite.tem.filter.FourierFilter;
import org.crystallite.tem.filter.MaskSet;
import org.crystallite.tem.filter.MaskShape;
import org.crystallite.tem.filter.ReflectionImage;
import org.crystallite.tem.io.CalibratedImage;
import org.crystallite.tem.io.ImageJAdapter;
import org.crystallite.tem.lattice.Spot;
import org.crystallite.tem.lattice.SpotDetection;
import org.crystallite.tem.lattice.SpotDetector;
import org.crystallite.tem.lattice.SpotOptions;
import org.crystallite.tem.lattice.StrongestSpots;

import ij.IJ;
import ij.ImagePlus;
import ij.WindowManager;
import ij.gui.GenericDialog;
import ij.measure.ResultsTable;
import ij.plugin.PlugIn;

/**
 * Plugins › Crystallite › TEM › Bragg Filter (IFFT): masks the Fourier transform of the image at chosen
 * reflections and their Friedel mates and transforms back ({@link FourierFilter}), as {@code crystallite
 * tem ifft} does. Reflections: the strongest pairs of the spot detector, a point selection on the FFT
 * window, or typed g-vectors ({@link BraggSpotSettings}); masks: circle (hard or cosine edge), Gaussian
 * or annulus ({@link MaskSettings}). Output: "Bragg filtered &lt;title&gt;" (32-bit, calibrated like the
 * source), optionally the amplitude and phase of each reflection alone, the masks drawn on the FFT, and
 * the "Bragg Filter Reflections" table.
 *
 * <p>Macro: {@code run("Bragg Filter (IFFT)", "spots=Typed g_vectors=2.56,0;0,3.62 mask=Gaussian
 * sigma=0.3 mask_units=1/nm amplitude phase show display")} or {@code spots=Auto pairs=2 window=Hann
 * minimum_snr=25} or {@code spots=Points fft_window=[FFT of sto.dm4] snap}.
 */
public final class BraggFilterCommand implements PlugIn {

    static final String TITLE = "Bragg Filter (IFFT)";

    @Override
    public void run(String arg) {
        ImagePlus imp = IJ.getImage();
        GenericDialog gd = new GenericDialog(TITLE);
        BraggSpotSettings.addTo(gd);
        FftSettings.addTo(gd);
        SpotSettings.addTo(gd);
        MaskSettings.addTo(gd);
        gd.addCheckbox("Amplitude image of each reflection", false);
        gd.addCheckbox("Phase image of each reflection (rad, reference lattice removed)", false);
        gd.addCheckbox("Show FFT with masks", true);
        gd.addCheckbox("Display reflections in Results", false);
        gd.showDialog();
        if (gd.wasCanceled()) {
            return;
        }
        try {
            BraggSpotSettings.Request spots = BraggSpotSettings.read(gd);
            FftOptions fftOptions = FftSettings.read(gd, imp);
            SpotOptions spotOptions = SpotSettings.read(gd);
            MaskSettings.Request maskRequest = MaskSettings.read(gd);
            boolean amplitude = gd.getNextBoolean();
            boolean phase = gd.getNextBoolean();
            boolean show = gd.getNextBoolean();
            boolean display = gd.getNextBoolean();
            if ("1/nm".equals(imp.getCalibration().getXUnit())) {
                throw new IllegalArgumentException(imp.getTitle() + " is calibrated in 1/nm (an FFT); run " + TITLE
                        + " on the real-space image");
            }

            CalibratedImage image = CalibratedImagePlus.toCalibratedImage(imp);
            FourierFilter filter = new FourierFilter(image);
            MaskShape shape = maskRequest.shape(filter);
            ImagePlus fftWindow = null;
            PowerSpectrum spectrum = null;
            List<ChosenSpot> chosen;
            switch (spots.source()) {
                case AUTO -> {
                    spectrum = new FftEngine(fftOptions).powerSpectrum(image);
                    chosen = strongest(imp.getTitle(), spectrum, spotOptions, spots.pairs());
                }
                case POINTS -> {
                    String title = spots.fftWindow().isEmpty() ? "FFT of " + imp.getTitle() : spots.fftWindow();
                    fftWindow = WindowManager.getImage(title);
                    if (fftWindow == null) {
                        throw new IllegalArgumentException("no window '" + title + "': run FFT (calibrated) on "
                                + imp.getTitle() + " and mark the spots with the Multi-point tool");
                    }
                    chosen = FftPoints.gVectors(fftWindow, spots.snap());
                }
                default -> chosen = BraggSpotSettings.parseGVectors(spots.gVectors());
            }
            List<BraggMask> masks = new ArrayList<>();
            for (ChosenSpot s : chosen) {
                masks.add(new BraggMask(s.gx(), s.gy(), shape));
            }
            BraggFilteredImage result = filter.braggFilter(new MaskSet(masks));

            String source = switch (spots.source()) {
                case AUTO -> "Auto";
                case POINTS -> "Points";
                case TYPED -> "Typed";
            };
            showImage(imp, result.image(), "Bragg filtered " + imp.getTitle(), info(imp, result, source));
            if (amplitude || phase) {
                for (int k = 0; k < masks.size(); k++) {
                    ReflectionImage ref = filter.reflection(masks.get(k));
                    if (amplitude) {
                        showImage(imp, ref.amplitude(), "Amplitude " + (k + 1) + " of " + imp.getTitle(),
                                ref.amplitude().metadata().get(ReflectionImage.FILTER_KEY));
                    }
                    if (phase) {
                        ImagePlus p = image(imp, ref.phaseRad(), "Phase " + (k + 1) + " of " + imp.getTitle(),
                                ref.phaseRad().metadata().get(ReflectionImage.FILTER_KEY));
                        p.getProcessor().setMinAndMax(-Math.PI, Math.PI);
                        p.show();
                    }
                }
            }
            report(imp.getTitle(), source, masks, chosen, display);
            if (show) {
                if (fftWindow == null) {
                    fftWindow = SpectrumDisplay.of(spectrum != null ? spectrum
                            : new FftEngine(fftOptions).powerSpectrum(image));
                    fftWindow.show();
                }
                fftWindow.setOverlay(MaskOverlay.of(masks, fftWindow.getCalibration()));
            }
        } catch (IllegalArgumentException | IllegalStateException e) {
            IJ.error(TITLE, e.getMessage());
        }
    }

    /** The {@code pairs} strongest Friedel pairs of the spot detector; the Log says when there are fewer. */
    private static List<ChosenSpot> strongest(String title, PowerSpectrum spectrum, SpotOptions options, int pairs) {
        SpotDetection detection = new SpotDetector(options).detect(spectrum);
        for (String warning : detection.warnings()) {
            IJ.log("Crystallite: " + title + ": " + warning);
        }
        List<Spot> picked = StrongestSpots.onePerPair(detection.spots(), pairs);
        if (picked.isEmpty()) {
            throw new IllegalStateException(title + ": no lattice spots found for Spots=Auto; lower the minimum SNR, "
                    + "or mark the spots on the FFT (Spots=Points)");
        }
        if (picked.size() < pairs) {
            IJ.log("Crystallite: " + title + ": " + pairs + " pairs asked, only " + picked.size()
                    + " found; all are masked");
        }
        List<ChosenSpot> out = new ArrayList<>();
        for (Spot s : picked) {
            out.add(new ChosenSpot(s.gx(), s.gy(), s.snr()));
        }
        return out;
    }

    /** A 32-bit image with the calibration of {@code source} (ImageJ's, so a Set Scale is kept as set). */
    private static ImagePlus image(ImagePlus source, CalibratedImage values, String title, String info) {
        ImagePlus out = ImageJAdapter.toImagePlus(values);
        out.setTitle(title);
        out.setCalibration(source.getCalibration().copy());
        out.setProperty("Info", info);
        out.getProcessor().resetMinAndMax();
        return out;
    }

    private static void showImage(ImagePlus source, CalibratedImage values, String title, String info) {
        image(source, values, title, info).show();
    }

    private static String info(ImagePlus imp, BraggFilteredImage result, String source) {
        StringBuilder s = new StringBuilder();
        s.append("Crystallite Bragg filter of ").append(imp.getTitle()).append('\n');
        s.append("Transform: un-windowed image, mean kept; masks at +g and -g (union = max weight)\n");
        s.append("Spots: ").append(source).append('\n');
        for (BraggMask m : result.masks().masks()) {
            s.append(String.format(Locale.ROOT, "Mask %s at g = (%.6f, %.6f) 1/nm, d = %.6f nm%n",
                    m.shape().describe(), m.gx(), m.gy(), m.dNm()));
        }
        s.append(String.format(Locale.ROOT, "Imaginary residual: %.3g%n", result.imaginaryResidual()));
        return s.toString();
    }

    private static void report(String title, String source, List<BraggMask> masks, List<ChosenSpot> chosen,
            boolean display) {
        ResultsTable table = ResultTables.named(BraggTables.REFLECTIONS);
        BraggTables.addReflections(table, title, source, masks, chosen);
        table.show(BraggTables.REFLECTIONS);
        if (display) {
            ResultsTable rows = new ResultsTable();
            BraggTables.addReflections(rows, title, source, masks, chosen);
            ResultTables.copyToResults(rows);
        }
    }
}
