package org.crystallite.tem.fft;

import java.util.Arrays;
import java.util.stream.IntStream;

/**
 * The centred power spectrum |F|² of a (region of an) image, in reciprocal nanometres.
 *
 * <p>Layout ("fftshift"): row-major, {@code width × height} (the size of the transformed region), the
 * zero frequency at pixel ({@link #centerX()}, {@link #centerY()}) = (⌊W/2⌋, ⌊H/2⌋). Pixel (i, j)
 * holds the frequency g = ((i − cx)·Δgx, (j − cy)·Δgy) with Δgx = 1/(W·pixelSizeNmX) and
 * Δgy = 1/(H·pixelSizeNmY) in 1/nm, y down as in the image. A lattice fringe of spacing d gives
 * spots at ±g with |g| = 1/d.
 *
 * <p>Immutable; {@link #power()} returns a copy.
 */
public final class PowerSpectrum {

    private final String source;
    private final int width;
    private final int height;
    private final float[] power;
    private final double pixelSizeNmX;
    private final double pixelSizeNmY;
    private final Roi region;
    private final FftOptions options;

    PowerSpectrum(String source, int width, int height, float[] power, double pixelSizeNmX, double pixelSizeNmY,
            Roi region, FftOptions options) {
        this.source = source;
        this.width = width;
        this.height = height;
        this.power = power;
        this.pixelSizeNmX = pixelSizeNmX;
        this.pixelSizeNmY = pixelSizeNmY;
        this.region = region;
        this.options = options;
    }

    /** The image the spectrum was computed from. */
    public String source() {
        return source;
    }

    public int width() {
        return width;
    }

    public int height() {
        return height;
    }

    /** Column of the zero frequency. */
    public int centerX() {
        return width / 2;
    }

    /** Row of the zero frequency. */
    public int centerY() {
        return height / 2;
    }

    /** Real-space pixel size along x of the transformed image, nm. */
    public double pixelSizeNmX() {
        return pixelSizeNmX;
    }

    public double pixelSizeNmY() {
        return pixelSizeNmY;
    }

    /** Reciprocal pixel size along x: 1/(W·pixelSizeNmX), in 1/nm per spectrum pixel. */
    public double reciprocalPixelX() {
        return 1.0 / (width * pixelSizeNmX);
    }

    /** Reciprocal pixel size along y: 1/(H·pixelSizeNmY), in 1/nm per spectrum pixel. */
    public double reciprocalPixelY() {
        return 1.0 / (height * pixelSizeNmY);
    }

    /** The transformed region of the source image. */
    public Roi region() {
        return region;
    }

    public FftOptions options() {
        return options;
    }

    /** |F|² at column {@code i}, row {@code j} of the centred layout. */
    public float power(int i, int j) {
        return power[j * width + i];
    }

    /** A copy of all values, row-major, centred layout. */
    public float[] power() {
        return power.clone();
    }

    /** gx in 1/nm of a (fractional) column of the centred layout. */
    public double gx(double column) {
        return (column - centerX()) * reciprocalPixelX();
    }

    /** gy in 1/nm of a (fractional) row of the centred layout (positive down, as image y). */
    public double gy(double row) {
        return (row - centerY()) * reciprocalPixelY();
    }

    /** The (fractional) column where gx (1/nm) lies. */
    public double column(double gx) {
        return centerX() + gx / reciprocalPixelX();
    }

    /** The (fractional) row where gy (1/nm) lies. */
    public double row(double gy) {
        return centerY() + gy / reciprocalPixelY();
    }

    /**
     * An 8-bit display of log(|F|²), row-major, centred layout. The grey scale runs from the median
     * of log|F|² (black) to its maximum outside the zero-frequency pixel (white), so the noise floor is
     * dark and the spots stand out as in DigitalMicrograph's or ImageJ's FFT window.
     */
    public byte[] logDisplay() {
        float[] logs = new float[power.length];
        // Rows in parallel: Math.log over 16 M pixels dominates the display of a 4096² spectrum.
        IntStream.range(0, height).parallel().forEach(j -> {
            for (int i = j * width; i < (j + 1) * width; i++) {
                logs[i] = (float) Math.log(power[i] + Float.MIN_NORMAL);
            }
        });
        int dc = centerY() * width + centerX();
        float max = Float.NEGATIVE_INFINITY;
        for (int i = 0; i < logs.length; i++) {
            if (i != dc && logs[i] > max) {
                max = logs[i];
            }
        }
        // The median from an evenly strided sample of at most 2^18 values: exact enough for a grey scale.
        int stride = Math.max(1, logs.length / (1 << 18));
        float[] sample = new float[(logs.length + stride - 1) / stride];
        for (int i = 0, k = 0; i < logs.length; i += stride) {
            sample[k++] = logs[i];
        }
        Arrays.sort(sample);
        float low = sample[sample.length / 2];
        float scale = max > low ? 255f / (max - low) : 0f;
        byte[] grey = new byte[power.length];
        IntStream.range(0, height).parallel().forEach(j -> {
            for (int i = j * width; i < (j + 1) * width; i++) {
                float t = (logs[i] - low) * scale;
                grey[i] = (byte) (t <= 0 ? 0 : t >= 255 ? 255 : (int) (t + 0.5f));
            }
        });
        return grey;
    }
}
