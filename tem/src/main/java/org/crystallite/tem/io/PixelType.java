package org.crystallite.tem.io;

/**
 * The sample type an image was stored with in its file. {@link CalibratedImage} always holds
 * pixel values as {@code float}; this records what they were before conversion, so a user can tell
 * counts (integers) from processed data (floats) and knows when the imaginary part is meaningful.
 */
public enum PixelType {
    INT8(8, Kind.SIGNED_INT),
    UINT8(8, Kind.UNSIGNED_INT),
    INT16(16, Kind.SIGNED_INT),
    UINT16(16, Kind.UNSIGNED_INT),
    INT32(32, Kind.SIGNED_INT),
    UINT32(32, Kind.UNSIGNED_INT),
    INT64(64, Kind.SIGNED_INT),
    UINT64(64, Kind.UNSIGNED_INT),
    FLOAT16(16, Kind.FLOAT),
    FLOAT32(32, Kind.FLOAT),
    FLOAT64(64, Kind.FLOAT),
    /** Two float32 per pixel (real, imaginary). */
    COMPLEX64(64, Kind.COMPLEX),
    /** Two float64 per pixel (real, imaginary). */
    COMPLEX128(128, Kind.COMPLEX),
    /** 8-bit red, green, blue; stored in {@link CalibratedImage} as the unweighted mean (R+G+B)/3. */
    RGB24(24, Kind.COLOUR);

    private enum Kind { SIGNED_INT, UNSIGNED_INT, FLOAT, COMPLEX, COLOUR }

    private final int bitsPerPixel;
    private final Kind kind;

    PixelType(int bitsPerPixel, Kind kind) {
        this.bitsPerPixel = bitsPerPixel;
        this.kind = kind;
    }

    /** Bits one pixel occupies in the file (a complex pixel counts both parts). */
    public int bitsPerPixel() {
        return bitsPerPixel;
    }

    /** Bytes one pixel occupies in the file. */
    public int bytesPerPixel() {
        return bitsPerPixel / 8;
    }

    public boolean isInteger() {
        return kind == Kind.SIGNED_INT || kind == Kind.UNSIGNED_INT;
    }

    public boolean isSigned() {
        return kind == Kind.SIGNED_INT || kind == Kind.FLOAT || kind == Kind.COMPLEX;
    }

    public boolean isFloatingPoint() {
        return kind == Kind.FLOAT;
    }

    public boolean isComplex() {
        return kind == Kind.COMPLEX;
    }

    public boolean isColour() {
        return kind == Kind.COLOUR;
    }
}
