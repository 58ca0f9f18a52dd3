package org.crystallite.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Random;

/** Seeded synthetic spectra written as column text for the command-line tests. */
final class SyntheticData {

    private static final double FOUR_LN2 = 4 * Math.log(2);

    private SyntheticData() {
    }

    /** Area-normalised Gaussian: area·√(4 ln2/π)/fwhm · exp(−4 ln2 (x−center)²/fwhm²). */
    static double gaussian(double x, double center, double fwhm, double area) {
        double u = (x - center) / fwhm;
        return area * Math.sqrt(FOUR_LN2 / Math.PI) / fwhm * Math.exp(-FOUR_LN2 * u * u);
    }

    /**
     * Two Gaussians on a constant background, x = 0 … 20 in steps of 0.05, with normal noise of
     * standard deviation √y (counting statistics) from a fixed seed. Peak 2 has half the area of
     * peak 1 and sits 1.5 above it.
     */
    static Path twoPeaks(Path file, long seed) throws IOException {
        Random random = new Random(seed);
        StringBuilder text = new StringBuilder("# synthetic: two gaussians on a constant background\n");
        for (int i = 0; i <= 400; i++) {
            double x = i * 0.05;
            double mean = TwoPeakTruth.BACKGROUND
                    + gaussian(x, TwoPeakTruth.CENTER1, TwoPeakTruth.FWHM1, TwoPeakTruth.AREA1)
                    + gaussian(x, TwoPeakTruth.CENTER1 + 1.5, TwoPeakTruth.FWHM2, TwoPeakTruth.AREA1 * 0.5);
            double y = Math.max(0, Math.round(mean + Math.sqrt(mean) * random.nextGaussian()));
            text.append(String.format(Locale.ROOT, "%.2f %.0f%n", x, y));
        }
        return write(file, text.toString());
    }

    /** One Gaussian on a constant background (counting noise from a fixed seed), x = 0 … 20. */
    static Path onePeak(Path file, long seed) throws IOException {
        Random random = new Random(seed);
        StringBuilder text = new StringBuilder();
        for (int i = 0; i <= 200; i++) {
            double x = i * 0.1;
            double mean = 30 + gaussian(x, 10.0, 1.5, 2000);
            double y = Math.max(0, Math.round(mean + Math.sqrt(mean) * random.nextGaussian()));
            text.append(String.format(Locale.ROOT, "%.1f %.0f%n", x, y));
        }
        return write(file, text.toString());
    }

    static Path write(Path file, String text) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        return Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    /** The parameters {@link #twoPeaks} draws from. */
    static final class TwoPeakTruth {
        static final double BACKGROUND = 20;
        static final double CENTER1 = 8.0;
        static final double FWHM1 = 1.0;
        static final double AREA1 = 500;
        static final double FWHM2 = 1.2;

        private TwoPeakTruth() {
        }
    }
}
