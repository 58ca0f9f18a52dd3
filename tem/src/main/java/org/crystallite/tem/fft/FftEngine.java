package org.crystallite.tem.fft;

import org.crystallite.tem.io.CalibratedImage;
import org.jtransforms.fft.FloatFFT_2D;

/**
 * Computes the centred power spectrum of a calibrated image or a region of it. Any size is
 * transformed as it is (JTransforms mixed-radix and Bluestein transforms; no padding, which would
 * change the reciprocal pixel size and interpolate the spots). JTransforms runs the transform on
 * all cores.
 *
 * <p>Steps, in order: crop to the region; periodic component (Moisan) if asked; subtract the mean;
 * multiply by the window; FFT (single precision); |F|²; shift the zero frequency to the centre.
 * For a complex image (e.g. an exit wave) the complex values are transformed.
 */
public final class FftEngine {

    private final FftOptions options;

    public FftEngine(FftOptions options) {
        this.options = options;
    }

    /** An engine with {@link FftOptions#defaults()}. */
    public FftEngine() {
        this(FftOptions.defaults());
    }

    public FftOptions options() {
        return options;
    }

    /**
     * The power spectrum of {@code image} (or of the options' region).
     *
     * @throws IllegalArgumentException when the image has no pixel size in nm (set one with
     *         {@link CalibratedImage#withCalibration}) or the region does not fit in the image
     */
    public PowerSpectrum powerSpectrum(CalibratedImage image) {
        if (!image.hasRealSpaceCalibration()) {
            throw new IllegalArgumentException(image.sourceFile() + ": no pixel size in nm (units '" + image.unitX()
                    + "', '" + image.unitY() + "'); give the pixel size explicitly");
        }
        if (options.roi().isEmpty() && (image.width() < Roi.MIN_SIDE_PX || image.height() < Roi.MIN_SIDE_PX)) {
            throw new IllegalArgumentException(image.sourceFile() + ": " + image.width() + "×" + image.height()
                    + " pixels is too small for a lattice FFT (at least " + Roi.MIN_SIDE_PX + " per side)");
        }
        Roi roi = options.roi().orElse(Roi.whole(image.width(), image.height()));
        roi.checkInside(image.width(), image.height(), image.sourceFile());
        int w = roi.width();
        int h = roi.height();
        boolean whole = w == image.width() && h == image.height();
        float[] re = whole ? image.pixels() : crop(image.pixels(), image.width(), roi);
        float[] im = image.imaginary().map(values -> whole ? values : crop(values, image.width(), roi)).orElse(null);
        float[] spectrum = new float[2 * w * h];
        FloatFFT_2D fft = new FloatFFT_2D(h, w);
        if (im == null) {
            // realForwardFull takes the real values in the first half and returns all W×H complex values;
            // the prepared values go straight there (one 4·W·H-byte copy fewer on large images).
            prepare(re, w, h, spectrum);
            fft.realForwardFull(spectrum);
        } else {
            float[] preparedRe = new float[w * h];
            float[] preparedIm = new float[w * h];
            prepare(re, w, h, preparedRe);
            prepare(im, w, h, preparedIm);
            for (int i = 0; i < preparedRe.length; i++) {
                spectrum[2 * i] = preparedRe[i];
                spectrum[2 * i + 1] = preparedIm[i];
            }
            fft.complexForward(spectrum);
        }
        float[] power = centredPower(spectrum, w, h);
        return new PowerSpectrum(image.sourceFile(), w, h, power, image.pixelSizeNmX(), image.pixelSizeNmY(), roi,
                options);
    }

    /**
     * Writes the periodic component (if asked), minus the mean (if asked), times the window into
     * {@code out[0 … W·H)} (for a real image the first half of the transform array, which spares a
     * copy of the image).
     */
    private void prepare(float[] values, int w, int h, float[] out) {
        float[] v = options.periodicPlusSmooth() ? PeriodicSmoothDecomposition.periodic(values, w, h) : values;
        float mean = 0f;
        if (options.subtractMean()) {
            double sum = 0;
            for (float x : v) {
                sum += x;
            }
            mean = (float) (sum / v.length);
        }
        float[] wx = options.window().weights(w);
        float[] wy = options.window().weights(h);
        boolean subtract = options.subtractMean();
        boolean windowed = options.window() != WindowFunction.NONE;
        for (int y = 0; y < h; y++) {
            int row = y * w;
            for (int x = 0; x < w; x++) {
                float centred = subtract ? v[row + x] - mean : v[row + x];
                out[row + x] = windowed ? centred * (wx[x] * wy[y]) : centred;
            }
        }
    }

    private static float[] crop(float[] pixels, int imageWidth, Roi roi) {
        float[] out = new float[roi.width() * roi.height()];
        for (int y = 0; y < roi.height(); y++) {
            System.arraycopy(pixels, (roi.y() + y) * imageWidth + roi.x(), out, y * roi.width(), roi.width());
        }
        return out;
    }

    /** |F|² with frequency (q, r) moved to pixel ((q + ⌊W/2⌋) mod W, (r + ⌊H/2⌋) mod H). */
    private static float[] centredPower(float[] spectrum, int w, int h) {
        float[] power = new float[w * h];
        int cx = w / 2;
        int cy = h / 2;
        for (int r = 0; r < h; r++) {
            int row = ((r + cy) % h) * w;
            int in = 2 * r * w;
            for (int q = 0; q < w; q++) {
                float a = spectrum[in + 2 * q];
                float b = spectrum[in + 2 * q + 1];
                int col = q + cx;
                if (col >= w) {
                    col -= w;
                }
                power[row + col] = a * a + b * b;
            }
        }
        return power;
    }
}
