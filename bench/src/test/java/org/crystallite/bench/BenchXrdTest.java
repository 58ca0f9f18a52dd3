package org.crystallite.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.crystallite.spectrum.Spectrum;
import org.crystallite.spectrum.fit.FitResult;
import org.crystallite.spectrum.testing.ValidationData;
import org.crystallite.xrd.peaks.PeakList;
import org.crystallite.xrd.peaks.WindowStart;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The XRD benchmark fits are the fits fityk 1.3.2 times in peers/lab6_10doublets.fit: the same
 * windows (and so the same points) and the same minimum, window by window (fityk's printed WSSR,
 * 6 digits).
 */
@Tag("validation")
class BenchXrdTest {

    /** fityk lab6_10doublets.fit, WSSR of the ten windows in 2θ order. */
    private static final double[] FITYK_WSSR =
            {529.787, 1229.31, 268.188, 199.795, 362.382, 139.837, 85.4622, 155.733, 88.991, 87.2281};
    /** fityk points per window (count(a)). */
    private static final int[] FITYK_POINTS = {146, 169, 111, 83, 96, 97, 101, 103, 115, 116};

    private static Spectrum lab6() throws IOException {
        return BenchXrd.lab6Pattern(ValidationData.file("xrd", BenchModels.LAB6_FILE));
    }

    @Test
    void tenDoubletFitReachesFityksMinimumInEveryWindow() throws IOException {
        PeakList peaks = BenchXrd.fitter().fitAt(lab6(), BenchXrd.copperKAlpha(), BenchXrd.LAB6_STARTS_DEG);
        assertEquals(10, peaks.windows().size());
        assertEquals(10, peaks.peaks().size());
        for (int k = 0; k < 10; k++) {
            FitResult r = peaks.windows().get(k).fit();
            assertTrue(r.converged(), "window " + k);
            assertEquals(FITYK_POINTS[k], r.points(), "window " + k);
            assertEquals(6, r.freeParameters().size());
            assertEquals(FITYK_WSSR[k], r.chi2(), 1e-5 * FITYK_WSSR[k] + 1e-3, "window " + k);
        }
        // fityk %ka1_9: area 149.195, hwhm 0.0347969, shape 0.551454
        assertEquals(149.195, peaks.peaks().get(9).area().value(), 1e-3);
        assertEquals(2 * 0.0347969, peaks.peaks().get(9).fwhmDeg().value(), 2e-6);
    }

    /** The committed fityk script fits the fitter's current windows from its current start models. */
    @Test
    void fitykScriptHoldsTheFittersWindowsAndStarts() throws IOException {
        String committed = Files.readString(Path.of("peers", "lab6_10doublets.fit"), StandardCharsets.UTF_8);
        String body = XrdFitykPeer.script(lab6(), BenchXrd.copperKAlpha());
        assertTrue(committed.endsWith(body), "peers/lab6_10doublets.fit is stale: regenerate its body with XrdFitykPeer"
                + " and re-run fityk (bench/README.md)");
        List<WindowStart> planned = BenchXrd.fitter().windowsAt(lab6(), BenchXrd.copperKAlpha(),
                BenchXrd.LAB6_STARTS_DEG);
        for (int k = 0; k < planned.size(); k++) {
            assertEquals(FITYK_POINTS[k], planned.get(k).points(), "window " + k);
        }
    }

    @Test
    void singleWindowBenchmarkFitsOneDoubletOnAboutAHundredPoints() throws IOException {
        PeakList peaks = BenchXrd.fitter().fitAt(lab6(), BenchXrd.copperKAlpha(), List.of(BenchXrd.LAB6_110_START_DEG));
        assertEquals(1, peaks.windows().size());
        assertEquals(FITYK_POINTS[1], peaks.windows().get(0).fit().points());
        assertEquals(FITYK_WSSR[1], peaks.windows().get(0).fit().chi2(), 1e-5 * FITYK_WSSR[1]);
    }
}
