package org.crystallite.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import org.crystallite.tem.fft.FftOptions;
import org.crystallite.tem.fft.Roi;
import org.crystallite.tem.fft.WindowFunction;
import org.crystallite.tem.io.CalibratedImage;
import org.crystallite.tem.io.ImageReaders;
import org.crystallite.tem.lattice.SpotOptions;
import org.crystallite.tem.lattice.SubPixelMethod;
import picocli.CommandLine.Option;

/** Image, calibration and FFT options shared by the {@code tem} actions. */
final class TemImageOptions {

    @Option(names = "--roi", paramLabel = "x,y,w,h", description = "Region of interest in pixels (default: whole image).")
    String roi;

    @Option(names = "--pixel-size", paramLabel = "NM",
            description = "Pixel size in nm (both axes), overriding the file's calibration.")
    Double pixelSizeNm;

    @Option(names = "--window", paramLabel = "hann|none", defaultValue = "hann",
            description = "Apodisation before the FFT (default hann).")
    String window;

    @Option(names = "--periodic-smooth",
            description = "Transform the periodic component of Moisan's decomposition (removes the edge cross).")
    boolean periodicSmooth;

    @Option(names = "--snr", paramLabel = "S", defaultValue = "25", description = "Minimum spot SNR (default 25).")
    double snr;

    @Option(names = "--refine", paramLabel = "hann-ratio|gaussian|parabolic", defaultValue = "hann-ratio",
            description = "Sub-pixel spot refinement (default hann-ratio, exact for Hann-windowed fringes).")
    String refine;

    /** Reads the image and applies {@code --pixel-size}; a missing nm calibration is a usage error. */
    CalibratedImage readImage(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new java.nio.file.NoSuchFileException(file.toString(), null, "image file not found");
        }
        return withPixelSize(ImageReaders.read(file), pixelSizeNm, file, "give --pixel-size NM");
    }

    /**
     * The image with {@code pixelSizeNm} (when given) as its calibration on both axes; an image left without
     * a length calibration is a usage error whose message names the file and ends with {@code remedy}.
     */
    static CalibratedImage withPixelSize(CalibratedImage image, Double pixelSizeNm, Path file, String remedy) {
        CalibratedImage calibrated = image;
        if (pixelSizeNm != null) {
            if (!(pixelSizeNm > 0) || pixelSizeNm.isInfinite()) {
                throw new UsageException("--pixel-size must be a positive number of nm, got " + pixelSizeNm);
            }
            calibrated = calibrated.withCalibration(pixelSizeNm, pixelSizeNm, "nm");
        }
        if (!calibrated.hasRealSpaceCalibration()) {
            throw new UsageException(file + ": no pixel size in nm (units '" + calibrated.unitX() + "', '"
                    + calibrated.unitY() + "'); " + remedy);
        }
        return calibrated;
    }

    /** The {@code --window} value as a window function. */
    static WindowFunction window(String name) {
        return switch (name.toLowerCase(Locale.ROOT)) {
            case "hann" -> WindowFunction.HANN;
            case "none" -> WindowFunction.NONE;
            default -> throw new UsageException("--window must be hann or none, got '" + name + "'");
        };
    }

    FftOptions fftOptions() {
        FftOptions options = FftOptions.defaults().withWindow(window(window)).withPeriodicPlusSmooth(periodicSmooth);
        if (roi != null) {
            try {
                options = options.withRegion(Roi.parse(roi));
            } catch (IllegalArgumentException e) {
                throw new UsageException("--roi: " + e.getMessage(), e);
            }
        }
        return options;
    }

    SpotOptions spotOptions() {
        SubPixelMethod method = switch (refine.toLowerCase(Locale.ROOT)) {
            case "hann-ratio" -> SubPixelMethod.HANN_RATIO;
            case "gaussian" -> SubPixelMethod.GAUSSIAN;
            case "parabolic" -> SubPixelMethod.PARABOLIC;
            default -> throw new UsageException("--refine must be hann-ratio, gaussian or parabolic, got '" + refine + "'");
        };
        if (!(snr > 0) || Double.isInfinite(snr)) {
            throw new UsageException("--snr must be a positive number, got " + snr);
        }
        return SpotOptions.defaults().withRefinement(method).withSnrThreshold(snr);
    }
}
