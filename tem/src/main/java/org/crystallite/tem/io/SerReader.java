package org.crystallite.tem.io;

import java.io.IOException;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.crystallite.spectrum.io.DataFormatException;

/**
 * Reads the first image of an FEI/Thermo TIA series file ({@code .ser}) together with its EMI
 * metadata companion ({@code name_1.ser} belongs to {@code name.emi}).
 *
 * <p>Layout from the TIA "Series File Format" description (FEI, 2002) and the notes of the open
 * readers that follow it. Little-endian header: byte order {@code 0x4949}, series id {@code 0x0197},
 * version {@code 0x0210} (32-bit offsets) or {@code 0x0220} (64-bit offsets), data type id
 * ({@code 0x4120} 1D spectra, {@code 0x4122} 2D images), tag type id, total and valid element counts,
 * the offset of the data-offset array, and the series dimensions. A 2D data element starts with the
 * x and y calibrations (offset, delta, element: f64, f64, i32 each), the pixel data type (i16) and
 * the array size x, y (i32), then the pixels, x fastest. Calibrated position of pixel n is
 * {@code offset + (n − element)·delta} in metres. TIA stores the bottom row first, so rows are
 * reversed here to put row 0 at the top as it is displayed.
 *
 * <p>The EMI file is required by default (the microscope, voltage and magnification live only there);
 * {@link #withoutEmi()} gives a reader that accepts a lone SER file with a warning.
 */
public final class SerReader implements ImageFileReader {

    private static final int BYTE_ORDER_MARK = 0x4949;
    private static final int SERIES_ID = 0x0197;
    private static final int VERSION_32BIT_OFFSETS = 0x0210;
    private static final int VERSION_64BIT_OFFSETS = 0x0220;
    private static final int DATA_1D = 0x4120;
    private static final int DATA_2D = 0x4122;

    private static final Pattern SERIES_NAME = Pattern.compile("(.*)_\\d+\\.ser", Pattern.CASE_INSENSITIVE);

    private final boolean requireEmi;

    /** A reader that requires the EMI companion file next to the SER file. */
    public SerReader() {
        this(true);
    }

    private SerReader(boolean requireEmi) {
        this.requireEmi = requireEmi;
    }

    /** A reader that reads a SER file without its EMI file, adding a warning instead of failing. */
    public static SerReader withoutEmi() {
        return new SerReader(false);
    }

    @Override
    public String formatName() {
        return "FEI TIA SER/EMI";
    }

    @Override
    public boolean canRead(String fileName, byte[] head) {
        return head.length >= 6 && (head[0] & 0xff) == 0x49 && (head[1] & 0xff) == 0x49
                && (head[2] & 0xff) == (SERIES_ID & 0xff) && (head[3] & 0xff) == SERIES_ID >> 8;
    }

    /**
     * The EMI file that belongs to {@code serFile}: {@code name_1.ser} → {@code name.emi} (TIA numbers
     * the series of one acquisition), else {@code name.ser} → {@code name.emi}.
     */
    public static Path emiFileFor(Path serFile) {
        String name = serFile.getFileName().toString();
        Matcher m = SERIES_NAME.matcher(name);
        String base = m.matches() ? m.group(1) : name.replaceFirst("(?i)\\.ser$", "");
        return serFile.resolveSibling(base + ".emi");
    }

    @Override
    public CalibratedImage read(Path file) throws IOException {
        String name = file.getFileName().toString();
        byte[] ser = ReaderSupport.readAll(file);
        Path emi = emiFileFor(file);
        EmiMetadata metadata = null;
        if (Files.isRegularFile(emi)) {
            metadata = EmiMetadata.parse(emi.getFileName().toString(), ReaderSupport.readAll(emi));
        } else if (requireEmi) {
            throw new DataFormatException(name + ": the TIA metadata file " + emi.getFileName()
                    + " is missing (expected next to the SER file; microscope, voltage and magnification are"
                    + " stored there). Copy it alongside, or use SerReader.withoutEmi() to read the pixels alone");
        }
        CalibratedImage.Builder b = decode(name, ser);
        if (metadata == null) {
            b.warning("EMI file " + emi.getFileName() + " not found: no microscope metadata");
        } else {
            metadata.entries().forEach(b::metadata);
        }
        return b.build();
    }

    /** Decodes SER bytes without looking for an EMI file (for tests and in-memory data). */
    public CalibratedImage readSerOnly(String fileName, byte[] ser) throws DataFormatException {
        return decode(fileName, ser).build();
    }

    private static CalibratedImage.Builder decode(String fileName, byte[] bytes) throws DataFormatException {
        BinaryCursor in = new BinaryCursor(fileName, bytes, ByteOrder.LITTLE_ENDIAN);
        if (bytes.length < 30) {
            throw new DataFormatException(fileName + ": " + bytes.length
                    + " bytes is too short for a TIA SER header (truncated or not a SER file)");
        }
        int order = in.u16("byte-order mark");
        int series = in.u16("series id");
        int version = in.u16("series version");
        if (order != BYTE_ORDER_MARK || series != SERIES_ID) {
            throw in.error(0, String.format("expected TIA SER magic 0x4949 0x0197, found 0x%04X 0x%04X (not a SER file)",
                    order, series));
        }
        if (version != VERSION_32BIT_OFFSETS && version != VERSION_64BIT_OFFSETS) {
            throw in.error(4, String.format("unknown SER version 0x%04X; expected 0x0210 or 0x0220", version));
        }
        boolean wideOffsets = version == VERSION_64BIT_OFFSETS;
        int dataTypeId = in.i32("data type id");
        int tagTypeId = in.i32("tag type id");
        int total = in.i32("total number of elements");
        int valid = in.i32("valid number of elements");
        long offsetArray = wideOffsets ? in.i64("offset array offset") : in.u32("offset array offset");
        int dimensions = in.i32("number of dimensions");
        if (dataTypeId == DATA_1D) {
            throw in.error(6, "this SER series holds 1D spectra (data type 0x4120), not images");
        }
        if (dataTypeId != DATA_2D) {
            throw in.error(6, String.format("unknown SER data type id 0x%04X; expected 0x4122 (2D images)", dataTypeId));
        }
        if (total < 1 || valid < 1 || valid > total) {
            throw in.error(14, "SER header lists " + valid + " valid of " + total + " elements: no image stored");
        }
        String seriesUnits = seriesDimensions(in, dimensions);

        in.seek(offsetArray, "data offset array");
        long first = wideOffsets ? in.i64("offset of element 0") : in.u32("offset of element 0");
        in.seek(first, "first data element");
        double offsetX = in.f64("calibration offset x");
        double deltaX = in.f64("calibration delta x");
        int elementX = in.i32("calibration element x");
        double offsetY = in.f64("calibration offset y");
        double deltaY = in.f64("calibration delta y");
        int elementY = in.i32("calibration element y");
        long typeAt = in.position();
        PixelType type = pixelType(in, typeAt, in.i16("pixel data type"));
        int width = in.i32("array size x");
        int height = in.i32("array size y");
        if (width <= 0 || height <= 0 || (long) width * height > Integer.MAX_VALUE) {
            throw in.error(typeAt + 2, "implausible image size " + width + " × " + height);
        }
        DecodedPixels px = in.pixels(type, width * height, width + " × " + height + " pixels of " + type);
        float[] real = flipRows(px.real(), width, height);
        float[] imaginary = px.imaginary() == null ? null : flipRows(px.imaginary(), width, height);

        CalibratedImage.Builder b = CalibratedImage.builder(fileName, width, height, real, type)
                .imaginary(imaginary)
                .metadata(ImageMetadataKeys.FORMAT, "SER/EMI");
        if (deltaX > 0 && deltaY > 0 && Double.isFinite(deltaX) && Double.isFinite(deltaY)) {
            b.pixelSize(deltaX, deltaY, "m", "m");
            // after the row flip, row 0 is the former last row
            b.origin(offsetX - elementX * deltaX, offsetY - (elementY - (height - 1)) * deltaY);
        } else {
            b.uncalibrated("SER calibration delta is not positive: " + deltaX + ", " + deltaY);
        }
        if (valid > 1) {
            b.warning("series of " + valid + " images: only the first was read");
        }
        b.metadata("ser.seriesUnits", seriesUnits);
        b.metadata("ser.tagTypeId", String.format("0x%04X", tagTypeId));
        return b;
    }

    /** Reads the series dimension descriptions (size, calibration, description, units) and returns the units. */
    private static String seriesDimensions(BinaryCursor in, int dimensions) throws DataFormatException {
        if (dimensions < 0 || dimensions > 16) {
            throw in.error(in.position() - 4, "implausible number of SER dimensions " + dimensions);
        }
        StringBuilder units = new StringBuilder();
        for (int d = 0; d < dimensions; d++) {
            in.i32("dimension size");
            in.f64("dimension calibration offset");
            in.f64("dimension calibration delta");
            in.i32("dimension calibration element");
            int descriptionLength = in.count(in.i32("description length"), 1, "description length");
            in.skip(descriptionLength, "dimension description");
            int unitLength = in.count(in.i32("units length"), 1, "units length");
            if (units.length() > 0) {
                units.append(", ");
            }
            units.append(in.text(unitLength, StandardCharsets.ISO_8859_1, "dimension units"));
        }
        return units.toString();
    }

    private static PixelType pixelType(BinaryCursor in, long at, short code) throws DataFormatException {
        return switch (code) {
            case 1 -> PixelType.UINT8;
            case 2 -> PixelType.UINT16;
            case 3 -> PixelType.UINT32;
            case 4 -> PixelType.INT8;
            case 5 -> PixelType.INT16;
            case 6 -> PixelType.INT32;
            case 7 -> PixelType.FLOAT32;
            case 8 -> PixelType.FLOAT64;
            case 9 -> PixelType.COMPLEX64;
            case 10 -> PixelType.COMPLEX128;
            default -> throw in.error(at, "unknown SER pixel data type " + code + "; expected 1–10");
        };
    }

    private static float[] flipRows(float[] v, int width, int height) {
        float[] out = new float[v.length];
        for (int y = 0; y < height; y++) {
            System.arraycopy(v, (height - 1 - y) * width, out, y * width, width);
        }
        return out;
    }
}
