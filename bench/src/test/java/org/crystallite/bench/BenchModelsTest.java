package org.crystallite.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import org.crystallite.spectrum.Spectrum;
import org.crystallite.spectrum.fit.ComponentResult;
import org.crystallite.spectrum.fit.FitException;
import org.crystallite.spectrum.fit.FitResult;
import org.crystallite.spectrum.fit.Fitter;
import org.crystallite.spectrum.model.Model;
import org.crystallite.spectrum.model.ModelJson;
import org.crystallite.spectrum.testing.ValidationData;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The benchmarked fits are the fits the peers time: same points, same parameter count, and the
 * same minimum as fityk 1.3.2 reaches on bench/peers/*.fit (values printed by fityk, 6 digits).
 */
class BenchModelsTest {

    @Test
    void lab6ModelHas43FreeParametersAndTheLab6Range() {
        Model m = ModelJson.parse(BenchModels.lab6TenPeaks(false), null);
        assertEquals(43, m.freeParameterCount());
        assertEquals(20, m.rangeMin());
        assertEquals(77.5, m.rangeMax());
        Model unbounded = ModelJson.parse(BenchModels.lab6TenPeaks(true), null);
        assertEquals(-100, unbounded.component("p111").orElseThrow().parameter("eta").orElseThrow().min());
    }

    @Test
    @Tag("validation")
    void lab6UnboundedFitReachesFityksMinimum() throws IOException, FitException {
        Spectrum s = BenchData.readTwoTheta(ValidationData.file("xrd", BenchModels.LAB6_FILE));
        FitResult r = new Fitter().fit(s, ModelJson.parse(BenchModels.lab6TenPeaks(true), s));
        assertTrue(r.converged());
        assertEquals(6845, r.points());
        // fityk lab6_10pv.fit: WSSR=94513.3 (lmfit leastsq on the same model: 94513.1)
        assertEquals(94513.3, r.chi2(), 0.5);
        // fityk: %p110 center 30.4136, FWHM 0.126392, Area 1475.33 with the same start
        ComponentResult p110 = r.component("p110").orElseThrow();
        assertEquals(30.4136, p110.value("center"), 1e-4);
        assertEquals(1475.3, p110.value("area"), 0.5);
    }

    @Test
    @Tag("validation")
    void lab6BoundedFitReachesTheConstrainedMinimumOfMpfit() throws IOException, FitException {
        Spectrum s = BenchData.readTwoTheta(ValidationData.file("xrd", BenchModels.LAB6_FILE));
        FitResult r = new Fitter().fit(s, ModelJson.parse(BenchModels.lab6TenPeaks(false), s));
        assertTrue(r.converged());
        // fityk lab6_10pv_bounded.fit (MPFIT, eta in [0:1]): WSSR=94616.5 (lmfit bounded leastsq: 94616.6);
        // active bounds there: p111 eta = 0, p200/p210/p211 eta = 1
        assertEquals(94616.5, r.chi2(), 0.5);
        assertEquals(0.0, r.component("p111").orElseThrow().value("eta"), 1e-9);
        assertEquals(1.0, r.component("p200").orElseThrow().value("eta"), 1e-9);
    }

    @Test
    @Tag("validation")
    void naclGaussianMatchesFitykExample() throws IOException, FitException {
        Spectrum s = BenchData.readTwoTheta(ValidationData.file("xrd", BenchModels.NACL_FILE));
        FitResult r = new Fitter().fit(s, ModelJson.parse(BenchModels.naclSingleGaussian(), s));
        assertEquals(78, r.points());
        // fityk nacl01_gauss.fit: WSSR=9377.66, center 24.7223594553, FWHM 0.281318, Area 19558.7
        assertEquals(9377.66, r.chi2(), 0.01);
        ComponentResult p = r.component("p").orElseThrow();
        assertEquals(24.7223595, p.value("center"), 1e-6);
        assertEquals(0.281318, p.value("fwhm"), 1e-6);
        assertEquals(19558.7, p.value("area"), 0.1);
    }
}
