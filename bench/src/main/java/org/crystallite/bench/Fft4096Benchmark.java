package org.crystallite.bench;

import java.util.Random;
import java.util.concurrent.TimeUnit;

import org.crystallite.tem.fft.FftEngine;
import org.crystallite.tem.fft.FftOptions;
import org.crystallite.tem.fft.PowerSpectrum;
import org.crystallite.tem.io.CalibratedImage;
import org.crystallite.tem.io.PixelType;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import org.jtransforms.fft.FloatFFT_2D;

import ij.process.FHT;
import ij.process.FloatProcessor;
import ij.process.ImageProcessor;

/**
 * Target: the power spectrum of a 4096 × 4096 image in ≤ 1 s on two cores.
 *
 * <p>Input ({@link #image(int, long)}): a seeded synthetic HRTEM-like image, two crossed lattice
 * fringes (0.3905 nm and 0.2761 nm at a 0.02 nm pixel) on a mean of 100 with Gaussian noise σ 5.
 * One operation of {@link #crystallitePowerSpectrum()} is what {@code crystallite tem fft} does before
 * spot detection: {@link FftEngine#powerSpectrum} with the default options (mean subtracted, Hann
 * window, single-precision FFT of the whole image, |F|² shifted to the centre). The peer,
 * {@link #imagejFhtPowerSpectrum()}, is ImageJ 1.x's Process › FFT on the same pixels: {@code new
 * FHT(ip)}, {@code transform()}, {@code getPowerSpectrum()} (its 8-bit log-scaled display; ImageJ has
 * no window or mean subtraction in this path). {@link #jtransformsRealForwardFull()} is the transform
 * alone inside our engine (JTransforms 3.2 {@code FloatFFT_2D.realForwardFull} on all cores), to show
 * how much of the engine's time is the FFT and how much the preparation and |F|².
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class Fft4096Benchmark {

    static final int SIZE = 4096;
    static final double PIXEL_NM = 0.02;
    static final long SEED = 4096L;

    private CalibratedImage image;
    private FloatProcessor processor;
    private FftEngine engine;
    private float[] pixels;
    private FloatFFT_2D transform;

    @Setup
    public void setUp() {
        pixels = image(SIZE, SEED);
        transform = new FloatFFT_2D(SIZE, SIZE);
        image = CalibratedImage.builder("synthetic-4096", SIZE, SIZE, pixels, PixelType.FLOAT32)
                .pixelSize(PIXEL_NM, PIXEL_NM, "nm", "nm").build();
        processor = new FloatProcessor(SIZE, SIZE, pixels.clone());
        engine = new FftEngine(FftOptions.defaults());
    }

    /** Two crossed fringes (d 0.3905 nm along x, 0.2761 nm along y) on 100, plus N(0, 5²) noise. */
    static float[] image(int size, long seed) {
        Random random = new Random(seed);
        double gx = PIXEL_NM / 0.3905;
        double gy = PIXEL_NM / 0.2761;
        float[] px = new float[size * size];
        for (int y = 0; y < size; y++) {
            double fringeY = 10 * Math.cos(2 * Math.PI * gy * y + 0.7);
            for (int x = 0; x < size; x++) {
                double v = 100 + 10 * Math.cos(2 * Math.PI * gx * x + 1.3) + fringeY;
                px[y * size + x] = (float) (v + 5 * random.nextGaussian());
            }
        }
        return px;
    }

    @Benchmark
    public PowerSpectrum crystallitePowerSpectrum() {
        return engine.powerSpectrum(image);
    }

    @Benchmark
    public float[] jtransformsRealForwardFull() {
        float[] data = new float[2 * SIZE * SIZE];
        System.arraycopy(pixels, 0, data, 0, pixels.length);
        transform.realForwardFull(data);
        return data;
    }

    @Benchmark
    public ImageProcessor imagejFhtPowerSpectrum() {
        FHT fht = new FHT(processor);
        fht.transform();
        return fht.getPowerSpectrum();
    }
}
