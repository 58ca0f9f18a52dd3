package org.crystallite.tem.io;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * One calibrated 2D image as read from a file: pixel values (row-major, {@code index = y·width + x},
 * y down), the sample type stored in the file, the per-axis pixel size with the unit exactly as the
 * file states it ({@code nm}, {@code Å}, {@code m}, {@code 1/nm} …), metadata and reader warnings.
 *
 * <p>Immutable: the arrays are copied on the way in and on the way out. Complex images keep the
 * real part in {@link #pixels()} and the imaginary part in {@link #imaginary()}; for all other types
 * {@link #imaginary()} is empty.
 *
 * <p>Axes: x runs along a row (the fastest-varying axis in the file), y down the rows. The origin is
 * the calibrated coordinate of the centre of pixel (0, 0), in the same units as the pixel size.
 */
public final class CalibratedImage {

    /** Pixel sizes differing by less than this relative amount are treated as equal. */
    private static final double SAME_SIZE_TOLERANCE = 1e-6;

    private final String sourceFile;
    private final int width;
    private final int height;
    private final float[] pixels;
    private final float[] imaginary;
    private final PixelType originalType;
    private final double pixelSizeX;
    private final double pixelSizeY;
    private final String unitX;
    private final String unitY;
    private final double originX;
    private final double originY;
    private final Map<String, String> metadata;
    private final List<String> warnings;

    private CalibratedImage(Builder b) {
        this.sourceFile = b.sourceFile;
        this.width = b.width;
        this.height = b.height;
        this.pixels = b.pixels.clone();
        this.imaginary = b.imaginary == null ? null : b.imaginary.clone();
        this.originalType = b.originalType;
        this.pixelSizeX = b.pixelSizeX;
        this.pixelSizeY = b.pixelSizeY;
        this.unitX = b.unitX;
        this.unitY = b.unitY;
        this.originX = b.originX;
        this.originY = b.originY;
        this.metadata = Collections.unmodifiableMap(new LinkedHashMap<>(b.metadata));
        List<String> w = new ArrayList<>(b.warnings);
        anisotropyWarning().ifPresent(w::add);
        this.warnings = List.copyOf(w);
    }

    /**
     * Starts an image of {@code width × height} pixels read from {@code sourceFile}.
     *
     * @param pixels row-major values, length {@code width·height} (copied)
     */
    public static Builder builder(String sourceFile, int width, int height, float[] pixels, PixelType originalType) {
        return new Builder(sourceFile, width, height, pixels, originalType);
    }

    public String sourceFile() {
        return sourceFile;
    }

    public int width() {
        return width;
    }

    public int height() {
        return height;
    }

    /** A copy of the (real part of the) pixel values, row-major. */
    public float[] pixels() {
        return pixels.clone();
    }

    /** The (real part of the) value at column {@code x}, row {@code y}. */
    public float pixel(int x, int y) {
        Objects.checkIndex(x, width);
        Objects.checkIndex(y, height);
        return pixels[y * width + x];
    }

    /** A copy of the imaginary part for complex images; empty otherwise. */
    public Optional<float[]> imaginary() {
        return imaginary == null ? Optional.empty() : Optional.of(imaginary.clone());
    }

    public boolean isComplex() {
        return imaginary != null;
    }

    public PixelType originalType() {
        return originalType;
    }

    /** Size of one pixel along x, in {@link #unitX()}. */
    public double pixelSizeX() {
        return pixelSizeX;
    }

    /** Size of one pixel along y, in {@link #unitY()}. */
    public double pixelSizeY() {
        return pixelSizeY;
    }

    /** The x unit as the file states it (empty or {@code pixel} when uncalibrated). */
    public String unitX() {
        return unitX;
    }

    public String unitY() {
        return unitY;
    }

    public double originX() {
        return originX;
    }

    public double originY() {
        return originY;
    }

    /** True when both axes carry a length unit that converts to nanometres. */
    public boolean hasRealSpaceCalibration() {
        return LengthUnits.nmPerUnit(unitX).isPresent() && LengthUnits.nmPerUnit(unitY).isPresent();
    }

    /**
     * Pixel size along x in nanometres.
     *
     * @throws IllegalStateException when the x unit is reciprocal (a diffraction pattern or FFT) or not
     *         a known length unit; {@link #withCalibration} sets one explicitly
     */
    public double pixelSizeNmX() {
        return toNm(pixelSizeX, unitX, "x");
    }

    /** Pixel size along y in nanometres; see {@link #pixelSizeNmX()}. */
    public double pixelSizeNmY() {
        return toNm(pixelSizeY, unitY, "y");
    }

    private double toNm(double size, String unit, String axis) {
        if (LengthUnits.isReciprocal(unit)) {
            throw new IllegalStateException(sourceFile + ": the " + axis + " unit '" + unit
                    + "' is reciprocal (diffraction pattern or FFT); there is no real-space pixel size in nm");
        }
        OptionalDouble factor = LengthUnits.nmPerUnit(unit);
        if (factor.isEmpty()) {
            throw new IllegalStateException(sourceFile + ": the " + axis + " unit '" + unit
                    + "' is not a length unit, so the pixel size cannot be given in nm; set a calibration explicitly");
        }
        return size * factor.getAsDouble();
    }

    /** Metadata as stored or derived by the reader (see {@link ImageMetadataKeys}); unmodifiable. */
    public Map<String, String> metadata() {
        return metadata;
    }

    /** Things the reader wants the user to know (missing calibration, anisotropic pixels …); unmodifiable. */
    public List<String> warnings() {
        return warnings;
    }

    /**
     * The same pixels with a calibration given by the user (e.g. from a scale bar or a known
     * lattice), both axes in {@code unit}. The previous calibration is kept in the metadata.
     */
    public CalibratedImage withCalibration(double sizeX, double sizeY, String unit) {
        if (!(sizeX > 0) || !(sizeY > 0) || Double.isInfinite(sizeX) || Double.isInfinite(sizeY)) {
            throw new IllegalArgumentException("pixel sizes must be positive and finite: " + sizeX + ", " + sizeY);
        }
        Builder b = toBuilder().pixelSize(sizeX, sizeY, unit, unit).origin(0, 0);
        b.metadata.put(ImageMetadataKeys.FILE_CALIBRATION, describeCalibration());
        b.warnings.removeIf(w -> w.startsWith(Builder.NO_CALIBRATION) || w.startsWith(Builder.NO_UNIT));
        return b.build();
    }

    /** A builder pre-filled with this image (warnings excluding the derived anisotropy warning). */
    Builder toBuilder() {
        Builder b = new Builder(sourceFile, width, height, pixels, originalType);
        b.imaginary = imaginary;
        b.pixelSize(pixelSizeX, pixelSizeY, unitX, unitY).origin(originX, originY);
        b.metadata.putAll(metadata);
        anisotropyWarning().ifPresentOrElse(
                a -> warnings.stream().filter(w -> !w.equals(a)).forEach(b.warnings::add),
                () -> b.warnings.addAll(warnings));
        return b;
    }

    private String describeCalibration() {
        return String.format(Locale.ROOT, "%s %s × %s %s", fmt(pixelSizeX), unitX, fmt(pixelSizeY), unitY);
    }

    private static String fmt(double v) {
        return String.format(Locale.ROOT, "%.8g", v);
    }

    /** Pixel sizes that differ between x and y deserve a warning: often a scan or drift-correction artefact. */
    private Optional<String> anisotropyWarning() {
        double sx = pixelSizeX;
        double sy = pixelSizeY;
        String unit = unitX;
        if (!unitX.equals(unitY)) {
            OptionalDouble fx = LengthUnits.nmPerUnit(unitX);
            OptionalDouble fy = LengthUnits.nmPerUnit(unitY);
            if (fx.isEmpty() || fy.isEmpty()) {
                return Optional.of("x and y axes have different units: '" + unitX + "' and '" + unitY + "'");
            }
            sx *= fx.getAsDouble();
            sy *= fy.getAsDouble();
            unit = "nm";
        }
        double rel = Math.abs(sx - sy) / Math.max(Math.abs(sx), Math.abs(sy));
        if (!(rel > SAME_SIZE_TOLERANCE)) {
            return Optional.empty();
        }
        return Optional.of(String.format(Locale.ROOT,
                "x and y pixel sizes differ by %.3g %% of the larger (%s vs %s %s)%s", 100 * rel, fmt(sx), fmt(sy), unit,
                width != height ? "; non-square image: check the calibration of each axis" : ""));
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "CalibratedImage[%s, %d×%d %s, %s]", sourceFile, width, height,
                originalType, describeCalibration());
    }

    /** Collects the parts of a {@link CalibratedImage}; readers fill it, {@link #build()} validates it. */
    public static final class Builder {

        static final String NO_CALIBRATION = "no calibration";
        static final String NO_UNIT = "no unit";

        private final String sourceFile;
        private final int width;
        private final int height;
        private final float[] pixels;
        private final PixelType originalType;
        private float[] imaginary;
        private double pixelSizeX = 1;
        private double pixelSizeY = 1;
        private String unitX = "pixel";
        private String unitY = "pixel";
        private double originX;
        private double originY;
        private final Map<String, String> metadata = new LinkedHashMap<>();
        private final List<String> warnings = new ArrayList<>();

        private Builder(String sourceFile, int width, int height, float[] pixels, PixelType originalType) {
            this.sourceFile = Objects.requireNonNull(sourceFile, "sourceFile");
            this.originalType = Objects.requireNonNull(originalType, "originalType");
            Objects.requireNonNull(pixels, "pixels");
            if (width <= 0 || height <= 0 || (long) width * height != pixels.length) {
                throw new IllegalArgumentException(sourceFile + ": " + pixels.length + " pixel values do not make a "
                        + width + " × " + height + " image");
            }
            this.width = width;
            this.height = height;
            this.pixels = pixels;
        }

        /** The imaginary part of a complex image (same layout as the real part). */
        public Builder imaginary(float[] imaginaryPart) {
            if (imaginaryPart != null && imaginaryPart.length != pixels.length) {
                throw new IllegalArgumentException(sourceFile + ": imaginary part has " + imaginaryPart.length
                        + " values, real part " + pixels.length);
            }
            this.imaginary = imaginaryPart;
            return this;
        }

        /** Per-axis pixel size in the units given (kept verbatim). */
        public Builder pixelSize(double sizeX, double sizeY, String unitOfX, String unitOfY) {
            this.pixelSizeX = sizeX;
            this.pixelSizeY = sizeY;
            this.unitX = unitOfX == null ? "" : unitOfX;
            this.unitY = unitOfY == null ? "" : unitOfY;
            return this;
        }

        /** Marks the image as uncalibrated: 1 pixel per pixel, with a warning giving {@code reason}. */
        public Builder uncalibrated(String reason) {
            pixelSize(1, 1, "pixel", "pixel");
            warnings.add(NO_CALIBRATION + ": pixel size 1 pixel (" + reason + ")");
            return this;
        }

        /** Records that the file gives a pixel size but no length unit, with {@code detail} on where. */
        public Builder unitMissing(String detail) {
            warnings.add(NO_UNIT + ": " + detail + "; set the pixel size and its unit before measuring");
            return this;
        }

        public Builder origin(double x, double y) {
            this.originX = x;
            this.originY = y;
            return this;
        }

        /** Adds one metadata entry; blank values are ignored. */
        public Builder metadata(String key, String value) {
            if (key != null && value != null && !value.isBlank()) {
                metadata.put(key, value.trim());
            }
            return this;
        }

        public Builder warning(String message) {
            warnings.add(message);
            return this;
        }

        public CalibratedImage build() {
            if (!(pixelSizeX > 0) || !(pixelSizeY > 0) || Double.isInfinite(pixelSizeX)
                    || Double.isInfinite(pixelSizeY)) {
                throw new IllegalStateException(sourceFile + ": pixel size must be positive and finite, got "
                        + pixelSizeX + " × " + pixelSizeY);
            }
            return new CalibratedImage(this);
        }
    }
}
