package org.crystallite.plugins.tem;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

import org.crystallite.tem.io.CalibratedImage;
import org.crystallite.tem.io.ImageJAdapter;
import org.crystallite.tem.io.PixelType;

import ij.ImagePlus;
import ij.io.FileInfo;
import ij.measure.Calibration;

/**
 * Moves images between the ImageJ world and the tem engines: a read {@link CalibratedImage} becomes
 * an {@link ImagePlus} with its calibration, file information and an "Info" text (Image › Show Info),
 * and the active ImagePlus becomes a {@link CalibratedImage} for an engine call.
 */
final class CalibratedImagePlus {

    private CalibratedImagePlus() {
    }

    /**
     * A 32-bit ImagePlus titled with the file name and remembering the file it came from. Real-space
     * calibrations are converted to nm on both axes (design guide §3: nm for images), which also gives
     * ImageJ one unit when a file mixes Å and nm; reciprocal (diffraction) and unknown units are kept
     * verbatim. The file's own values stay in the Info text.
     */
    static ImagePlus of(CalibratedImage image, Path file) {
        ImagePlus imp = ImageJAdapter.toImagePlus(image);
        if (image.hasRealSpaceCalibration()) {
            Calibration cal = imp.getCalibration().copy();
            cal.pixelWidth = image.pixelSizeNmX();
            cal.pixelHeight = image.pixelSizeNmY();
            cal.setXUnit("nm"); // origins are held in pixels by ImageJ, so they need no conversion
            cal.setYUnit("nm");
            imp.setCalibration(cal);
        }
        String name = file.getFileName().toString();
        imp.setTitle(name);
        FileInfo info = new FileInfo();
        info.fileName = name;
        Path parent = file.toAbsolutePath().getParent();
        info.directory = parent == null ? "" : parent + java.io.File.separator;
        info.fileType = FileInfo.GRAY32_FLOAT;
        info.width = image.width();
        info.height = image.height();
        info.pixelWidth = imp.getCalibration().pixelWidth;
        info.pixelHeight = imp.getCalibration().pixelHeight;
        info.unit = imp.getCalibration().getUnit();
        imp.setFileInfo(info);
        imp.setProperty("Info", infoText(image, file));
        return imp;
    }

    /** The text ImageJ shows under Image › Show Info: source, type, calibration, metadata, warnings. */
    static String infoText(CalibratedImage image, Path file) {
        StringBuilder s = new StringBuilder();
        s.append("Opened by Crystallite from ").append(file.toAbsolutePath()).append('\n');
        s.append("Stored pixel type: ").append(image.originalType()).append('\n');
        s.append(String.format(Locale.ROOT, "Pixel size in the file: %.8g %s (x) × %.8g %s (y)%n", image.pixelSizeX(),
                image.unitX(), image.pixelSizeY(), image.unitY()));
        if (image.isComplex()) {
            s.append("Complex image: ImageJ shows the real part\n");
        }
        for (Map.Entry<String, String> e : image.metadata().entrySet()) {
            s.append(e.getKey()).append(" = ").append(e.getValue()).append('\n');
        }
        for (String w : image.warnings()) {
            s.append("Warning: ").append(w).append('\n');
        }
        return s.toString();
    }

    /**
     * The current plane of {@code imp} as a {@link CalibratedImage} with the ImagePlus calibration
     * (so a scale set with Analyze › Set Scale is honoured). The source is the image title.
     */
    static CalibratedImage toCalibratedImage(ImagePlus imp) {
        return ImageJAdapter.fromImagePlus(imp, imp.getTitle(), pixelType(imp));
    }

    private static PixelType pixelType(ImagePlus imp) {
        switch (imp.getBitDepth()) {
            case 8:
                return PixelType.UINT8;
            case 16:
                return PixelType.UINT16;
            case 24:
                return PixelType.RGB24;
            default:
                return PixelType.FLOAT32;
        }
    }
}
