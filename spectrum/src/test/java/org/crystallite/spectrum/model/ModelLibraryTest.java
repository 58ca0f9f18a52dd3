package org.crystallite.spectrum.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.crystallite.spectrum.AxisQuantity;
import org.crystallite.spectrum.Spectrum;
import org.crystallite.spectrum.fit.FitException;
import org.crystallite.spectrum.fit.FitResult;
import org.crystallite.spectrum.fit.Fitter;
import org.junit.jupiter.api.Test;

class ModelLibraryTest {

    /** Two Gaussians (centres 10 and 13, FWHM 0.6 and 1.0) on a sloping background, Poisson noise. */
    private static Spectrum twoPeaks(long seed) {
        Random rnd = new Random(seed);
        int n = 401;
        double[] x = new double[n];
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = 5 + i * 0.025;
            double mean = 200 + 10 * (x[i] - 5) + gauss(x[i], 10, 0.6, 5000) + gauss(x[i], 13, 1.0, 3000);
            y[i] = Math.max(0, mean + Math.sqrt(mean) * rnd.nextGaussian());
        }
        return Spectrum.of(x, y, AxisQuantity.TWO_THETA, AxisQuantity.INTENSITY);
    }

    private static double gauss(double x, double c, double fwhm, double area) {
        double s = fwhm / (2 * Math.sqrt(2 * Math.log(2)));
        return area / (s * Math.sqrt(2 * Math.PI)) * Math.exp(-0.5 * (x - c) * (x - c) / (s * s));
    }

    @Test
    void guessesLandCloseEnoughForTheFitToFindBothPeaks() throws FitException {
        Spectrum data = twoPeaks(3);
        Model m = ModelLibrary.build("gaussian+gaussian+linear", data, Double.NEGATIVE_INFINITY,
                Double.POSITIVE_INFINITY);
        assertEquals(3, m.components().size());
        assertEquals(10, m.component("gaussian1").orElseThrow().parameter("center").orElseThrow().value(), 0.1);
        FitResult r = new Fitter().fit(data, m);
        assertTrue(r.converged());
        double c1 = r.component("gaussian1").orElseThrow().value("center");
        double c2 = r.component("gaussian2").orElseThrow().value("center");
        assertEquals(10, Math.min(c1, c2), 0.01);
        assertEquals(13, Math.max(c1, c2), 0.02);
        assertEquals(1.0, r.reducedChi2(), 0.2);
        assertEquals(10, r.component(ModelJson.BACKGROUND).orElseThrow().value("c1"), 1.0);
    }

    @Test
    void rangeLimitsTheGuessAndTheFit() throws FitException {
        Spectrum data = twoPeaks(4);
        Model m = ModelLibrary.build("pseudo-voigt+constant", data, 12, 14);
        assertEquals(13, m.components().get(0).parameter("center").orElseThrow().value(), 0.1);
        FitResult r = new Fitter().fit(data, m);
        assertEquals(81, r.points());
        assertEquals(13, r.components().get(0).value("center"), 0.02);
    }

    @Test
    void staticBackgroundShorthand() {
        Model m = ModelLibrary.build("gaussian+shirley", twoPeaks(5), 8, 12);
        assertEquals("shirley", m.staticBackground().orElseThrow().name());
    }

    @Test
    void unknownNamesAreListed() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ModelLibrary.build("gausian", twoPeaks(6), 0, 100));
        assertTrue(e.getMessage().contains("gausian") && e.getMessage().contains("gaussian"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> ModelLibrary.build("linear", twoPeaks(6), 0, 100));
    }
}
