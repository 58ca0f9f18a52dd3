package org.crystallite.cli;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Arrays;
import java.util.concurrent.Callable;

import javax.imageio.ImageIO;

import ij.ImagePlus;
import ij.io.FileSaver;
import org.crystallite.report.Json;
import org.crystallite.report.OutputDirectory;
import org.crystallite.tem.fft.FftEngine;
import org.crystallite.tem.fft.PowerSpectrum;
import org.crystallite.tem.filter.AnnulusShape;
import org.crystallite.tem.filter.BraggFilteredImage;
import org.crystallite.tem.filter.BraggMask;
import org.crystallite.tem.filter.CircleShape;
import org.crystallite.tem.filter.FourierFilter;
import org.crystallite.tem.filter.GaussianShape;
import org.crystallite.tem.filter.MaskSet;
import org.crystallite.tem.filter.MaskShape;
import org.crystallite.tem.filter.ReflectionImage;
import org.crystallite.tem.io.CalibratedImage;
import org.crystallite.tem.io.ImageJAdapter;
import org.crystallite.tem.lattice.Spot;
import org.crystallite.tem.lattice.SpotDetection;
import org.crystallite.tem.lattice.SpotDetector;
import org.crystallite.tem.lattice.StrongestSpots;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code crystallite tem ifft IMAGE}: Bragg filter with masks at chosen or detected spots (and their mates). */
@Command(name = "ifft", mixinStandardHelpOptions = true,
        description = "Bragg-filtered image: mask the FFT at ±g of chosen or detected spots and transform back.")
final class TemIfftCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "IMAGE",
            description = "DM3/DM4, SER, MRC, EMD, HyperSpy, TIFF, PNG/JPEG …")
    Path file;

    @Mixin
    TemImageOptions image;

    @Option(names = "--spots", paramLabel = "gx,gy[;gx,gy…]",
            description = "Mask centres g in 1/nm (image axes, y down); the mate at −g is always added.")
    String spots;

    @Option(names = "--auto", paramLabel = "N",
            description = "Mask the N strongest spots found by the spot detector (one per Friedel pair).")
    Integer auto;

    @Option(names = "--mask", paramLabel = "gaussian:SIGMA|circle:R[:EDGE]|annulus:R1:R2", required = true,
            description = "Mask shape, sizes in 1/nm, or in FFT pixels with the suffix px (e.g. gaussian:3px).")
    String mask;

    @Option(names = "--amplitude",
            description = "Also write amplitude-K.tif and phase-K.tif of each reflection K (mask at +g only; needs --out).")
    boolean amplitude;

    @Mixin
    OutputOptions output;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        if ((spots == null) == (auto == null)) {
            throw new UsageException("give exactly one of --spots gx,gy[;gx,gy…] and --auto N");
        }
        if (auto != null && auto < 1) {
            throw new UsageException("--auto must be at least 1, got " + auto);
        }
        if (amplitude && output.outDir() == null) {
            throw new UsageException("--amplitude writes images and needs --out DIR");
        }
        List<double[]> given = spots == null ? List.of() : parseSpots(spots);
        CalibratedImage img = image.readImage(file);
        image.fftOptions().roi().ifPresent(roi -> {
            try {
                roi.checkInside(img.width(), img.height(), file.toString());
            } catch (IllegalArgumentException e) {
                throw new UsageException(e.getMessage(), e);
            }
        });
        FourierFilter filter;
        try {
            filter = new FourierFilter(img);
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage(), e);
        }
        MaskShape shape = parseShape(mask, filter);
        List<String> warnings = new ArrayList<>();
        List<double[]> centres = auto == null ? given : detect(img, auto, warnings);
        List<BraggMask> masks = new ArrayList<>();
        for (double[] g : centres) {
            masks.add(new BraggMask(g[0], g[1], shape));
        }
        BraggFilteredImage result = filter.braggFilter(new MaskSet(masks));
        Map<String, Object> json = json(img, result, shape, warnings);
        if (output.outDir() != null) {
            try (OutputDirectory out = OutputDirectory.stage(output.outDir(), List.of(file))) {
                writeTiff(result.image(), out.path("filtered.tif"));
                if (amplitude) {
                    for (int k = 0; k < masks.size(); k++) {
                        ReflectionImage ref = filter.reflection(masks.get(k));
                        writeTiff(ref.amplitude(), out.path("amplitude-" + (k + 1) + ".tif"));
                        writeTiff(ref.phaseRad(), out.path("phase-" + (k + 1) + ".tif"));
                    }
                }
                writeDisplayPng(result.image(), out.path("filtered.png"));
                Json.write(json, out.path("ifft.json"));
                out.commit();
            }
        }
        var out = spec.commandLine().getOut();
        if (output.json()) {
            out.println(Json.toString(json, Json.Layout.COMPACT));
        } else {
            out.printf(Locale.ROOT, "%s: %d×%d px, %d mask(s) %s at ±g%n", file, img.width(), img.height(),
                    masks.size(), shape.describe());
            for (BraggMask m : masks) {
                out.printf(Locale.ROOT, "g = (%.5f, %.5f) 1/nm, d = %.4f nm%n", m.gx(), m.gy(), m.dNm());
            }
            for (String w : warnings) {
                out.println("warning: " + w);
            }
        }
        return 0;
    }

    private static void writeTiff(CalibratedImage image, Path tif) throws IOException {
        ImagePlus imp = ImageJAdapter.toImagePlus(image);
        if (!new FileSaver(imp).saveAsTiff(tif.toString())) {
            throw new IOException(tif + ": ImageJ could not write the TIFF");
        }
    }

    /** The N strongest detected spots, one of each Friedel pair (the mask adds the mate). */
    private List<double[]> detect(CalibratedImage img, int n, List<String> warnings) {
        PowerSpectrum ps = new FftEngine(image.fftOptions()).powerSpectrum(img);
        SpotDetection d = new SpotDetector(image.spotOptions()).detect(ps);
        warnings.addAll(d.warnings());
        List<Spot> strongest = StrongestSpots.onePerPair(d.spots(), n);
        if (strongest.isEmpty()) {
            throw new IllegalStateException(file + ": no lattice spots found for --auto (lower --snr or give --spots)");
        }
        if (strongest.size() < n) {
            warnings.add("--auto " + n + ": only " + strongest.size() + " spot pair(s) found; all are masked");
        }
        List<double[]> out = new ArrayList<>();
        for (Spot s : strongest) {
            out.add(new double[] {s.gx(), s.gy()});
        }
        return out;
    }

    static List<double[]> parseSpots(String text) {
        List<double[]> out = new ArrayList<>();
        for (String part : text.split(";")) {
            String[] xy = part.trim().split(",");
            if (xy.length != 2) {
                throw new UsageException("--spots: '" + part + "' is not gx,gy (1/nm)");
            }
            double gx = number(xy[0], "--spots");
            double gy = number(xy[1], "--spots");
            if (gx == 0 && gy == 0) {
                throw new UsageException("--spots: g = (0, 0) is the mean, not a lattice spot");
            }
            out.add(new double[] {gx, gy});
        }
        return out;
    }

    static MaskShape parseShape(String text, FourierFilter filter) {
        String[] p = text.trim().split(":");
        String kind = p[0].toLowerCase(Locale.ROOT);
        try {
            return switch (kind) {
                case "gaussian" -> {
                    expect(p, 2, 2, text);
                    yield new GaussianShape(size(p[1], filter));
                }
                case "circle" -> {
                    expect(p, 2, 3, text);
                    yield new CircleShape(size(p[1], filter), p.length == 3 ? size(p[2], filter) : 0);
                }
                case "annulus" -> {
                    expect(p, 3, 3, text);
                    yield new AnnulusShape(size(p[1], filter), size(p[2], filter));
                }
                default -> throw new UsageException("--mask must be gaussian:SIGMA, circle:R[:EDGE] or annulus:R1:R2, got '"
                        + text + "'");
            };
        } catch (IllegalArgumentException e) {
            throw new UsageException("--mask: " + e.getMessage(), e);
        }
    }

    private static void expect(String[] parts, int min, int max, String text) {
        if (parts.length < min || parts.length > max) {
            throw new UsageException("--mask '" + text + "': wrong number of sizes");
        }
    }

    /** A size in 1/nm, or in FFT pixels with the suffix px. */
    private static double size(String text, FourierFilter filter) {
        String t = text.trim().toLowerCase(Locale.ROOT);
        if (t.endsWith("px")) {
            return filter.pixelsToInvNm(number(t.substring(0, t.length() - 2), "--mask"));
        }
        return number(t, "--mask");
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

    private Map<String, Object> json(CalibratedImage img, BraggFilteredImage result, MaskShape shape,
            List<String> warnings) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("file", file.toString());
        out.put("width", img.width());
        out.put("height", img.height());
        out.put("pixelSizeNmX", img.pixelSizeNmX());
        out.put("pixelSizeNmY", img.pixelSizeNmY());
        out.put("spotSource", auto == null ? "given" : "auto");
        out.put("transform", "un-windowed image, mean kept; masks at +g and -g (union = max weight)");
        Map<String, Object> s = new LinkedHashMap<>();
        if (shape instanceof GaussianShape g) {
            s.put("type", "gaussian");
            s.put("sigmaInvNm", g.sigmaInvNm());
            s.put("resolutionNm", g.resolutionNm());
        } else if (shape instanceof CircleShape c) {
            s.put("type", "circle");
            s.put("radiusInvNm", c.radiusInvNm());
            s.put("edgeInvNm", c.edgeInvNm());
        } else if (shape instanceof AnnulusShape a) {
            s.put("type", "annulus");
            s.put("innerInvNm", a.innerInvNm());
            s.put("outerInvNm", a.outerInvNm());
        }
        s.put("description", shape.describe());
        out.put("maskShape", s);
        List<Map<String, Object>> masks = new ArrayList<>();
        for (BraggMask m : result.masks().masks()) {
            Map<String, Object> e = new LinkedHashMap<>();
            e.put("gx", m.gx());
            e.put("gy", m.gy());
            e.put("dNm", m.dNm());
            e.put("angleDeg", Math.toDegrees(Math.atan2(-m.gy(), m.gx())));
            e.put("withFriedelMate", true);
            masks.add(e);
        }
        out.put("masks", masks);
        out.put("imaginaryResidual", result.imaginaryResidual());
        if (amplitude) {
            out.put("reflectionImages", "amplitude-K.tif = |H_g|, phase-K.tif = arg H_g - 2 pi g.r (rad) of masks[K-1]");
        }
        out.put("warnings", warnings);
        return out;
    }

    /** 8-bit grey display: linear from the 0.1th to the 99.9th percentile of the filtered values. */
    private static void writeDisplayPng(CalibratedImage image, Path png) throws IOException {
        float[] v = image.pixels();
        float[] sorted = v.clone();
        Arrays.sort(sorted);
        float lo = sorted[(int) (0.001 * (sorted.length - 1))];
        float hi = sorted[(int) (0.999 * (sorted.length - 1))];
        float scale = hi > lo ? 255f / (hi - lo) : 0f;
        int w = image.width();
        int h = image.height();
        int[] rgb = new int[w * h];
        for (int i = 0; i < rgb.length; i++) {
            float t = (v[i] - lo) * scale;
            int g = t <= 0 ? 0 : t >= 255 ? 255 : Math.round(t);
            rgb[i] = (g << 16) | (g << 8) | g;
        }
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_BYTE_GRAY);
        img.setRGB(0, 0, w, h, rgb, 0, w);
        if (!ImageIO.write(img, "png", png.toFile())) {
            throw new IOException(png + ": no PNG writer available");
        }
    }
}
