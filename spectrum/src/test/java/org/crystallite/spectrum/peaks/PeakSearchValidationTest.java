package org.crystallite.spectrum.peaks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.crystallite.spectrum.AxisQuantity;
import org.crystallite.spectrum.Spectrum;
import org.crystallite.spectrum.io.ColumnReader;
import org.crystallite.spectrum.testing.ValidationData;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("validation")
class PeakSearchValidationTest {

    private static final ColumnReader.Options TWO_THETA = ColumnReader.Options.defaults()
            .withQuantities(AxisQuantity.TWO_THETA, AxisQuantity.INTENSITY);
    /** Cu Kα1 and Kα2 (Å, Hölzer et al. 1997, as used by NIST), LaB6 cell (SOURCES.md §3). */
    private static final double KA1 = 1.5405929;
    private static final double KA2 = 1.5444274;
    private static final double LAB6_A = 4.1569;
    /** Cu Kβ1 (Å, Hölzer et al. 1997); the D500 data show weak Kβ lines of the strongest reflections. */
    private static final double KB1 = 1.392218;

    private static PeakCandidate nearest(List<PeakCandidate> peaks, double x) {
        return peaks.stream().min(Comparator.comparingDouble(p -> Math.abs(p.x() - x))).orElseThrow();
    }

    @Test
    void nacl01ShowsItsThreeDocumentedReflections() throws IOException {
        Spectrum s = ColumnReader.read(ValidationData.file("xrd", "nacl01.dat"), TWO_THETA);
        List<PeakCandidate> peaks = PeakSearch.find(s);
        for (double x : new double[] {24.71, 34.93, 49.44}) {
            assertEquals(x, nearest(peaks, x).x(), 0.05, "reflection near " + x + " in " + peaks);
        }
        PeakCandidate strongest = peaks.stream().max(Comparator.comparingDouble(PeakCandidate::height)).orElseThrow();
        // fityk Gaussian fit (SOURCES.md §8): centre 24.7223595, FWHM 0.281318.
        assertEquals(24.7223595, strongest.x(), 0.01);
        assertEquals(0.281318, strongest.fwhmEstimate(), 0.1 * 0.281318);
    }

    /** 2θ of every allowed LaB6 (Pm-3m, all hkl) reflection below maxTwoTheta for one wavelength. */
    private static List<Double> lab6(double wavelength, double maxTwoTheta) {
        List<Double> out = new ArrayList<>();
        boolean[] seen = new boolean[3 * 10 * 10];
        for (int h = 0; h < 10; h++) {
            for (int k = 0; k <= h; k++) {
                for (int l = 0; l <= k; l++) {
                    int sum = h * h + k * k + l * l;
                    if (sum == 0 || seen[sum]) {
                        continue;
                    }
                    seen[sum] = true;
                    double sinTheta = wavelength * Math.sqrt(sum) / (2 * LAB6_A);
                    if (sinTheta < 1) {
                        double tth = 2 * Math.toDegrees(Math.asin(sinTheta));
                        if (tth <= maxTwoTheta) {
                            out.add(tth);
                        }
                    }
                }
            }
        }
        return out;
    }

    @Test
    void lab6XyeFindsEveryReflectionAndOnlyLab6() throws IOException {
        Spectrum s = ColumnReader.read(ValidationData.file("xrd", "LaB6_d500_si_psd.xye"), TWO_THETA);
        List<PeakCandidate> peaks = PeakSearch.find(s);
        List<Double> kAlpha1 = lab6(KA1, 142);
        assertEquals(23, kAlpha1.size());
        // (100) 21.36°, (110) 30.38°, (111) 37.44° … up to (431)/(510) 141.77°: each within a third of a FWHM (~0.06°).
        for (double tth : kAlpha1) {
            assertEquals(tth, nearest(peaks, tth).x(), 0.02, "LaB6 reflection at " + tth);
        }
        List<Double> all = new ArrayList<>(lab6(KA1, 151));
        all.addAll(lab6(KA2, 151));
        for (PeakCandidate p : peaks) {
            double closest = all.stream().min(Comparator.comparingDouble(t -> Math.abs(t - p.x()))).orElseThrow();
            assertTrue(Math.abs(closest - p.x()) < 0.03, "candidate " + p + " is no LaB6 Kα1/Kα2 reflection");
        }
    }

    @Test
    void waveletSearchOnNacl01MatchesTheFitykGaussian() throws IOException {
        Spectrum s = ColumnReader.read(ValidationData.file("xrd", "nacl01.dat"), TWO_THETA);
        List<PeakCandidate> peaks = WaveletPeakSearch.find(s);
        for (double x : new double[] {24.71, 34.93, 49.44}) {
            assertEquals(x, nearest(peaks, x).x(), 0.05, "reflection near " + x + " in " + peaks);
        }
        PeakCandidate strongest = peaks.stream().max(Comparator.comparingDouble(PeakCandidate::height)).orElseThrow();
        // fityk Gaussian (SOURCES.md §8): centre 24.7223595, FWHM 0.281318, height 65314.9.
        assertEquals(24.7223595, strongest.x(), 0.01);
        assertEquals(0.281318, strongest.fwhmEstimate(), 0.1 * 0.281318);
        assertEquals(65314.9, strongest.height(), 0.1 * 65314.9);
    }

    @Test
    void waveletSearchOnLab6FindsEveryReflectionOrItsUnresolvedDoublet() throws IOException {
        Spectrum s = ColumnReader.read(ValidationData.file("xrd", "LaB6_d500_si_psd.xye"), TWO_THETA);
        List<PeakCandidate> peaks = WaveletPeakSearch.find(s, WaveletPeakSearch.Options.defaults().withMinSnr(5));
        List<Double> kAlpha1 = lab6(KA1, 142);
        List<Double> lines = new ArrayList<>();
        for (int r = 0; r < kAlpha1.size(); r++) {
            double t1 = kAlpha1.get(r);
            // Where Kα1 and Kα2 (intensity ratio 1/2) are not resolved at the ridge scale, the ridge sits at
            // the intensity-weighted centroid t1 + (t2 − t1)/3.
            double t2 = 2 * Math.toDegrees(Math.asin(Math.sin(Math.toRadians(t1 / 2)) * KA2 / KA1));
            double centroid = t1 + (t2 - t1) / 3;
            double found = nearest(peaks, t1).x();
            assertTrue(Math.abs(found - t1) < 0.015 || Math.abs(found - centroid) < 0.015,
                    "LaB6 reflection at " + t1 + " (doublet centroid " + centroid + "): nearest candidate " + found);
            lines.add(t1);
            lines.add(t2);
            lines.add(centroid);
        }
        lines.addAll(lab6(KB1, 151));
        lines.addAll(lab6(KA1, 151));
        lines.addAll(lab6(KA2, 151));
        for (PeakCandidate p : peaks) {
            double closest = lines.stream().min(Comparator.comparingDouble(t -> Math.abs(t - p.x()))).orElseThrow();
            assertTrue(Math.abs(closest - p.x()) < 0.03, "candidate " + p + " is no LaB6 Cu Kα/Kβ line");
        }
    }
}
