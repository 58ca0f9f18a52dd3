package org.crystallite.xrd.peaks;

import java.util.ArrayList;
import java.util.List;

import org.crystallite.spectrum.Spectrum;
import org.crystallite.spectrum.background.Backgrounds;
import org.crystallite.spectrum.model.Component;
import org.crystallite.spectrum.model.Model;
import org.crystallite.spectrum.model.Parameter;
import org.crystallite.spectrum.shape.LineShape;
import org.crystallite.spectrum.shape.ParameterDefault;
import org.crystallite.xrd.radiation.Radiation;

/**
 * The fit model of one window: a Kα doublet (or single line) per peak, named {@code peak1},
 * {@code peak2}, …, with bounded start parameters, and an in-fit Chebyshev background named
 * {@code background}, limited to the window's 2θ range.
 */
final class WindowModel {

    private WindowModel() {
    }

    static Model build(Spectrum pattern, List<PeakStart> group, Radiation radiation, PeakProfile profile,
                       AxialDivergence axial, int backgroundOrder, double wMin, double wMax, double step) {
        List<Component> components = new ArrayList<>();
        for (int k = 0; k < group.size(); k++) {
            PeakStart s = group.get(k);
            LineShape shape = KAlphaDoublet.forRadiation(profile.newShape(), radiation);
            components.add(new Component(peakName(k), shape, startParameters(shape, s, radiation, axial, step, wMax - wMin)));
        }
        LineShape background = Backgrounds.fitByName("chebyshev", backgroundOrder, wMin, wMax);
        components.add(new Component("background", background, backgroundStart(pattern, background, wMin, wMax)));
        return Model.of(components).withRange(wMin, wMax);
    }

    /** Component name of the k-th peak (0-based) of a window. */
    static String peakName(int k) {
        return "peak" + (k + 1);
    }

    private static List<Parameter> startParameters(LineShape shape, PeakStart s, Radiation radiation,
                                                   AxialDivergence axial, double step,
                                                   double windowWidth) {
        double fwhm = Math.max(2 * step, s.fwhmDeg() * 0.8);
        double maxWidth = Math.max(windowWidth, 4 * fwhm);
        double minWidth = 0.2 * step;
        double centerReach = Math.max(fwhm, 3 * step);
        double areaStart = Math.max(s.height(), 1e-9) * fwhm * 1.2 / (1 + radiation.kAlpha2Ratio());
        List<Parameter> out = new ArrayList<>();
        for (ParameterDefault d : shape.parameters()) {
            String name = d.name();
            out.add(switch (name) {
                case "center" -> Parameter.free(name, s.twoThetaDeg(), s.twoThetaDeg() - centerReach,
                        s.twoThetaDeg() + centerReach);
                case "area" -> Parameter.free(name, areaStart, 0, Double.POSITIVE_INFINITY);
                case "fwhm", "fwhmLeft", "fwhmRight" -> Parameter.free(name, fwhm, minWidth, maxWidth);
                case "fwhmG" -> Parameter.free(name, 0.7 * fwhm, 1e-4 * fwhm, maxWidth);
                case "fwhmL" -> Parameter.free(name, 0.4 * fwhm, 1e-4 * fwhm, maxWidth);
                case "eta" -> Parameter.free(name, 0.5, 0, 1);
                case "m" -> Parameter.free(name, 2, 0.6, 50);
                // Instrument constants, shared by every peak of the pattern: held, not fitted per window.
                case "sOverL" -> Parameter.fixed(name, axial.sOverL());
                case "hOverL" -> Parameter.fixed(name, axial.hOverL());
                default -> Parameter.free(name, d.start(), d.min(), d.max());
            });
        }
        return out;
    }

    /** Chebyshev start: the line through the medians of the first and last three points. */
    private static List<Parameter> backgroundStart(Spectrum pattern, LineShape background, double wMin, double wMax) {
        List<Double> left = new ArrayList<>();
        List<Double> right = new ArrayList<>();
        for (int i = 0; i < pattern.size(); i++) {
            double x = pattern.x(i);
            if (x >= wMin && left.size() < 3) {
                left.add(pattern.y(i));
            }
        }
        for (int i = pattern.size() - 1; i >= 0; i--) {
            double x = pattern.x(i);
            if (x <= wMax && right.size() < 3) {
                right.add(pattern.y(i));
            }
        }
        double yl = median(left);
        double yr = median(right);
        List<Parameter> out = new ArrayList<>();
        List<ParameterDefault> defaults = background.parameters();
        for (int k = 0; k < defaults.size(); k++) {
            double start = k == 0 ? 0.5 * (yl + yr) : k == 1 ? 0.5 * (yr - yl) : 0;
            out.add(Parameter.free(defaults.get(k).name(), start, Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY));
        }
        return out;
    }

    private static double median(List<Double> v) {
        if (v.isEmpty()) {
            return 0;
        }
        List<Double> s = new ArrayList<>(v);
        s.sort(null);
        int n = s.size();
        return n % 2 == 1 ? s.get(n / 2) : 0.5 * (s.get(n / 2 - 1) + s.get(n / 2));
    }
}
