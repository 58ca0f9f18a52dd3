package org.crystallite.tem.io;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.crystallite.spectrum.io.DataFormatException;

/**
 * Reads the main image of a Gatan DigitalMicrograph DM3 or DM4 file with its per-axis calibration.
 *
 * <p>A DM file lists its images under {@code ImageList}; the first entry is usually a small thumbnail.
 * The reader takes the image with the most pixels (the last one on a tie). For that image:
 * {@code ImageData.Data} holds the samples (x fastest), {@code ImageData.DataType} their type,
 * {@code ImageData.Dimensions.0/1} the width and height, and
 * {@code ImageData.Calibrations.Dimension.i.Scale/Units/Origin} the calibration of axis i (0 = x),
 * where the calibrated coordinate of pixel index n is {@code (n − Origin)·Scale}. Units are kept as
 * written, including reciprocal ones such as {@code 1/nm} for diffraction patterns.
 */
public final class DmReader implements ImageFileReader {

    // DigitalMicrograph ImageData.DataType codes (Gatan DM scripting reference, "image data types").
    private static final int DT_INT16 = 1;
    private static final int DT_FLOAT32 = 2;
    private static final int DT_COMPLEX64 = 3;
    private static final int DT_PACKED_COMPLEX = 5;
    private static final int DT_UINT8 = 6;
    private static final int DT_INT32 = 7;
    private static final int DT_RGB = 8;
    private static final int DT_INT8 = 9;
    private static final int DT_UINT16 = 10;
    private static final int DT_UINT32 = 11;
    private static final int DT_FLOAT64 = 12;
    private static final int DT_COMPLEX128 = 13;
    private static final int DT_BINARY = 14;
    private static final int DT_RGBA = 23;

    private static final Pattern IMAGE_DATA = Pattern.compile("ImageList\\.(\\d{1,6})\\.ImageData\\.Data");

    @Override
    public String formatName() {
        return "Gatan DigitalMicrograph DM3/DM4";
    }

    @Override
    public boolean canRead(String fileName, byte[] head) {
        return DmTagTree.looksLikeDm(head);
    }

    @Override
    public CalibratedImage read(Path file) throws IOException {
        String name = file.getFileName().toString();
        byte[] bytes = ReaderSupport.readAll(file);
        return read(name, bytes);
    }

    /** Reads DM bytes already in memory; {@code fileName} names them in messages and in the result. */
    public CalibratedImage read(String fileName, byte[] bytes) throws DataFormatException {
        DmTagTree tree = DmTagTree.parse(fileName, bytes);
        int image = mainImage(fileName, tree);
        String base = "ImageList." + image + ".ImageData.";

        int width = dimension(fileName, tree, base, 0);
        if (tree.get(base + "Dimensions.1") == null) {
            throw new DataFormatException(fileName + ": ImageList entry " + image
                    + " has a single dimension (a spectrum, not an image)");
        }
        int height = dimension(fileName, tree, base, 1);
        int planes = tree.get(base + "Dimensions.2") == null ? 1 : dimension(fileName, tree, base, 2);

        long dataType = number(fileName, tree, base + "DataType").longValue();
        PixelType type = pixelType(fileName, dataType);
        if (!(tree.get(base + "Data") instanceof DmTagTree.ArrayRef data)) {
            throw new DataFormatException(fileName + ": ImageList entry " + image + " has no ImageData.Data array");
        }
        long planePixels = (long) width * height;
        if (planePixels > Integer.MAX_VALUE) {
            throw new DataFormatException(fileName + ": image " + width + " × " + height + " is too large");
        }
        int bytesPerPixel = type == PixelType.RGB24 ? 4 : type.bytesPerPixel();
        long expected = planePixels * planes * bytesPerPixel;
        if (data.byteLength() != expected) {
            throw new DataFormatException(String.format(Locale.ROOT,
                    "%s, byte offset %d: ImageData.Data holds %d bytes, but %d × %d × %d pixels of DataType %d need %d",
                    fileName, data.offset(), data.byteLength(), width, height, planes, dataType, expected));
        }
        DecodedPixels pixels = decode(bytes, data.offset(), type, (int) planePixels, tree.dataOrder());

        CalibratedImage.Builder b = CalibratedImage.builder(fileName, width, height, pixels.real(), type)
                .imaginary(pixels.imaginary())
                .metadata(ImageMetadataKeys.FORMAT, "DM" + tree.version());
        if (type == PixelType.RGB24) {
            b.warning("RGB image converted to grey as (R+G+B)/3");
        }
        if (planes > 1) {
            b.warning("image stack of " + planes + " planes: only the first plane was read");
        }
        calibrate(fileName, tree, base, b);
        metadata(tree, "ImageList." + image + ".", b);
        return b.build();
    }

    /** Index of the ImageList entry with the most pixels (the last one on a tie). */
    private static int mainImage(String fileName, DmTagTree tree) throws DataFormatException {
        int best = -1;
        long bestPixels = -1;
        for (String key : tree.entries().keySet()) {
            Matcher m = IMAGE_DATA.matcher(key);
            if (!m.matches()) {
                continue;
            }
            int i = Integer.parseInt(m.group(1));
            long pixels = 1;
            for (int d = 0; d < 2; d++) {
                Object v = tree.get("ImageList." + i + ".ImageData.Dimensions." + d);
                pixels *= v instanceof Number n ? Math.max(1, n.longValue()) : 1;
            }
            if (pixels > bestPixels || (pixels == bestPixels && i > best)) {
                bestPixels = pixels;
                best = i;
            }
        }
        if (best < 0) {
            throw new DataFormatException(fileName + ": DM tag tree has no ImageList.<n>.ImageData.Data (no image in file)");
        }
        return best;
    }

    private static int dimension(String fileName, DmTagTree tree, String base, int axis) throws DataFormatException {
        long n = number(fileName, tree, base + "Dimensions." + axis).longValue();
        if (n <= 0 || n > Integer.MAX_VALUE) {
            throw new DataFormatException(fileName + ": implausible image dimension " + axis + " = " + n);
        }
        return (int) n;
    }

    private static Number number(String fileName, DmTagTree tree, String path) throws DataFormatException {
        Object v = tree.get(path);
        if (v instanceof Number n) {
            return n;
        }
        throw new DataFormatException(fileName + ": expected a number at DM tag '" + path + "', found "
                + (v == null ? "no such tag" : v.getClass().getSimpleName()));
    }

    private static PixelType pixelType(String fileName, long dataType) throws DataFormatException {
        return switch ((int) dataType) {
            case DT_INT16 -> PixelType.INT16;
            case DT_FLOAT32 -> PixelType.FLOAT32;
            case DT_COMPLEX64 -> PixelType.COMPLEX64;
            case DT_UINT8, DT_BINARY -> PixelType.UINT8;
            case DT_INT32 -> PixelType.INT32;
            case DT_RGB, DT_RGBA -> PixelType.RGB24;
            case DT_INT8 -> PixelType.INT8;
            case DT_UINT16 -> PixelType.UINT16;
            case DT_UINT32 -> PixelType.UINT32;
            case DT_FLOAT64 -> PixelType.FLOAT64;
            case DT_COMPLEX128 -> PixelType.COMPLEX128;
            case DT_PACKED_COMPLEX -> throw new DataFormatException(fileName
                    + ": DataType 5 (packed complex FFT) is not readable as an image; save the FFT as complex in DM");
            default -> throw new DataFormatException(fileName + ": unknown DM image DataType " + dataType);
        };
    }

    /** DM RGB pixels are 4 bytes (B, G, R, A in memory order); everything else uses the generic decoder. */
    private static DecodedPixels decode(byte[] bytes, long offset, PixelType type, int count, ByteOrder order) {
        ByteBuffer buffer = ByteBuffer.wrap(bytes).order(order);
        if (type != PixelType.RGB24) {
            return PixelDecoder.decode(buffer, (int) offset, type, count);
        }
        float[] grey = new float[count];
        int at = (int) offset;
        for (int i = 0; i < count; i++, at += 4) {
            grey[i] = ((bytes[at] & 0xff) + (bytes[at + 1] & 0xff) + (bytes[at + 2] & 0xff)) / 3f;
        }
        return new DecodedPixels(grey, null);
    }

    private static void calibrate(String fileName, DmTagTree tree, String base, CalibratedImage.Builder b) {
        String cal = base + "Calibrations.Dimension.";
        Object scaleX = tree.get(cal + "0.Scale");
        Object scaleY = tree.get(cal + "1.Scale");
        if (!(scaleX instanceof Number sx) || !(scaleY instanceof Number sy)) {
            b.uncalibrated("no Calibrations.Dimension scale tags");
            return;
        }
        String unitX = text(tree, cal + "0.Units");
        String unitY = text(tree, cal + "1.Units");
        double x = sx.doubleValue();
        double y = sy.doubleValue();
        if (!(x > 0) || !(y > 0) || Double.isInfinite(x) || Double.isInfinite(y)) {
            b.uncalibrated("scale tags are not positive: " + x + ", " + y);
            return;
        }
        if (unitX.isEmpty() && unitY.isEmpty() && x == 1 && y == 1) {
            b.uncalibrated("scale 1 without unit");
            return;
        }
        b.pixelSize(x, y, unitX, unitY);
        double originX = tree.get(cal + "0.Origin") instanceof Number o ? o.doubleValue() : 0;
        double originY = tree.get(cal + "1.Origin") instanceof Number o ? o.doubleValue() : 0;
        b.origin(originX == 0 ? 0 : -originX * x, originY == 0 ? 0 : -originY * y);
    }

    /** Text of a DM string tag: an array of uint16 characters (UTF-16 code units), or a string value. */
    static String text(DmTagTree tree, String path) {
        Object v = tree.get(path);
        if (v instanceof String s) {
            return s.trim();
        }
        if (v instanceof DmTagTree.ArrayRef a && a.elementType() == DmTagTree.TYPE_UINT16 && a.length() < 4096) {
            return tree.arrayText(a).trim();
        }
        return "";
    }

    private static void metadata(DmTagTree tree, String imagePrefix, CalibratedImage.Builder b) {
        String tags = imagePrefix + "ImageTags.";
        String info = tags + "Microscope Info.";
        if (tree.get(info + "Voltage") instanceof Number v && v.doubleValue() > 0) {
            b.metadata(ImageMetadataKeys.VOLTAGE_KV, ReaderSupport.format(v.doubleValue() / 1000));
        }
        if (tree.get(info + "Indicated Magnification") instanceof Number m && m.doubleValue() > 0) {
            b.metadata(ImageMetadataKeys.MAGNIFICATION, ReaderSupport.format(m.doubleValue()));
        }
        b.metadata(ImageMetadataKeys.MICROSCOPE, text(tree, info + "Microscope"));
        b.metadata(ImageMetadataKeys.MODE, text(tree, info + "Operation Mode"));
        String date = text(tree, tags + "DataBar.Acquisition Date");
        String time = text(tree, tags + "DataBar.Acquisition Time");
        b.metadata(ImageMetadataKeys.ACQUISITION_TIME, (date + " " + time).trim());
        b.metadata("dm.name", text(tree, imagePrefix + "Name"));
        for (Map.Entry<String, Object> e : tree.entries().entrySet()) {
            String key = e.getKey();
            if (key.startsWith(info)) {
                String value = e.getValue() instanceof DmTagTree.ArrayRef ? text(tree, key) : scalar(e.getValue());
                b.metadata("dm.Microscope Info." + key.substring(info.length()), value);
            }
        }
    }

    private static String scalar(Object v) {
        if (v instanceof Double d) {
            return ReaderSupport.format(d);
        }
        return v instanceof Object[] ? null : String.valueOf(v);
    }
}
