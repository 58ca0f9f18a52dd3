package org.crystallite.xrd.peaks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.crystallite.spectrum.AxisQuantity;
import org.crystallite.spectrum.Spectrum;
import org.crystallite.spectrum.fit.FitResult;
import org.crystallite.spectrum.model.Component;
import org.crystallite.spectrum.model.Parameter;
import org.crystallite.spectrum.ops.Crop;
import org.crystallite.xrd.peaks.SyntheticPattern.Line;
import org.crystallite.xrd.radiation.Radiation;
import org.crystallite.xrd.radiation.Wavelengths;
import org.junit.jupiter.api.Test;

/** The windows and start models of {@link XrdPeakFitter}: local to each peak, and the ones it fits. */
class XrdPeakWindowsTest {

    private static final Radiation CU = Wavelengths.anode("Cu").orElseThrow();
    private static final List<Line> LINES = List.of(
            new Line(30.0, 400, 0.08, 0.05),
            new Line(60.0, 250, 0.10, 0.06),
            new Line(110.0, 300, 0.14, 0.09));

    private static Spectrum pattern(long seed) {
        return SyntheticPattern.counts(SyntheticPattern.grid(20, 120, 0.01), LINES, CU, 50, seed);
    }

    /** The same pattern with σ = √max(y, 1) and without the points whose index is in [from, to). */
    private static Spectrum withGap(Spectrum s, int from, int to) {
        List<double[]> kept = new ArrayList<>();
        for (int i = 0; i < s.size(); i++) {
            if (i < from || i >= to) {
                kept.add(new double[] {s.x(i), s.y(i), Math.sqrt(Math.max(s.y(i), 1))});
            }
        }
        double[] x = new double[kept.size()];
        double[] y = new double[kept.size()];
        double[] sigma = new double[kept.size()];
        for (int k = 0; k < x.length; k++) {
            x[k] = kept.get(k)[0];
            y[k] = kept.get(k)[1];
            sigma[k] = kept.get(k)[2];
        }
        return Spectrum.of(x, y, sigma, AxisQuantity.TWO_THETA, AxisQuantity.INTENSITY);
    }

    private static double startValue(WindowStart w, String component, String parameter) {
        Component c = w.model().component(component).orElseThrow();
        return c.parameter(parameter).map(Parameter::value).orElseThrow();
    }

    @Test
    void windowsAndStartsDoNotDependOnHowMuchOfThePatternIsLoaded() {
        Spectrum full = pattern(5);
        XrdPeakFitter fitter = new XrdPeakFitter();
        List<Double> start = List.of(60.02);
        WindowStart reference = fitter.windowsAt(full, CU, start).get(0);
        FitResult referenceFit = fitter.fitAt(full, CU, start).windows().get(0).fit();
        for (double[] range : new double[][] {{57, 63}, {50, 70}, {55.5, 100}}) {
            Spectrum part = Crop.range(full, range[0], range[1]);
            WindowStart w = fitter.windowsAt(part, CU, start).get(0);
            String where = "pattern cropped to " + range[0] + "–" + range[1] + "°";
            assertEquals(reference.minDeg(), w.minDeg(), 0, where);
            assertEquals(reference.maxDeg(), w.maxDeg(), 0, where);
            assertEquals(reference.points(), w.points(), where);
            for (String p : List.of("center", "area", "fwhm", "eta")) {
                assertEquals(startValue(reference, "peak1", p), startValue(w, "peak1", p), 0, where + ": " + p);
            }
            FitResult fit = fitter.fitAt(part, CU, start).windows().get(0).fit();
            assertEquals(referenceFit.chi2(), fit.chi2(), 1e-9 * referenceFit.chi2(), where);
        }
    }

    @Test
    void fitAtFitsTheWindowsAndStartModelsOfWindowsAt() {
        Spectrum s = pattern(6);
        XrdPeakFitter fitter = new XrdPeakFitter();
        List<Double> starts = List.of(110.05, 29.97, 60.0);
        List<WindowStart> planned = fitter.windowsAt(s, CU, starts);
        PeakList fitted = fitter.fitAt(s, CU, starts);
        assertEquals(3, planned.size());
        assertEquals(planned.size(), fitted.windows().size());
        for (int k = 0; k < planned.size(); k++) {
            WindowStart w = planned.get(k);
            PeakWindow f = fitted.windows().get(k);
            assertEquals(w.minDeg(), f.minDeg(), 0);
            assertEquals(w.maxDeg(), f.maxDeg(), 0);
            assertEquals(w.points(), f.fit().points());
            // the points are the pattern's points inside the limits, and the start sits on the given position
            assertTrue(s.x(w.firstPoint()) >= w.minDeg() && s.x(w.firstPoint() - 1) < w.minDeg());
            assertTrue(s.x(w.lastPoint()) <= w.maxDeg() && s.x(w.lastPoint() + 1) > w.maxDeg());
            assertEquals(List.of(29.97, 60.0, 110.05).get(k), startValue(w, "peak1", "center"), 0);
            assertEquals(w.minDeg(), w.model().rangeMin(), 0);
            assertEquals(w.maxDeg(), w.model().rangeMax(), 0);
            assertEquals(LINES.get(k).twoThetaDeg(), fitted.peaks().get(k).twoThetaDeg().value(),
                    4 * fitted.peaks().get(k).twoThetaDeg().sigma());
        }
    }

    @Test
    void aGapOfDroppedPointsIsBridgedForTheStartAndLeftOutOfTheFit() {
        Spectrum full = pattern(7);
        // 8 points (0.08°) missing on the high side of the 60° Kα1 line, as when a reader drops esd = 0 rows
        int from = (int) Math.round((60.12 - 20) / 0.01);
        Spectrum gapped = withGap(full, from, from + 8);
        XrdPeakFitter fitter = new XrdPeakFitter();
        WindowStart w = fitter.windowsAt(gapped, CU, List.of(60.0)).get(0);
        assertTrue(w.minDeg() < 60.12 && w.maxDeg() > 60.2, w.toString());
        int inside = 0;
        for (int i = 0; i < gapped.size(); i++) {
            if (gapped.x(i) >= w.minDeg() && gapped.x(i) <= w.maxDeg()) {
                inside++;
            }
        }
        assertEquals(inside, w.points());
        PeakList r = fitter.fitAt(gapped, CU, List.of(60.0));
        XrdPeak p = r.peaks().get(0);
        assertEquals(w.points(), r.windows().get(0).fit().points());
        assertEquals(60.0, p.twoThetaDeg().value(), 4 * p.twoThetaDeg().sigma());
        assertEquals(250, p.area().value(), 0.05 * 250);
    }

    @Test
    void refusesAPatternWhose2ThetaDoesNotIncrease() {
        Spectrum s = pattern(8);
        double[] x = s.x();
        double[] y = s.y();
        double[] rx = new double[x.length];
        double[] ry = new double[y.length];
        for (int i = 0; i < x.length; i++) {
            rx[i] = x[x.length - 1 - i];
            ry[i] = y[y.length - 1 - i];
        }
        Spectrum reversed = Spectrum.of(rx, ry, AxisQuantity.TWO_THETA, AxisQuantity.INTENSITY);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new XrdPeakFitter().fitAt(reversed, CU, List.of(60.0)));
        assertTrue(e.getMessage().contains("must increase"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new XrdPeakFitter().windows(reversed, CU));
    }
}
