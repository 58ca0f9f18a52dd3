package org.crystallite.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.crystallite.spectrum.Spectrum;
import org.crystallite.spectrum.ops.Crop;
import org.crystallite.xrd.io.XrdReaders;
import org.crystallite.xrd.peaks.XrdPeakFitter;
import org.crystallite.xrd.radiation.Radiation;
import org.crystallite.xrd.radiation.Wavelengths;

/**
 * The Kα-doublet fits of the XRD benchmarks: the LaB6 D500 pattern read by {@link XrdReaders} as
 * Cu Kα (λ1 1.5405929 Å, λ2 1.5444274 Å, Kα2/Kα1 = 0.5; the file's esd column gives the weights),
 * and the start positions of its ten reflections between 20 and 77.5° — the Kα1 2θ of LaB6
 * (a = 4.15692 Å, NIST SRM 660c) rounded to 0.01°, the same starts as {@code peers/lab6_10pv.fit}.
 *
 * <p>{@link XrdPeakFitter} with {@link XrdPeakFitter.Options#defaults()} limited to 20–77.5°:
 * one pseudo-Voigt Kα1/Kα2 doublet per reflection (η bounded to [0, 1]), reflections grouped into
 * windows of ±5 start FWHM (from Kα1 below to Kα2 above), each window fitted on its own with a
 * linear (order-1 Chebyshev) background. The LaB6 reflections are far apart, so every window holds
 * one doublet: ten separate 6-parameter fits.
 */
public final class BenchXrd {

    /** Kα1 2θ starts (degrees) of LaB6 100, 110, 111, 200, 210, 211, 220, 221, 310, 311. */
    public static final List<Double> LAB6_STARTS_DEG =
            List.of(21.36, 30.38, 37.44, 43.51, 48.96, 53.99, 63.22, 67.55, 71.75, 75.84);

    /** Kα1 2θ start of LaB6 (110), the strongest reflection: the single-window benchmark. */
    public static final double LAB6_110_START_DEG = 30.38;

    public static final double RANGE_MIN_DEG = 20;
    public static final double RANGE_MAX_DEG = 77.5;

    private BenchXrd() {
    }

    public static Radiation copperKAlpha() {
        return Wavelengths.parse("Cu");
    }

    /** The LaB6 pattern, read by the XRD readers with Cu Kα radiation. */
    public static Spectrum lab6Pattern() throws IOException {
        return lab6Pattern(BenchData.validationFile("xrd", BenchModels.LAB6_FILE));
    }

    /**
     * The benchmarks' {@code pattern} parameter: {@code file} is the pattern as read, {@code cropped}
     * the same pattern cut to {@link #RANGE_MIN_DEG}–{@link #RANGE_MAX_DEG}.
     */
    public static Spectrum lab6Pattern(String variant) throws IOException {
        Spectrum file = lab6Pattern();
        return "cropped".equals(variant) ? Crop.range(file, RANGE_MIN_DEG, RANGE_MAX_DEG) : file;
    }

    /** The LaB6 pattern at {@code file}, read by the XRD readers with Cu Kα radiation. */
    public static Spectrum lab6Pattern(Path file) throws IOException {
        return XrdReaders.read(file, Optional.of(copperKAlpha())).get(0);
    }

    /** The fitter of both XRD benchmarks: defaults limited to 20–77.5°. */
    public static XrdPeakFitter fitter() {
        return new XrdPeakFitter(XrdPeakFitter.Options.defaults().withRange(RANGE_MIN_DEG, RANGE_MAX_DEG));
    }
}
