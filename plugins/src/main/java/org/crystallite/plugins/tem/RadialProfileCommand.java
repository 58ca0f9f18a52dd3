package org.crystallite.plugins.tem;

import java.awt.Color;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.crystallite.tem.fft.FftEngine;
import org.crystallite.tem.fft.FftOptions;
import org.crystallite.tem.fft.Roi;
import org.crystallite.tem.io.CalibratedImage;
import org.crystallite.tem.lattice.HklMatch;
import org.crystallite.tem.lattice.Phase;
import org.crystallite.tem.lattice.PhaseLibrary;
import org.crystallite.tem.radial.CameraCalibration;
import org.crystallite.tem.radial.CameraCalibrationJson;
import org.crystallite.tem.radial.EllipseGeometry;
import org.crystallite.tem.radial.GeometryFit;
import org.crystallite.tem.radial.PatternScale;
import org.crystallite.tem.radial.PixelMask;
import org.crystallite.tem.radial.RadialOptions;
import org.crystallite.tem.radial.RadialProfile;
import org.crystallite.tem.radial.Ring;
import org.crystallite.tem.radial.RingAnalysis;
import org.crystallite.tem.radial.RingAnalyzer;

import ij.IJ;
import ij.ImagePlus;
import ij.gui.GenericDialog;
import ij.gui.Overlay;
import ij.gui.Plot;
import ij.gui.PointRoi;
import ij.gui.PolygonRoi;
import ij.gui.TextRoi;
import ij.measure.ResultsTable;
import ij.plugin.PlugIn;

/**
 * Plugins › Crystallite › TEM › Radial Profile: the azimuthal average of a diffraction pattern (centre
 * and elliptical distortion refined on the rings) or of the image's power spectrum, its rings with
 * d-spacings and phase matches, and the camera constant from a standard, all from {@link RingAnalyzer}.
 * Rings go to the table "Radial Rings" (one row per ring), the profile to a plot window
 * "Radial Profile of TITLE", and in diffraction mode the fitted centre and ring ellipses are drawn as
 * an overlay on the pattern. An area selection restricts the analysis to its bounding rectangle or, with
 * "Exclude selection", is left out of it (a beam-stop holder, a detector gap; drawn in the overlay).
 *
 * <p>Macro: {@code run("Radial Profile", "mode=Diffraction phase=au match_tolerance=2 standard=none
 * camera=[] save_to=[] mask mask_below=10 exclude_selection ellipse show_plot display")}; {@code mode} is Auto
 * (diffraction when the image unit is reciprocal or a camera/standard is given, FFT otherwise),
 * Diffraction or FFT; {@code display} also copies the ring rows to the Results table.
 */
public final class RadialProfileCommand implements PlugIn {

    static final String TITLE = "Radial Profile";
    static final String RINGS = "Radial Rings";
    private static final String[] MODES = {"Auto", "Diffraction", "FFT"};
    private static final String NONE = "none";
    private static final Color EXCLUDED_FILL = new Color(255, 0, 0, 64);

    @Override
    public void run(String arg) {
        ImagePlus imp = IJ.getImage();
        List<String> phases = new ArrayList<>();
        phases.add(NONE);
        phases.addAll(PhaseLibrary.keys());
        String[] choices = phases.toArray(new String[0]);
        GenericDialog gd = new GenericDialog(TITLE);
        gd.addChoice("Mode", MODES, MODES[0]);
        gd.addChoice("Phase", choices, NONE);
        gd.addNumericField("Match_tolerance (%)", 2, 1);
        gd.addChoice("Standard (camera constant)", choices, NONE);
        gd.addStringField("Camera file (camera.json, optional)", "", 30);
        gd.addStringField("Save_to (camera file made from the standard, optional)", "", 30);
        gd.addCheckbox("Mask beam stop: exclude pixels below", false);
        gd.addNumericField("Mask_below", 0, 2);
        gd.addCheckbox("Exclude_selection (leave out the pixels of the area selection)", false);
        gd.addCheckbox("Ellipse correction", true);
        gd.addCheckbox("Show_plot", true);
        gd.addCheckbox("Display rings in Results", false);
        gd.showDialog();
        if (gd.wasCanceled()) {
            return;
        }
        try {
            String mode = gd.getNextChoice();
            String phaseKey = gd.getNextChoice();
            double tolerancePercent = gd.getNextNumber();
            String standardKey = gd.getNextChoice();
            String cameraFile = gd.getNextString().trim();
            String saveCamera = gd.getNextString().trim();
            boolean mask = gd.getNextBoolean();
            double maskBelow = gd.getNextNumber();
            boolean excludeSelection = gd.getNextBoolean();
            boolean ellipse = gd.getNextBoolean();
            boolean showPlot = gd.getNextBoolean();
            boolean display = gd.getNextBoolean();

            RadialOptions options = RadialOptions.defaults().withMatchTolerance(tolerancePercent / 100)
                    .withRefinement(true, ellipse);
            if (mask) {
                options = options.withMaskBelow(maskBelow);
            }
            List<Phase> phaseList = new ArrayList<>();
            if (!phaseKey.equals(NONE)) {
                phaseList.add(phase(phaseKey));
            }
            Phase standard = standardKey.equals(NONE) ? null : phase(standardKey);
            if (standard != null && !cameraFile.isEmpty()) {
                throw new IllegalArgumentException("choose either a standard (to make a camera file) or a camera file");
            }
            if (standard == null && !saveCamera.isEmpty()) {
                throw new IllegalArgumentException("saving a camera file needs a standard");
            }
            CameraCalibration camera = cameraFile.isEmpty() ? null : CameraCalibrationJson.read(Path.of(cameraFile));
            CalibratedImage image = CalibratedImagePlus.toCalibratedImage(imp);
            ij.gui.Roi excluded = excludeSelection ? areaSelection(imp) : null;
            PixelMask userMask = excluded == null ? null : SelectionMask.of(excluded, imp.getWidth(), imp.getHeight());
            Roi region = excluded == null ? region(imp) : null;
            boolean diffraction = switch (mode) {
                case "Diffraction" -> true;
                case "FFT" -> false;
                default -> camera != null || standard != null || RingAnalyzer.fileScale(image).isPresent();
            };
            RingAnalyzer analyzer = new RingAnalyzer(options);
            RingAnalysis analysis;
            CameraCalibration made = null;
            if (!diffraction) {
                if (standard != null || camera != null) {
                    throw new IllegalArgumentException("a standard or camera file applies to diffraction patterns");
                }
                if (excluded != null) {
                    throw new IllegalArgumentException(
                            "Exclude selection applies to diffraction patterns, not to FFT mode");
                }
                FftOptions fft = region == null ? FftOptions.defaults() : FftOptions.defaults().withRegion(region);
                analysis = analyzer.powerSpectrum(new FftEngine(fft).powerSpectrum(image));
            } else if (standard != null) {
                RingAnalyzer.CalibratedStandard result = analyzer.standard(image, region, standard, userMask);
                made = result.camera();
                analysis = result.analysis();
                if (!saveCamera.isEmpty()) {
                    CameraCalibrationJson.write(made, Path.of(saveCamera));
                }
            } else {
                PatternScale scale = RingAnalyzer.diffractionScale(image, Optional.ofNullable(camera), false);
                analysis = analyzer.diffraction(image, region, scale, camera == null ? 0 : camera.relativeSigma(),
                        userMask);
            }
            analysis = analyzer.index(analysis, phaseList);
            report(imp, analysis, made != null ? made : camera, excluded, showPlot, display);
        } catch (IOException | IllegalArgumentException | IllegalStateException e) {
            IJ.error(TITLE, e.getMessage());
        }
    }

    private static Phase phase(String key) {
        return PhaseLibrary.find(key).orElseThrow(() -> new IllegalArgumentException("unknown phase '" + key
                + "'; known: " + String.join(", ", PhaseLibrary.keys())));
    }

    /** The image's area selection, for "Exclude selection". */
    private static ij.gui.Roi areaSelection(ImagePlus imp) {
        ij.gui.Roi selection = imp.getRoi();
        if (selection == null || !selection.isArea()) {
            throw new IllegalArgumentException(imp.getTitle() + ": Exclude selection needs an area selection on the "
                    + "image (the part to leave out, e.g. the beam-stop holder)");
        }
        return selection;
    }

    private static Roi region(ImagePlus imp) {
        ij.gui.Roi selection = imp.getRoi();
        if (selection == null || !selection.isArea()) {
            return null;
        }
        java.awt.Rectangle r = selection.getBounds();
        return new Roi(r.x, r.y, r.width, r.height);
    }

    private static void report(ImagePlus imp, RingAnalysis a, CameraCalibration camera, ij.gui.Roi excluded,
            boolean showPlot, boolean display) {
        String title = imp.getTitle();
        for (String warning : a.warnings()) {
            IJ.log("Crystallite: " + title + ": " + warning);
        }
        GeometryFit g = a.geometry();
        IJ.log(String.format(Locale.ROOT, "Crystallite: %s: centre (%.3f ± %.3f, %.3f ± %.3f) px, a/b = %.5f ± %.5f, "
                + "major axis %.2f ± %.2f deg, %d pixels excluded%s", title, g.geometry().centreX(),
                g.centreXSigma(),
                g.geometry().centreY(), g.centreYSigma(), g.geometry().ratio(), g.ratioSigma(),
                g.geometry().majorAxisAngleDeg(), g.angleDegSigma(), a.maskedPixels(), camera == null ? ""
                        : String.format(Locale.ROOT, "; camera constant %.5f ± %.5f px·nm (%s)",
                                camera.cameraConstantPxNm(), camera.cameraConstantPxNmSigma(), camera.standard())));
        ResultsTable rings = ResultTables.named(RINGS);
        ResultsTable rows = new ResultsTable();
        addRings(rings, title, a);
        addRings(rows, title, a);
        rings.show(RINGS);
        if (display) {
            ResultTables.copyToResults(rows);
        }
        if (showPlot) {
            ImagePlus plot = plot(a, title);
            plot.show();
        }
        if (a.mode() == org.crystallite.tem.radial.PatternMode.DIFFRACTION) {
            imp.setOverlay(overlay(a, excluded));
        }
    }

    static void addRings(ResultsTable rt, String image, RingAnalysis a) {
        GeometryFit g = a.geometry();
        for (int i = 0; i < a.rings().size(); i++) {
            Ring r = a.rings().get(i);
            rt.incrementCounter();
            rt.addValue("Image", image);
            rt.addValue("Ring", i + 1);
            rt.addValue("g (1/nm)", r.gPerNm());
            rt.addValue("g SE (1/nm)", r.gPerNmSigma());
            rt.addValue("d (nm)", r.dNm());
            rt.addValue("d SE (nm)", r.dNmSigma());
            rt.addValue("Radius (px)", r.radiusPx());
            rt.addValue("Intensity", r.intensity());
            rt.addValue("SNR", r.snr());
            Optional<HklMatch> m = r.match();
            rt.addValue("Phase", m.map(HklMatch::phase).orElse(""));
            rt.addValue("hkl", m.map(RingAnalyzer::familyLabel).orElse(""));
            rt.addValue("d calc (nm)", m.map(HklMatch::dCalcNm).orElse(Double.NaN));
            rt.addValue("Centre x (px)", g.geometry().centreX());
            rt.addValue("Centre y (px)", g.geometry().centreY());
            rt.addValue("a/b", g.geometry().ratio());
            rt.addValue("Ellipse angle (deg)", g.geometry().majorAxisAngleDeg());
        }
    }

    /** The azimuthal average, its background and the ring positions. */
    static ImagePlus plot(RingAnalysis a, String title) {
        RadialProfile p = a.profile();
        double[] bg = a.background();
        List<Double> x = new ArrayList<>();
        List<Double> y = new ArrayList<>();
        List<Double> bx = new ArrayList<>();
        List<Double> by = new ArrayList<>();
        for (int k = 0; k < p.size(); k++) {
            if (Double.isFinite(p.intensity(k))) {
                x.add(p.radius(k));
                y.add(p.intensity(k));
            }
            if (Double.isFinite(bg[k])) {
                bx.add(p.radius(k));
                by.add(bg[k]);
            }
        }
        String xLabel = a.calibrated() ? "g (1/nm)" : "radius (px)";
        Plot plot = new Plot(TITLE + " of " + title, xLabel, "Mean intensity");
        plot.setColor(Color.BLACK);
        plot.addPoints(unbox(x), unbox(y), Plot.LINE);
        plot.setColor(Color.GRAY);
        plot.addPoints(unbox(bx), unbox(by), Plot.DOT);
        plot.setColor(Color.RED);
        for (Ring r : a.rings()) {
            int k = (int) Math.min(p.size() - 1, Math.round(r.radius() / p.binWidth()));
            double top = (Double.isFinite(bg[k]) ? bg[k] : 0) + r.intensity();
            plot.addPoints(new double[] {r.radius()}, new double[] {top}, Plot.CIRCLE);
            String label = r.match().map(RingAnalyzer::familyLabel)
                    .orElse(a.calibrated() ? String.format(Locale.ROOT, "%.4f", r.dNm()) : "");
            plot.addText(label, r.radius(), top);
        }
        plot.setLimitsToFit(false);
        return plot.getImagePlus();
    }

    /**
     * The excluded selection (translucent red, when given), the centre as a point and each ring as its ellipse
     * (polygon through 180 points) in image pixels.
     */
    static Overlay overlay(RingAnalysis a, ij.gui.Roi excluded) {
        Overlay overlay = new Overlay();
        if (excluded != null) {
            ij.gui.Roi shown = (ij.gui.Roi) excluded.clone();
            shown.setStrokeColor(Color.RED);
            shown.setFillColor(EXCLUDED_FILL);
            shown.setName("excluded");
            overlay.add(shown);
        }
        EllipseGeometry g = a.geometry().geometry();
        PatternScale s = a.scale();
        // ImageJ overlay coordinates put the centre of pixel (i, j) at (i + 0.5, j + 0.5).
        double cx = g.centreX() + 0.5;
        double cy = g.centreY() + 0.5;
        PointRoi centre = new PointRoi(cx, cy);
        centre.setStrokeColor(Color.CYAN);
        centre.setName("centre");
        overlay.add(centre);
        double c = Math.cos(g.majorAxisRad());
        double sn = Math.sin(g.majorAxisRad());
        double q = Math.sqrt(g.ratio());
        for (int i = 0; i < a.rings().size(); i++) {
            Ring r = a.rings().get(i);
            int n = 180;
            float[] xs = new float[n];
            float[] ys = new float[n];
            for (int j = 0; j < n; j++) {
                double t = 2 * Math.PI * j / n;
                double u = r.radius() * q * Math.cos(t);
                double v = r.radius() / q * Math.sin(t);
                xs[j] = (float) (cx + (c * u - sn * v) / s.x());
                ys[j] = (float) (cy + (sn * u + c * v) / s.y());
            }
            PolygonRoi ring = new PolygonRoi(xs, ys, n, ij.gui.Roi.POLYGON);
            ring.setStrokeColor(Color.YELLOW);
            ring.setName("ring " + (i + 1));
            overlay.add(ring);
            String label = r.match().map(m -> RingAnalyzer.familyLabel(m)).orElse("");
            if (!label.isEmpty()) {
                TextRoi text = new TextRoi(xs[0] + 2, ys[0], label);
                text.setStrokeColor(Color.YELLOW);
                overlay.add(text);
            }
        }
        return overlay;
    }

    private static double[] unbox(List<Double> v) {
        return v.stream().mapToDouble(Double::doubleValue).toArray();
    }
}
