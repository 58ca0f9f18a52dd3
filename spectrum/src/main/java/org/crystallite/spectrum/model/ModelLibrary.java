package org.crystallite.spectrum.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.crystallite.spectrum.Spectrum;
import org.crystallite.spectrum.background.Backgrounds;
import org.crystallite.spectrum.background.StaticBackground;
import org.crystallite.spectrum.shape.LineShape;
import org.crystallite.spectrum.shape.LineShapes;
import org.crystallite.spectrum.shape.ParameterDefault;

/**
 * Builds a model from a shorthand such as {@code gaussian}, {@code pseudo-voigt+linear} or
 * {@code voigt+voigt+chebyshev3}: every peak name adds one peak, every background name adds the
 * background ({@code constant}, {@code linear}, {@code quadratic}, {@code polynomialN},
 * {@code chebyshevN} fitted with the peaks; {@code shirley}, {@code tougaard}, {@code snip}
 * computed from the data). Start values are guessed from the data inside the range, the way
 * fityk's {@code guess} does: each peak is placed at the highest point of what the earlier
 * guesses leave unexplained, its height above the background estimate, and its FWHM from the
 * half-height crossings.
 */
public final class ModelLibrary {

    /** Fewest points in the range from which start values can be guessed. */
    public static final int MIN_POINTS = 3;

    private static final Pattern ORDERED = Pattern.compile("(polynomial|chebyshev)(\\d+)");

    private ModelLibrary() {
    }

    /** True when the text looks like a shorthand rather than a file name. */
    public static boolean isShorthand(String text) {
        return !text.toLowerCase(Locale.ROOT).endsWith(".json");
    }

    public static Model build(String shorthand, Spectrum data, double rangeMin, double rangeMax) {
        String[] tokens = shorthand.toLowerCase(Locale.ROOT).split("\\+");
        List<LineShape> peaks = new ArrayList<>();
        String backgroundType = null;
        int order = 0;
        for (String raw : tokens) {
            String token = raw.trim();
            Matcher m = ORDERED.matcher(token);
            if (token.equals("constant") || token.equals("linear") || token.equals("quadratic")) {
                backgroundType = token.equals("quadratic") ? "polynomial" : token;
                order = switch (token) {
                    case "constant" -> 0;
                    case "linear" -> 1;
                    default -> 2;
                };
            } else if (m.matches()) {
                backgroundType = m.group(1);
                order = Integer.parseInt(m.group(2));
            } else if (token.equals("shirley") || token.equals("tougaard") || token.equals("snip")) {
                backgroundType = token;
            } else if (LineShapes.names().contains(token)) {
                peaks.add(LineShapes.byName(token));
            } else {
                throw new IllegalArgumentException("unknown model name '" + token + "' in '" + shorthand
                        + "' (peaks: " + String.join(", ", LineShapes.names())
                        + "; backgrounds: constant, linear, quadratic, polynomialN, chebyshevN, shirley, tougaard, snip)");
            }
        }
        if (peaks.isEmpty()) {
            throw new IllegalArgumentException("model '" + shorthand + "' has no peak");
        }
        double[][] xy = inRange(data, rangeMin, rangeMax);
        double[] x = xy[0];
        double[] y = xy[1];
        if (x.length < MIN_POINTS) {
            throw new IllegalArgumentException("only " + x.length + " points in the range " + rangeMin + ":" + rangeMax);
        }
        double[] remaining = y.clone();
        StaticBackground staticBackground = null;
        List<Component> components = new ArrayList<>();
        if (backgroundType != null && !isFitBackground(backgroundType)) {
            staticBackground = Backgrounds.staticByName(backgroundType, Map.of());
            double[] b = staticBackground.compute(x, y);
            for (int i = 0; i < y.length; i++) {
                remaining[i] -= b[i];
            }
        } else if (backgroundType != null) {
            LineShape shape = Backgrounds.fitByName(backgroundType, order, x[0], x[x.length - 1]);
            double base = Math.min(edgeMean(y, true), edgeMean(y, false));
            List<Parameter> ps = new ArrayList<>();
            for (ParameterDefault d : shape.parameters()) {
                ps.add(Parameter.free(d.name(), ps.isEmpty() ? base : 0, d.min(), d.max()));
            }
            components.add(new Component(ModelJson.BACKGROUND, shape, ps));
            for (int i = 0; i < y.length; i++) {
                remaining[i] -= base;
            }
        }
        List<Component> peakComponents = new ArrayList<>();
        for (int k = 0; k < peaks.size(); k++) {
            LineShape shape = peaks.get(k);
            String name = peaks.size() == 1 ? shape.name() : shape.name() + (k + 1);
            Component c = guessPeak(name, shape, x, remaining);
            peakComponents.add(c);
            for (int i = 0; i < x.length; i++) {
                remaining[i] -= c.value(x[i]);
            }
        }
        peakComponents.addAll(components);
        return new Model(rangeMin, rangeMax, Optional.ofNullable(staticBackground), peakComponents);
    }

    private static boolean isFitBackground(String type) {
        return type.equals("constant") || type.equals("linear") || type.equals("polynomial")
                || type.equals("chebyshev");
    }

    private static double edgeMean(double[] y, boolean start) {
        int n = Math.max(1, Math.min(5, y.length / 10));
        double s = 0;
        for (int i = 0; i < n; i++) {
            s += start ? y[i] : y[y.length - 1 - i];
        }
        return s / n;
    }

    /** Centre at the maximum, FWHM from the half-height crossings, area from height × FWHM. */
    static Component guessPeak(String name, LineShape shape, double[] x, double[] y) {
        int top = 0;
        for (int i = 1; i < y.length; i++) {
            if (y[i] > y[top]) {
                top = i;
            }
        }
        double height = Math.max(y[top], 0);
        double half = height / 2;
        int left = top;
        while (left > 0 && y[left] > half) {
            left--;
        }
        int right = top;
        while (right < y.length - 1 && y[right] > half) {
            right++;
        }
        double fwhm = Math.abs(x[right] - x[left]);
        double step = Math.abs(x[x.length - 1] - x[0]) / (x.length - 1);
        fwhm = Math.max(fwhm, 2 * step);
        List<Parameter> params = new ArrayList<>();
        double[] probe = new double[shape.parameters().size()];
        for (int k = 0; k < probe.length; k++) {
            probe[k] = startValue(shape.parameters().get(k), x[top], fwhm, 1.0);
        }
        // Scale the area so that the guessed peak reaches the observed height.
        double unitHeight = shape.height(probe);
        double area = unitHeight > 0 ? height / unitHeight : height * fwhm;
        for (ParameterDefault d : shape.parameters()) {
            double v = startValue(d, x[top], fwhm, area);
            params.add(Parameter.free(d.name(), Math.max(d.min(), Math.min(d.max(), v)), d.min(), d.max()));
        }
        return new Component(name, shape, params);
    }

    private static double startValue(ParameterDefault d, double center, double fwhm, double area) {
        String n = d.name();
        if (n.equals("center")) {
            return center;
        }
        if (n.equals("area")) {
            return area;
        }
        if (n.equals("fwhm") || n.equals("fwhmLeft") || n.equals("fwhmRight")) {
            return fwhm;
        }
        if (n.startsWith("fwhm")) {
            // Voigt-like shapes: two widths that combine to roughly the observed FWHM.
            return fwhm / 2;
        }
        return d.start();
    }

    private static double[][] inRange(Spectrum data, double min, double max) {
        List<double[]> pts = new ArrayList<>();
        for (int i = 0; i < data.size(); i++) {
            if (data.x(i) >= min && data.x(i) <= max) {
                pts.add(new double[] {data.x(i), data.y(i)});
            }
        }
        double[] x = new double[pts.size()];
        double[] y = new double[pts.size()];
        for (int i = 0; i < x.length; i++) {
            x[i] = pts.get(i)[0];
            y[i] = pts.get(i)[1];
        }
        return new double[][] {x, y};
    }
}
