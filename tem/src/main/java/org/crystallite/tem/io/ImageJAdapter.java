package org.crystallite.tem.io;

import ij.ImagePlus;
import ij.measure.Calibration;
import ij.process.FloatProcessor;

/**
 * Converts between {@link CalibratedImage} and ImageJ 1.x images (library use only, nothing is
 * shown). ImageJ holds one real plane: for complex images the real part is used.
 */
public final class ImageJAdapter {

    private ImageJAdapter() {
    }

    /** A 32-bit processor with a copy of the (real part of the) pixels. */
    public static FloatProcessor toFloatProcessor(CalibratedImage image) {
        return new FloatProcessor(image.width(), image.height(), image.pixels());
    }

    /**
     * An {@link ImagePlus} titled with the source file, with per-axis pixel size, units and origin
     * (ImageJ keeps the origin in pixels: {@code xOrigin = −originX / pixelSizeX}).
     */
    public static ImagePlus toImagePlus(CalibratedImage image) {
        ImagePlus imp = new ImagePlus(image.sourceFile(), toFloatProcessor(image));
        Calibration cal = new Calibration();
        cal.pixelWidth = image.pixelSizeX();
        cal.pixelHeight = image.pixelSizeY();
        cal.setXUnit(image.unitX());
        cal.setYUnit(image.unitY());
        cal.xOrigin = image.originX() == 0 ? 0 : -image.originX() / image.pixelSizeX();
        cal.yOrigin = image.originY() == 0 ? 0 : -image.originY() / image.pixelSizeY();
        imp.setCalibration(cal);
        return imp;
    }

    /** A {@link CalibratedImage} from the current plane of an ImageJ image, keeping its calibration. */
    public static CalibratedImage fromImagePlus(ImagePlus imp, String sourceFile, PixelType originalType) {
        return builderFrom(imp, sourceFile, originalType).build();
    }

    static CalibratedImage.Builder builderFrom(ImagePlus imp, String sourceFile, PixelType originalType) {
        Calibration cal = imp.getCalibration();
        float[] values = TiffReader.values(imp.getProcessor(), cal);
        CalibratedImage.Builder b = CalibratedImage.builder(sourceFile, imp.getWidth(), imp.getHeight(), values,
                originalType);
        if (originalType == PixelType.RGB24) {
            b.warning("RGB image converted to grey as (R+G+B)/3");
        }
        if (cal != null && cal.scaled() && cal.pixelWidth > 0 && cal.pixelHeight > 0) {
            b.pixelSize(cal.pixelWidth, cal.pixelHeight, cal.getXUnit(), cal.getYUnit())
                    .origin(-cal.xOrigin * cal.pixelWidth + 0.0, -cal.yOrigin * cal.pixelHeight + 0.0);
        } else {
            b.uncalibrated("the image carries no spatial calibration");
        }
        return b;
    }
}
