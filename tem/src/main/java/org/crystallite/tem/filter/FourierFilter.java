package org.crystallite.tem.filter;

import java.util.Objects;
import java.util.function.DoubleBinaryOperator;
import java.util.stream.IntStream;

import org.crystallite.tem.io.CalibratedImage;
import org.jtransforms.fft.FloatFFT_2D;

/**
 * Masks the Fourier transform of one image and transforms back: Bragg-filtered images and
 * single-reflection amplitude/phase images. The forward transform is computed once per filter.
 *
 * <p>What is transformed: the image as it is, with neither a window nor mean subtraction. A window
 * would multiply the filtered lattice by the window's shape (dark edges), and the mean only sits at
 * g = 0, which no mask at a lattice spot reaches; a mask that covers the origin (an annulus from 0,
 * a mask at g = 0) keeps the mean, as a low-pass should. Any size is transformed without padding
 * (JTransforms mixed-radix and Bluestein), so the reciprocal pixel is exactly 1/(N·pixel size), as in
 * {@link org.crystallite.tem.fft.FftEngine}. The transform is periodic: a non-periodic image's edge
 * discontinuity spreads a weak streak through the axes of the spectrum, and the part of it under a
 * mask appears near the image edges of the filtered image.
 *
 * <p>Frequency convention: the unshifted index q along x is the frequency kx = q'/(W·pixelSizeNmX)
 * with q' = q for q &lt; W − ⌊W/2⌋ and q' = q − W otherwise, the same as the centred layout of
 * {@link org.crystallite.tem.fft.PowerSpectrum}; likewise for y.
 */
public final class FourierFilter {

    private final CalibratedImage input;
    private final int width;
    private final int height;
    private final double dkx;
    private final double dky;
    /** Interleaved re/im of the unshifted forward transform, row-major, length 2·W·H. */
    private final float[] transform;

    /**
     * @throws IllegalArgumentException when the image has no real-space (nm) calibration, is complex,
     *         or is smaller than 2 × 2 pixels
     */
    public FourierFilter(CalibratedImage image) {
        this.input = Objects.requireNonNull(image, "image");
        if (!image.hasRealSpaceCalibration()) {
            throw new IllegalArgumentException(image.sourceFile() + ": no pixel size in nm (units '" + image.unitX()
                    + "', '" + image.unitY() + "'); give the pixel size explicitly");
        }
        if (image.isComplex()) {
            throw new IllegalArgumentException(image.sourceFile()
                    + ": complex image; Bragg filtering needs a real image (use its amplitude or real part)");
        }
        if (image.width() < 2 || image.height() < 2) {
            throw new IllegalArgumentException(image.sourceFile() + ": " + image.width() + "×" + image.height()
                    + " pixels is too small to filter");
        }
        this.width = image.width();
        this.height = image.height();
        this.dkx = 1.0 / (width * image.pixelSizeNmX());
        this.dky = 1.0 / (height * image.pixelSizeNmY());
        float[] data = new float[2 * width * height];
        System.arraycopy(image.pixels(), 0, data, 0, width * height);
        new FloatFFT_2D(height, width).realForwardFull(data);
        this.transform = data;
    }

    public CalibratedImage input() {
        return input;
    }

    /** Reciprocal pixel along x, 1/(W·pixelSizeNmX), in 1/nm. */
    public double reciprocalPixelX() {
        return dkx;
    }

    /** Reciprocal pixel along y, 1/(H·pixelSizeNmY), in 1/nm. */
    public double reciprocalPixelY() {
        return dky;
    }

    /**
     * A length given in spectrum pixels converted to 1/nm, with the mean of the x and y reciprocal
     * pixels (they differ for non-square images; masks are circular in 1/nm, not in pixels).
     */
    public double pixelsToInvNm(double pixels) {
        return pixels * 0.5 * (dkx + dky);
    }

    /** The Bragg-filtered image: the real inverse transform of the spectrum times the mask set's weight. */
    public BraggFilteredImage braggFilter(MaskSet masks) {
        Objects.requireNonNull(masks, "masks");
        float[] data = masked(masks::weight);
        new FloatFFT_2D(height, width).complexInverse(data, true);
        float[] real = new float[width * height];
        double maxRe = 0;
        double maxIm = 0;
        for (int i = 0; i < real.length; i++) {
            real[i] = data[2 * i];
            maxRe = Math.max(maxRe, Math.abs(data[2 * i]));
            maxIm = Math.max(maxIm, Math.abs(data[2 * i + 1]));
        }
        double residual = maxRe > 0 ? maxIm / maxRe : 0;
        CalibratedImage image = ReflectionImage.like(input, real, "Bragg filter, " + masks.masks().size()
                + " mask(s) at ±g");
        return new BraggFilteredImage(image, masks, residual);
    }

    /**
     * The amplitude and phase of one reflection: the spectrum masked at +g only (no mate), transformed
     * back to a complex image H_g, and multiplied by exp(−2πi g·r) to remove the reference lattice.
     */
    public ReflectionImage reflection(BraggMask mask) {
        Objects.requireNonNull(mask, "mask");
        float[] data = masked(mask::weightAtG);
        new FloatFFT_2D(height, width).complexInverse(data, true);
        float[] amplitude = new float[width * height];
        float[] phase = new float[width * height];
        double psx = input.pixelSizeNmX();
        double psy = input.pixelSizeNmY();
        IntStream.range(0, height).parallel().forEach(y -> {
            for (int x = 0; x < width; x++) {
                int i = y * width + x;
                double re = data[2 * i];
                double im = data[2 * i + 1];
                amplitude[i] = (float) Math.sqrt(re * re + im * im);
                double reference = 2 * Math.PI * (mask.gx() * x * psx + mask.gy() * y * psy);
                phase[i] = (float) wrap(Math.atan2(im, re) - reference);
            }
        });
        String what = "reflection " + mask.shape().describe() + " at g = (" + mask.gx() + ", " + mask.gy() + ") 1/nm";
        return new ReflectionImage(mask, ReflectionImage.like(input, amplitude, "amplitude of " + what),
                ReflectionImage.like(input, phase, "phase (rad, reference lattice removed) of " + what));
    }

    /** A copy of the transform multiplied by {@code weight}(kx, ky) at every frequency. */
    private float[] masked(DoubleBinaryOperator weight) {
        double[][] kxs = new double[width][];
        for (int q = 0; q < width; q++) {
            kxs[q] = aliases(q, width, dkx);
        }
        float[] data = transform.clone();
        // Rows in parallel: evaluating the masks costs more than the FFT itself on large images.
        IntStream.range(0, height).parallel().forEach(r -> {
            double[] kys = aliases(r, height, dky);
            for (int q = 0; q < width; q++) {
                double w = 0;
                for (double ky : kys) {
                    for (double kx : kxs[q]) {
                        w = Math.max(w, weight.applyAsDouble(kx, ky));
                    }
                }
                int i = 2 * (r * width + q);
                data[i] *= (float) w;
                data[i + 1] *= (float) w;
            }
        });
        return data;
    }

    /**
     * The signed frequencies (1/nm) of unshifted index {@code i} of {@code n}: one value, or two at the
     * Nyquist index of an even n, where +n/2 and −n/2 are the same sample. Taking the larger weight of
     * both keeps the sampled mask exactly point-symmetric there too.
     */
    private static double[] aliases(int i, int n, double dk) {
        int signed = i < n - n / 2 ? i : i - n;
        if (n % 2 == 0 && i == n / 2) {
            return new double[] {-(n / 2) * dk, (n / 2) * dk};
        }
        return new double[] {signed * dk};
    }

    private static double wrap(double phase) {
        double p = phase % (2 * Math.PI);
        if (p > Math.PI) {
            p -= 2 * Math.PI;
        } else if (p <= -Math.PI) {
            p += 2 * Math.PI;
        }
        return p;
    }
}
