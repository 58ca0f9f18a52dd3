package org.crystallite.spectrum.background;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;
import org.crystallite.spectrum.AxisQuantity;
import org.crystallite.spectrum.shape.LineShape;

/**
 * Builds backgrounds from the names used in model files (design guide §4a).
 *
 * <p>Static backgrounds ({@link #staticByName}) and their options:
 * <ul>
 *   <li>{@code shirley}: {@code average} (points at each end, default 5), {@code tolerance},
 *       {@code maxIterations};</li>
 *   <li>{@code tougaard}: {@code preset} ({@code U2} default, or {@code U3} = polymer class
 *       C 551, D 436), {@code B} (eV²; fitted to the high-binding-energy end when absent),
 *       {@code C}, {@code D} (a D makes the form U3), {@code T0} (threshold loss, eV, default 0),
 *       {@code average} (default 5), {@code axis} ({@code binding} or {@code kinetic});</li>
 *   <li>{@code snip}: {@code iterations} (default 20), {@code lls} (default false),
 *       {@code decreasing} (default false);</li>
 *   <li>{@code linear}: straight line between the averaged end points, {@code average}.</li>
 * </ul>
 * In-fit backgrounds ({@link #fitByName}): {@code constant}, {@code linear},
 * {@code polynomial}, {@code chebyshev}.
 */
public final class Backgrounds {

    /** Static background type names accepted by {@link #staticByName}. */
    public static final List<String> STATIC_TYPES = List.of("shirley", "tougaard", "snip", "linear");
    /** In-fit background type names accepted by {@link #fitByName}. */
    public static final List<String> FIT_TYPES = List.of("constant", "linear", "polynomial", "chebyshev");

    public static final int DEFAULT_SNIP_ITERATIONS = 20;

    private static final Map<String, List<String>> OPTIONS = Map.of(
            "shirley", List.of("average", "tolerance", "maxIterations"),
            "tougaard", List.of("preset", "B", "C", "D", "T0", "average", "axis"),
            "snip", List.of("iterations", "lls", "decreasing"),
            "linear", List.of("average"));

    private Backgrounds() {
    }

    /** A static background by model-file name, for a binding-energy axis unless {@code axis} says otherwise. */
    public static StaticBackground staticByName(String type, Map<String, Object> options) {
        return staticByName(type, options, AxisQuantity.BINDING_ENERGY);
    }

    /**
     * A static background by model-file name.
     *
     * @param type {@code shirley}, {@code tougaard}, {@code snip} or {@code linear} (case-insensitive)
     * @param options the type's options (numbers may be given as numbers or numeric strings); may be null
     * @param xAxis what the spectrum's x holds, used by {@code tougaard} when no {@code axis} option is given
     * @throws IllegalArgumentException for an unknown type, an unknown option or a bad value, naming it
     *     and listing the valid ones
     */
    public static StaticBackground staticByName(String type, Map<String, Object> options, AxisQuantity xAxis) {
        String key = type == null ? "" : type.trim().toLowerCase(Locale.ROOT);
        List<String> allowed = OPTIONS.get(key);
        if (allowed == null) {
            throw new IllegalArgumentException("unknown static background type '" + type + "'; valid types: "
                    + String.join(", ", STATIC_TYPES));
        }
        Options o = new Options(key, options == null ? Map.of() : options, Set.copyOf(allowed));
        return switch (key) {
            case "shirley" -> new ShirleyBackground(
                    o.integer("average", ShirleyBackground.DEFAULT_AVERAGE_POINTS),
                    o.number("tolerance", ShirleyBackground.DEFAULT_TOLERANCE),
                    o.integer("maxIterations", ShirleyBackground.DEFAULT_MAX_ITERATIONS));
            case "tougaard" -> tougaard(o, xAxis);
            case "snip" -> new SnipBackground(o.integer("iterations", DEFAULT_SNIP_ITERATIONS),
                    o.bool("lls", false), o.bool("decreasing", false));
            default -> new EndpointLinearBackground(o.integer("average", EndpointLinearBackground.DEFAULT_AVERAGE_POINTS));
        };
    }

    private static TougaardBackground tougaard(Options o, AxisQuantity xAxis) {
        String preset = o.string("preset", "U2").toUpperCase(Locale.ROOT);
        boolean u3;
        if (preset.equals("U2")) {
            u3 = o.has("D");
            if (u3 && o.has("preset")) {
                throw new IllegalArgumentException("tougaard option D applies to the U3 form, not to preset U2");
            }
        } else if (preset.equals("U3")) {
            u3 = true;
        } else {
            throw new IllegalArgumentException("unknown tougaard preset '" + preset + "'; valid presets: U2, U3");
        }
        double threshold = o.number("T0", 0);
        TougaardCrossSection crossSection = u3
                ? TougaardCrossSection.u3(o.number("C", TougaardCrossSection.U3_POLYMER_C),
                        o.number("D", TougaardCrossSection.U3_POLYMER_D), threshold)
                : new TougaardCrossSection(TougaardCrossSection.Form.U2, o.number("C", TougaardCrossSection.U2_C),
                        0, threshold);
        OptionalDouble b = o.has("B") ? OptionalDouble.of(o.number("B", 0)) : OptionalDouble.empty();
        AxisQuantity axis = xAxis;
        if (o.has("axis")) {
            String a = o.string("axis", "").toLowerCase(Locale.ROOT);
            axis = switch (a) {
                case "binding" -> AxisQuantity.BINDING_ENERGY;
                case "kinetic" -> AxisQuantity.KINETIC_ENERGY;
                default -> throw new IllegalArgumentException("unknown tougaard axis '" + a
                        + "'; valid values: binding, kinetic");
            };
        }
        return new TougaardBackground(crossSection, b, o.integer("average", TougaardBackground.DEFAULT_AVERAGE_POINTS),
                axis);
    }

    /**
     * An in-fit background (a linear {@link LineShape}) by model-file name.
     *
     * @param type {@code constant}, {@code linear}, {@code polynomial} or {@code chebyshev} (case-insensitive)
     * @param order polynomial order or Chebyshev degree (used by those two only; ≥ 0)
     * @param xMin low end of the fit range (Chebyshev maps it to −1)
     * @param xMax high end of the fit range (&gt; xMin); linear and polynomial measure x from the
     *     range centre
     */
    public static LineShape fitByName(String type, int order, double xMin, double xMax) {
        if (!Double.isFinite(xMin) || !Double.isFinite(xMax) || !(xMax > xMin)) {
            throw new IllegalArgumentException("background fit range must be finite with xMin < xMax, got ["
                    + xMin + ", " + xMax + "]");
        }
        String key = type == null ? "" : type.trim().toLowerCase(Locale.ROOT);
        double centre = 0.5 * (xMin + xMax);
        return switch (key) {
            case "constant" -> new ConstantBackground();
            case "linear" -> new LinearBackground(centre);
            case "polynomial" -> new PolynomialBackground(order, centre);
            case "chebyshev" -> new ChebyshevBackground(order, xMin, xMax);
            default -> throw new IllegalArgumentException("unknown fit background type '" + type
                    + "'; valid types: " + String.join(", ", FIT_TYPES));
        };
    }

    /** Typed access to a background's option map with messages naming the type and option. */
    private record Options(String type, Map<String, Object> values, Set<String> allowed) {

        Options {
            for (String name : values.keySet()) {
                if (!allowed.contains(name)) {
                    throw new IllegalArgumentException("unknown option '" + name + "' for " + type
                            + " background; valid options: " + String.join(", ", OPTIONS.get(type)));
                }
            }
        }

        boolean has(String name) {
            return values.get(name) != null;
        }

        double number(String name, double fallback) {
            Object v = values.get(name);
            if (v == null) {
                return fallback;
            }
            if (v instanceof Number n) {
                return n.doubleValue();
            }
            if (v instanceof String s) {
                try {
                    return Double.parseDouble(s.trim());
                } catch (NumberFormatException e) {
                    // fall through to the error below
                }
            }
            throw new IllegalArgumentException(type + " background option '" + name + "' must be a number, got '"
                    + v + "'");
        }

        int integer(String name, int fallback) {
            if (!has(name)) {
                return fallback;
            }
            double d = number(name, fallback);
            if (d != Math.rint(d) || Math.abs(d) > Integer.MAX_VALUE) {
                throw new IllegalArgumentException(type + " background option '" + name
                        + "' must be a whole number, got " + values.get(name));
            }
            return (int) d;
        }

        boolean bool(String name, boolean fallback) {
            Object v = values.get(name);
            if (v == null) {
                return fallback;
            }
            if (v instanceof Boolean b) {
                return b;
            }
            if (v instanceof String s && (s.equalsIgnoreCase("true") || s.equalsIgnoreCase("false"))) {
                return Boolean.parseBoolean(s);
            }
            throw new IllegalArgumentException(type + " background option '" + name + "' must be true or false, got '"
                    + v + "'");
        }

        String string(String name, String fallback) {
            Object v = values.get(name);
            return v == null ? fallback : String.valueOf(v).trim();
        }
    }
}
