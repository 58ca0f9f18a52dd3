package org.crystallite.spectrum.model;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.crystallite.spectrum.Spectrum;
import org.crystallite.spectrum.background.Backgrounds;
import org.crystallite.spectrum.background.StaticBackground;
import org.crystallite.spectrum.shape.LineShape;
import org.crystallite.spectrum.shape.LineShapes;
import org.crystallite.spectrum.shape.ParameterDefault;

/**
 * Reads and writes fit models in the JSON format of the design guide §4a. A parameter is a
 * number (free start value), an object {@code {"value","min","max","fixed"}} or a tie string.
 * Backgrounds {@code constant}, {@code linear}, {@code polynomial} and {@code chebyshev} are
 * fitted with the peaks (as a component named {@value #BACKGROUND}); {@code shirley},
 * {@code tougaard} and {@code snip} are computed from the data and held fixed under the peaks.
 */
public final class ModelJson {

    /** Name of the in-fit background component. */
    public static final String BACKGROUND = "background";

    private static final Set<String> FIT_BACKGROUNDS = Set.of("constant", "linear", "polynomial", "chebyshev");
    private static final Set<String> COMPONENT_KEYS = Set.of("name", "shape");
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private ModelJson() {
    }

    /** Reads a model file; errors name the file. */
    public static Model read(Path file, Spectrum data) throws IOException {
        String text = Files.readString(file);
        try {
            return parse(text, data);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(file.getFileName() + ": " + e.getMessage(), e);
        }
    }

    /**
     * Parses a model. {@code data} (may be null) supplies the x range for Chebyshev backgrounds
     * and start values of in-fit backgrounds when the model gives none.
     */
    public static Model parse(String json, Spectrum data) {
        JsonNode root;
        try {
            root = MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not valid JSON: " + e.getOriginalMessage()
                    + " (line " + e.getLocation().getLineNr() + ")");
        }
        if (root == null || !root.isObject()) {
            throw new IllegalArgumentException("a model must be a JSON object with \"components\"");
        }
        double min = Double.NEGATIVE_INFINITY;
        double max = Double.POSITIVE_INFINITY;
        JsonNode range = root.get("range");
        if (range != null) {
            if (!range.isArray() || range.size() != 2 || !range.get(0).isNumber() || !range.get(1).isNumber()) {
                throw new IllegalArgumentException("\"range\" must be [min, max]");
            }
            min = range.get(0).asDouble();
            max = range.get(1).asDouble();
        }
        double[] domain = domain(min, max, data);
        List<Component> components = new ArrayList<>();
        JsonNode comps = root.get("components");
        if (comps == null || !comps.isArray() || comps.isEmpty()) {
            throw new IllegalArgumentException("\"components\" must be a non-empty array");
        }
        for (JsonNode c : comps) {
            components.add(component(c));
        }
        StaticBackground staticBackground = null;
        JsonNode bg = root.get("background");
        if (bg != null && !bg.isNull()) {
            String type = textField(bg, "type", "background");
            if (FIT_BACKGROUNDS.contains(type)) {
                components.add(fitBackground(bg, type, domain, data));
            } else if (!type.equals("none")) {
                staticBackground = Backgrounds.staticByName(type, options(bg));
            }
        }
        Model model = new Model(min, max, Optional.ofNullable(staticBackground), components);
        // Resolving the ties now reports a tie to an unknown parameter, or a circular tie, as a
        // problem of the model file rather than later as a failed fit.
        new ParameterLayout(model);
        return model;
    }

    private static double[] domain(double min, double max, Spectrum data) {
        double lo = min;
        double hi = max;
        if (data != null && data.size() > 0) {
            double[] x = data.x();
            if (!Double.isFinite(lo)) {
                lo = Math.min(x[0], x[x.length - 1]);
            }
            if (!Double.isFinite(hi)) {
                hi = Math.max(x[0], x[x.length - 1]);
            }
        }
        return new double[] {lo, hi};
    }

    private static Component component(JsonNode c) {
        String name = textField(c, "name", "component");
        String shapeName = textField(c, "shape", "component " + name);
        LineShape shape;
        try {
            shape = LineShapes.byName(shapeName);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("component " + name + ": " + e.getMessage(), e);
        }
        return new Component(name, shape, parameters(c, shape, "component " + name, Map.of()));
    }

    private static Component fitBackground(JsonNode bg, String type, double[] domain, Spectrum data) {
        int order = switch (type) {
            case "constant" -> 0;
            case "linear" -> 1;
            default -> bg.has("order") ? bg.get("order").asInt() : 2;
        };
        if (type.equals("chebyshev") && !(Double.isFinite(domain[0]) && Double.isFinite(domain[1]))) {
            throw new IllegalArgumentException("a chebyshev background needs a range or data to set its domain");
        }
        LineShape shape = Backgrounds.fitByName(type, order, domain[0], domain[1]);
        Map<String, Double> starts = new LinkedHashMap<>();
        if (data != null && data.size() > 0) {
            starts.put(shape.parameters().get(0).name(), minimumInRange(data, domain));
        }
        return new Component(BACKGROUND, shape, parameters(bg, shape, "background", starts));
    }

    private static double minimumInRange(Spectrum data, double[] domain) {
        double min = Double.POSITIVE_INFINITY;
        for (int i = 0; i < data.size(); i++) {
            if (data.x(i) >= domain[0] && data.x(i) <= domain[1]) {
                min = Math.min(min, data.y(i));
            }
        }
        return Double.isFinite(min) ? min : 0;
    }

    private static List<Parameter> parameters(JsonNode node, LineShape shape, String where,
                                              Map<String, Double> starts) {
        List<Parameter> params = new ArrayList<>();
        for (ParameterDefault d : shape.parameters()) {
            JsonNode v = node.get(d.name());
            double start = starts.getOrDefault(d.name(), d.start());
            params.add(v == null ? Parameter.free(d.name(), start, d.min(), d.max()) : parameter(d, v, where));
        }
        Iterator<String> names = node.fieldNames();
        while (names.hasNext()) {
            String key = names.next();
            if (shape.indexOf(key) < 0 && !COMPONENT_KEYS.contains(key) && !isBackgroundKey(key)) {
                throw new IllegalArgumentException(where + ": unknown parameter '" + key + "' for shape "
                        + shape.name() + " (expected " + shape.parameters().stream().map(ParameterDefault::name)
                        .toList() + ")");
            }
        }
        return params;
    }

    private static boolean isBackgroundKey(String key) {
        return key.equals("type") || key.equals("order");
    }

    private static Parameter parameter(ParameterDefault d, JsonNode v, String where) {
        String name = d.name();
        if (v.isNumber()) {
            return Parameter.free(name, v.asDouble(), d.min(), d.max());
        }
        if (v.isTextual()) {
            String text = v.asText();
            if (!TieParser.isTie(text)) {
                throw new IllegalArgumentException(where + ": parameter " + name + " is the text '" + text
                        + "'; expected a number, an object or a tie \"=NAME.param\"");
            }
            try {
                return Parameter.tied(name, TieParser.parse(text));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(where + ": " + e.getMessage(), e);
            }
        }
        if (v.isObject()) {
            JsonNode value = v.get("value");
            if (value == null || !value.isNumber()) {
                throw new IllegalArgumentException(where + ": parameter " + name + " needs a numeric \"value\"");
            }
            double lo = v.has("min") ? v.get("min").asDouble() : d.min();
            double hi = v.has("max") ? v.get("max").asDouble() : d.max();
            boolean fixed = v.has("fixed") && v.get("fixed").asBoolean();
            try {
                return new Parameter(name, value.asDouble(), lo, hi, fixed, null);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(where + ": " + e.getMessage(), e);
            }
        }
        throw new IllegalArgumentException(where + ": parameter " + name
                + " must be a number, an object {value, min, max, fixed} or a tie string");
    }

    private static String textField(JsonNode node, String field, String where) {
        JsonNode v = node.get(field);
        if (v == null || !v.isTextual() || v.asText().isBlank()) {
            throw new IllegalArgumentException(where + ": missing text field \"" + field + "\"");
        }
        return v.asText().trim();
    }

    private static Map<String, Object> options(JsonNode bg) {
        Map<String, Object> options = new LinkedHashMap<>();
        Iterator<Map.Entry<String, JsonNode>> it = bg.fields();
        while (it.hasNext()) {
            Map.Entry<String, JsonNode> e = it.next();
            if (e.getKey().equals("type")) {
                continue;
            }
            JsonNode v = e.getValue();
            options.put(e.getKey(), v.isNumber() ? (Object) v.asDouble() : v.isBoolean() ? v.asBoolean() : v.asText());
        }
        return options;
    }

    /** The model as JSON in the §4a format; fitted values become start values (warm start). */
    public static String write(Model model) {
        ObjectNode root = MAPPER.createObjectNode();
        if (model.hasRange()) {
            ArrayNode r = root.putArray("range");
            r.add(model.rangeMin());
            r.add(model.rangeMax());
        }
        model.staticBackground().ifPresent(b -> {
            ObjectNode bg = root.putObject("background");
            bg.put("type", b.name());
            b.asStep().parameters().forEach((k, v) -> bg.set(k, MAPPER.valueToTree(v)));
        });
        ArrayNode comps = root.putArray("components");
        for (Component c : model.components()) {
            ObjectNode node;
            if (c.name().equals(BACKGROUND) && !c.shape().isPeak()) {
                node = root.putObject("background");
                node.put("type", c.shape().name());
                node.put("order", c.parameters().size() - 1);
            } else {
                node = comps.addObject();
                node.put("name", c.name());
                node.put("shape", c.shape().name());
            }
            for (Parameter p : c.parameters()) {
                node.set(p.name(), parameterNode(p));
            }
        }
        try {
            return MAPPER.writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise model", e);
        }
    }

    private static JsonNode parameterNode(Parameter p) {
        if (p.isTied()) {
            return MAPPER.getNodeFactory().textNode(p.tie().expression());
        }
        if (!p.fixed() && !p.hasBounds()) {
            return MAPPER.getNodeFactory().numberNode(p.value());
        }
        ObjectNode o = MAPPER.createObjectNode();
        o.put("value", p.value());
        if (p.min() > Double.NEGATIVE_INFINITY) {
            o.put("min", p.min());
        }
        if (p.max() < Double.POSITIVE_INFINITY) {
            o.put("max", p.max());
        }
        if (p.fixed()) {
            o.put("fixed", true);
        }
        return o;
    }
}
