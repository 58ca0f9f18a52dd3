package org.crystallite.tem.io;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;

import ij.ImagePlus;
import ij.io.FileInfo;
import ij.io.FileOpener;
import ij.io.TiffDecoder;
import ij.measure.Calibration;
import ij.process.ColorProcessor;
import ij.process.ImageProcessor;

import org.crystallite.spectrum.io.DataFormatException;

/**
 * Reads TIFF images through ImageJ 1.x ({@link TiffDecoder} and {@link FileOpener}, no GUI), keeping
 * ImageJ's spatial calibration (pixel width/height and unit from the ImageJ description or the TIFF
 * resolution tags) and its value calibration (e.g. signed 16-bit data stored with an offset).
 */
public final class TiffReader implements ImageFileReader {

    @Override
    public String formatName() {
        return "TIFF";
    }

    @Override
    public boolean canRead(String fileName, byte[] head) {
        return head.length >= 4 && ((head[0] == 'I' && head[1] == 'I' && head[2] == 42 && head[3] == 0)
                || (head[0] == 'M' && head[1] == 'M' && head[2] == 0 && head[3] == 42));
    }

    @Override
    public CalibratedImage read(Path file) throws IOException {
        ReaderSupport.checkReadable(file);
        Path absolute = file.toAbsolutePath();
        String name = absolute.getFileName().toString();
        String directory = absolute.getParent().toString() + File.separator;
        FileInfo[] info;
        try {
            info = new TiffDecoder(directory, name).getTiffInfo();
        } catch (IOException | RuntimeException e) {
            throw new DataFormatException(name + ": not a readable TIFF (" + e.getMessage() + ")", e);
        }
        if (info == null || info.length == 0) {
            throw new DataFormatException(name + ": TIFF has no image directory (IFD)");
        }
        FileInfo first = info[0];
        if (first.width <= 0 || first.height <= 0) {
            throw new DataFormatException(name + ": TIFF image size " + first.width + " × " + first.height + " is invalid");
        }
        ImagePlus imp;
        try {
            imp = new FileOpener(first).openImage();
        } catch (RuntimeException e) {
            throw new DataFormatException(name + ": TIFF pixel data could not be decoded (" + e + ")", e);
        }
        if (imp == null || imp.getProcessor() == null) {
            throw new DataFormatException(name + ": TIFF pixel data could not be decoded (truncated or unsupported layout)");
        }
        CalibratedImage.Builder b = ImageJAdapter.builderFrom(imp, name, pixelType(first, imp))
                .metadata(ImageMetadataKeys.FORMAT, "TIFF");
        if (first.description != null && first.description.startsWith("ImageJ=")) {
            b.metadata("tiff.imagej", first.description.lines().findFirst().orElse("").substring(7));
        }
        int images = Math.max(info.length, imp.getStackSize());
        if (images > 1) {
            b.warning("TIFF holds " + images + " images: only the first was read");
        }
        return b.build();
    }

    private static PixelType pixelType(FileInfo fi, ImagePlus imp) {
        return switch (fi.fileType) {
            case FileInfo.GRAY8, FileInfo.COLOR8, FileInfo.BITMAP -> PixelType.UINT8;
            case FileInfo.GRAY16_SIGNED -> PixelType.INT16;
            case FileInfo.GRAY16_UNSIGNED -> PixelType.UINT16;
            case FileInfo.GRAY32_INT -> PixelType.INT32;
            case FileInfo.GRAY32_UNSIGNED -> PixelType.UINT32;
            case FileInfo.GRAY32_FLOAT -> PixelType.FLOAT32;
            case FileInfo.GRAY64_FLOAT -> PixelType.FLOAT64;
            default -> switch (imp.getBitDepth()) {
                case 8 -> PixelType.UINT8;
                case 16 -> PixelType.UINT16;
                case 32 -> PixelType.FLOAT32;
                default -> PixelType.RGB24;
            };
        };
    }

    /** Grey values of an ImageJ processor with its value calibration applied; RGB as (R+G+B)/3. */
    static float[] values(ImageProcessor ip, Calibration cal) {
        int n = ip.getWidth() * ip.getHeight();
        float[] out = new float[n];
        if (ip instanceof ColorProcessor cp) {
            int[] rgb = (int[]) cp.getPixels();
            for (int i = 0; i < n; i++) {
                int c = rgb[i];
                out[i] = (((c >> 16) & 0xff) + ((c >> 8) & 0xff) + (c & 0xff)) / 3f;
            }
            return out;
        }
        boolean calibrated = cal != null && cal.calibrated();
        for (int i = 0; i < n; i++) {
            float raw = ip.getf(i);
            out[i] = calibrated ? (float) cal.getCValue(raw) : raw;
        }
        return out;
    }
}
