package org.crystallite.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;

import org.crystallite.report.CsvWriter;
import org.crystallite.report.FigureWriter;
import org.crystallite.report.Json;
import org.crystallite.report.OutputDirectory;
import org.crystallite.tem.fft.FftEngine;
import org.crystallite.tem.fft.FftOptions;
import org.crystallite.tem.fft.Roi;
import org.crystallite.tem.io.CalibratedImage;
import org.crystallite.tem.io.ImageReaders;
import org.crystallite.tem.lattice.Phase;
import org.crystallite.tem.radial.CameraCalibration;
import org.crystallite.tem.radial.CameraCalibrationJson;
import org.crystallite.tem.radial.MaskImageReader;
import org.crystallite.tem.radial.PatternScale;
import org.crystallite.tem.radial.PixelMask;
import org.crystallite.tem.radial.RadialOptions;
import org.crystallite.tem.radial.Ring;
import org.crystallite.tem.radial.RingAnalysis;
import org.crystallite.tem.radial.RingAnalyzer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code crystallite tem radial IMAGE}: azimuthal profile of a diffraction pattern (centre and ellipse
 * refined) or of an image's power spectrum, its rings with d-spacings, phase matches and, from a
 * standard, the camera constant.
 */
@Command(name = "radial", mixinStandardHelpOptions = true,
        description = "Radial (azimuthal) profile and ring analysis of a SAED pattern or of an image's FFT; "
                + "camera constant from a standard.")
final class TemRadialCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "IMAGE",
            description = "Diffraction pattern (unit 1/nm, or pixels with --camera/--standard) or real-space image.")
    Path file;

    @Option(names = "--mode", paramLabel = "fft|diffraction",
            description = "Default: diffraction when the pixel unit is reciprocal or --camera/--standard is given, "
                    + "fft otherwise.")
    String mode;

    @Option(names = "--roi", paramLabel = "x,y,w,h", description = "Region of interest in pixels (default: whole image).")
    String roi;

    @Mixin
    TemPhases phaseOptions;

    @Option(names = "--standard", paramLabel = "NAME",
            description = "The pattern is of this standard phase (e.g. au, al, pt): find the camera constant.")
    String standard;

    @Option(names = "--save-camera", paramLabel = "camera.json",
            description = "Write the camera constant found with --standard to this file.")
    Path saveCamera;

    @Option(names = "--camera", paramLabel = "camera.json",
            description = "Camera constant from an earlier --standard run: calibrates a pattern in pixels.")
    Path camera;

    @Option(names = "--mask-below", paramLabel = "VALUE",
            description = "Exclude pixels below VALUE (the beam stop), grown by 2 px.")
    Double maskBelow;

    @Option(names = "--mask", paramLabel = "MASK",
            description = "Mask image of the whole pattern (same size, any image format): non-zero pixels are excluded "
                    + "(beam-stop holder, detector gaps, dead pixels); combines with --mask-below.")
    Path maskFile;

    @Option(names = "--centre", paramLabel = "x,y", description = "Start centre in pixels (default: brightest region).")
    String centre;

    @Option(names = "--no-ellipse", description = "Refine the centre only (circular rings).")
    boolean noEllipse;

    @Option(names = "--bin", paramLabel = "PX", defaultValue = "1",
            description = "Profile bin width in pixels of the finer axis (default 1).")
    double binPx;

    @Option(names = "--snr", paramLabel = "S", defaultValue = "5", description = "Minimum ring SNR (default 5).")
    double snr;

    @Option(names = "--pixel-size", paramLabel = "NM",
            description = "fft mode: pixel size in nm (both axes), overriding the file's calibration.")
    Double pixelSizeNm;

    @Option(names = "--window", paramLabel = "hann|none", defaultValue = "hann",
            description = "fft mode: apodisation before the FFT (default hann).")
    String window;

    @Mixin
    OutputOptions output;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        List<Phase> phaseList = phaseOptions.resolve();
        double matchTolerance = phaseOptions.matchTolerance();
        Phase standardPhase = standard == null ? null : TemPhases.byName("--standard", standard);
        if (saveCamera != null && standardPhase == null) {
            throw new UsageException("--save-camera needs --standard NAME (the phase of the standard pattern)");
        }
        if (standardPhase != null && camera != null) {
            throw new UsageException("give either --standard (to make a camera calibration) or --camera (to use one)");
        }
        if (saveCamera != null && Files.isDirectory(saveCamera)) {
            throw new UsageException(saveCamera + ": is a folder; --save-camera names the file to write");
        }
        RadialOptions options = options();
        CameraCalibration cameraCalibration = null;
        if (camera != null) {
            if (!Files.isRegularFile(camera)) {
                throw new UsageException(camera + ": camera calibration file not found");
            }
            cameraCalibration = CameraCalibrationJson.read(camera);
        }
        if (!Files.isRegularFile(file)) {
            throw new NoSuchFileException(file.toString(), null, "image file not found");
        }
        if (maskFile != null && !Files.isRegularFile(maskFile)) {
            throw new UsageException(maskFile + ": --mask image not found");
        }
        CalibratedImage img = ImageReaders.read(file);
        boolean diffraction = diffractionMode(img, cameraCalibration != null || standardPhase != null);
        if (!diffraction && standardPhase != null) {
            throw new UsageException("--standard needs a diffraction pattern (--mode diffraction)");
        }
        Roi region = region(img);
        if (maskFile != null && !diffraction) {
            throw new UsageException("--mask applies to diffraction patterns, not to --mode fft");
        }
        PixelMask userMask = maskFile == null ? null : MaskImageReader.read(maskFile, img, region);
        RingAnalyzer analyzer = new RingAnalyzer(options);
        RingAnalysis analysis;
        CameraCalibration made = null;
        String calibrationSource;
        if (diffraction && standardPhase != null) {
            RingAnalyzer.CalibratedStandard result = analyzer.standard(img, region, standardPhase, userMask);
            made = result.camera();
            analysis = result.analysis();
            requireRings(analysis);
            calibrationSource = "standard";
            if (!phaseList.contains(standardPhase)) {
                phaseList.add(0, standardPhase);
            }
        } else if (diffraction) {
            PatternScale scale;
            try {
                scale = RingAnalyzer.diffractionScale(img, Optional.ofNullable(cameraCalibration), false);
            } catch (IllegalArgumentException e) {
                throw new UsageException(e.getMessage().replace("give a camera calibration",
                        "give --camera FILE (made with --standard NAME --save-camera FILE)")
                        .replace("use the FFT mode", "use --mode fft"), e);
            }
            double relSigma = cameraCalibration == null ? 0 : cameraCalibration.relativeSigma();
            analysis = analyzer.diffraction(img, region, scale, relSigma, userMask);
            requireRings(analysis);
            calibrationSource = cameraCalibration != null ? "camera" : "file";
        } else {
            analysis = analyzer.powerSpectrum(new FftEngine(fftOptions(region)).powerSpectrum(realSpace(img)));
            requireRings(analysis);
            calibrationSource = "fft";
        }
        analysis = analyzer.index(analysis, phaseList);
        CameraCalibration shown = made != null ? made : cameraCalibration;
        TemRadialReport.Masks masks = new TemRadialReport.Masks(maskFile, userMask, diffraction ? maskBelow : null);
        Map<String, Object> json = TemRadialReport.json(file.toString(), img, analysis, masks, calibrationSource,
                shown, saveCamera);
        if (output.outDir() != null) {
            List<Path> inputs = new ArrayList<>(List.of(file));
            if (camera != null) {
                inputs.add(camera);
            }
            if (maskFile != null) {
                inputs.add(maskFile);
            }
            try (OutputDirectory out = OutputDirectory.stage(output.outDir(), inputs)) {
                CsvWriter.write(TemRadialReport.profileTable(analysis), out.path("profile.csv"));
                CsvWriter.write(TemRadialReport.ringTable(analysis), out.path("rings.csv"));
                FigureWriter.png(TemRadialReport.plot(analysis, file.getFileName().toString()),
                        out.path("radial.png"), 1200, 700);
                FigureWriter.svg(TemRadialReport.plot(analysis, file.getFileName().toString()),
                        out.path("radial.svg"), 1200, 700);
                Json.write(json, out.path("radial.json"));
                out.commit();
            }
        }
        if (made != null && saveCamera != null) {
            Path parent = saveCamera.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            CameraCalibrationJson.write(made, saveCamera);
        }
        if (output.json()) {
            spec.commandLine().getOut().println(Json.toString(json, Json.Layout.COMPACT));
        } else {
            printSummary(analysis, shown, masks);
        }
        return 0;
    }

    private RadialOptions options() {
        if (!(binPx > 0 && binPx <= 100)) {
            throw new UsageException("--bin must lie in (0, 100] pixels, got " + binPx);
        }
        if (!(snr > 0) || Double.isInfinite(snr)) {
            throw new UsageException("--snr must be a positive number, got " + snr);
        }
        RadialOptions o = RadialOptions.defaults().withBinWidthPx(binPx).withMinSnr(snr)
                .withMatchTolerance(phaseOptions.matchTolerance()).withRefinement(true, !noEllipse);
        if (maskBelow != null) {
            if (!Double.isFinite(maskBelow)) {
                throw new UsageException("--mask-below must be a number, got " + maskBelow);
            }
            o = o.withMaskBelow(maskBelow);
        }
        if (centre != null) {
            String[] xy = centre.split(",");
            if (xy.length != 2) {
                throw new UsageException("--centre: '" + centre + "' is not x,y (pixels)");
            }
            o = o.withCentreGuess(number(xy[0], "--centre"), number(xy[1], "--centre"));
        }
        return o;
    }

    private static double number(String text, String option) {
        try {
            double v = Double.parseDouble(text.trim());
            if (!Double.isFinite(v)) {
                throw new NumberFormatException();
            }
            return v;
        } catch (NumberFormatException e) {
            throw new UsageException(option + ": '" + text.trim() + "' is not a number", e);
        }
    }

    private boolean diffractionMode(CalibratedImage img, boolean cameraOrStandard) {
        if (mode == null) {
            return cameraOrStandard || RingAnalyzer.fileScale(img).isPresent();
        }
        return switch (mode.toLowerCase(Locale.ROOT)) {
            case "diffraction" -> true;
            case "fft" -> {
                if (cameraOrStandard) {
                    throw new UsageException("--camera and --standard apply to diffraction patterns, not to --mode fft");
                }
                yield false;
            }
            default -> throw new UsageException("--mode must be fft or diffraction, got '" + mode + "'");
        };
    }

    private Roi region(CalibratedImage img) {
        if (roi == null) {
            return null;
        }
        try {
            Roi r = Roi.parse(roi);
            r.checkInside(img.width(), img.height(), file.toString());
            return r;
        } catch (IllegalArgumentException e) {
            throw new UsageException("--roi: " + e.getMessage(), e);
        }
    }

    private CalibratedImage realSpace(CalibratedImage img) {
        return TemImageOptions.withPixelSize(img, pixelSizeNm, file,
                "for --mode fft give --pixel-size NM, or --mode diffraction with --camera FILE");
    }

    private FftOptions fftOptions(Roi region) {
        FftOptions o = FftOptions.defaults().withWindow(TemImageOptions.window(window));
        return region == null ? o : o.withRegion(region);
    }

    private void requireRings(RingAnalysis analysis) {
        if (analysis.rings().isEmpty()) {
            throw new IllegalStateException(String.format(Locale.ROOT,
                    "%s: no rings found in the radial profile (nothing above SNR %.3g); not a ring pattern, or try "
                            + "--mask-below, --centre or a lower --snr", file, snr));
        }
    }

    private void printSummary(RingAnalysis a, CameraCalibration cam, TemRadialReport.Masks masks) {
        var out = spec.commandLine().getOut();
        var g = a.geometry();
        out.printf(Locale.ROOT, "%s: %s mode, centre (%.3f ± %.3f, %.3f ± %.3f) px, a/b = %.5f ± %.5f at %.2f ± %.2f deg%n",
                file, a.mode().name().toLowerCase(Locale.ROOT), g.geometry().centreX(), g.centreXSigma(),
                g.geometry().centreY(), g.centreYSigma(), g.geometry().ratio(), g.ratioSigma(),
                g.geometry().majorAxisAngleDeg(), g.angleDegSigma());
        if (a.maskedPixels() > 0) {
            out.printf(Locale.ROOT, "%d pixels excluded%s%n", a.maskedPixels(), masks.file() == null ? ""
                    : String.format(Locale.ROOT, " (%d by %s)", masks.fileExcludedPixels(a.region()),
                            masks.file().getFileName()));
        }
        if (cam != null) {
            out.printf(Locale.ROOT, "camera constant %.5f ± %.5f px·nm (%s)%n", cam.cameraConstantPxNm(),
                    cam.cameraConstantPxNmSigma(), cam.standard());
        }
        if (a.calibrated()) {
            out.println("g (1/nm)   d (nm)             intensity     match");
        } else {
            out.println("r (px)     intensity");
        }
        for (Ring r : a.rings()) {
            if (a.calibrated()) {
                out.printf(Locale.ROOT, "%8.4f   %.5f ± %.5f  %12.5g  %s%n", r.gPerNm(), r.dNm(), r.dNmSigma(),
                        r.intensity(), r.match().map(m -> m.phase() + " " + RingAnalyzer.familyLabel(m)).orElse(""));
            } else {
                out.printf(Locale.ROOT, "%8.3f   %12.5g%n", r.radiusPx(), r.intensity());
            }
        }
        for (String w : a.warnings()) {
            out.println("warning: " + w);
        }
    }
}
