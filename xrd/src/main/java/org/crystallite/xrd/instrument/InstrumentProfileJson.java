package org.crystallite.xrd.instrument;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.OptionalDouble;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.crystallite.spectrum.io.DataFormatException;
import org.crystallite.xrd.peaks.AxialDivergence;
import org.crystallite.xrd.peaks.Measured;
import org.crystallite.xrd.radiation.Radiation;

/**
 * The {@code instr.json} file of an {@link InstrumentProfile}. Fields: {@code format}
 * ({@value #FORMAT}), {@code version} (1), {@code profile} ({@code tch}), {@code standard},
 * {@code standardA} (Å), {@code date}, {@code wavelength} {@code {name, lambda1, lambda2, ratio}}
 * (Å; λ2 and ratio only for a doublet), {@code U}, {@code V}, {@code W} (deg²), {@code X},
 * {@code Y} (deg), each with {@code _sigma} (null when undefined), {@code peakCount},
 * {@code twoThetaRange} [min, max] of the peaks used, and, where the calibration recorded it, the
 * Finger–Cox–Jephcoat axial divergence {@code axialDivergence} {@code {sOverL, sOverL_sigma, hOverL, source,
 * origin}} ({@code source} {@code prm}, {@code fitted} or {@code given}; {@code sOverL_sigma} only when fitted;
 * {@code origin} the .prm file or the peaks fitted). Files written before the axial divergence was added
 * (without the field) read as profiles without one; the version stays 1 because the field is optional.
 */
public final class InstrumentProfileJson {

    public static final String FORMAT = "crystallite-instrument-profile";
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private InstrumentProfileJson() {
    }

    /** The JSON text of a profile. */
    public static String toJson(InstrumentProfile p) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("format", FORMAT);
        root.put("version", 1);
        root.put("profile", p.profile());
        root.put("standard", p.standard());
        root.put("standardA", p.standardAAngstrom());
        root.put("date", p.date());
        ObjectNode wl = root.putObject("wavelength");
        Radiation r = p.radiation();
        wl.put("name", r.name());
        wl.put("lambda1", r.kAlpha1Angstrom());
        if (r.isDoublet()) {
            wl.put("lambda2", r.kAlpha2Angstrom().getAsDouble());
            wl.put("ratio", r.kAlpha2Ratio());
        }
        put(root, "U", p.u());
        put(root, "V", p.v());
        put(root, "W", p.w());
        put(root, "X", p.x());
        put(root, "Y", p.y());
        root.put("units", "U, V, W in deg^2 and X, Y in deg of 2-theta; FWHM_G^2 = U tan^2(theta) + V tan(theta) + W, "
                + "FWHM_L = X tan(theta) + Y / cos(theta)");
        root.put("peakCount", p.peakCount());
        root.putArray("twoThetaRange").add(p.minTwoThetaDeg()).add(p.maxTwoThetaDeg());
        p.axialDivergence().ifPresent(a -> putAxial(root.putObject("axialDivergence"), a));
        try {
            return MAPPER.writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("instrument profile could not be written as JSON", e);
        }
    }

    private static void putAxial(ObjectNode node, InstrumentAxialDivergence a) {
        node.put("sOverL", a.axial().sOverL());
        if (a.source() == InstrumentAxialDivergence.Source.FITTED) {
            if (Double.isNaN(a.sOverLSigma())) {
                node.putNull("sOverL_sigma");
            } else {
                node.put("sOverL_sigma", a.sOverLSigma());
            }
        }
        node.put("hOverL", a.axial().hOverL());
        node.put("source", a.source().jsonName());
        if (!a.origin().isEmpty()) {
            node.put("origin", a.origin());
        }
    }

    private static void put(ObjectNode root, String name, Measured m) {
        root.put(name, m.value());
        if (Double.isFinite(m.sigma())) {
            root.put(name + "_sigma", m.sigma());
        } else {
            root.putNull(name + "_sigma");
        }
    }

    /** Writes the profile to a file (the caller chooses how to make that atomic). */
    public static void write(InstrumentProfile p, Path file) throws IOException {
        Files.writeString(file, toJson(p) + System.lineSeparator());
    }

    /**
     * Reads an {@code instr.json}.
     *
     * @throws DataFormatException naming the file and the missing or malformed field
     */
    public static InstrumentProfile read(Path file) throws IOException {
        JsonNode root;
        try {
            root = MAPPER.readTree(file.toFile());
        } catch (JsonProcessingException e) {
            throw new DataFormatException(file + ": not valid JSON (" + e.getOriginalMessage() + " at line "
                    + e.getLocation().getLineNr() + ")");
        }
        if (root == null || !root.isObject()) {
            throw new DataFormatException(file + ": expected a JSON object with an instrument profile");
        }
        if (!FORMAT.equals(root.path("format").asText())) {
            throw new DataFormatException(file + ": field 'format' must be \"" + FORMAT + "\"");
        }
        JsonNode wl = root.path("wavelength");
        double lambda1 = number(file, wl, "wavelength.lambda1");
        String name = wl.path("name").asText("file");
        Radiation radiation;
        try {
            radiation = wl.hasNonNull("lambda2")
                    ? new Radiation(name, lambda1, OptionalDouble.of(number(file, wl, "wavelength.lambda2")),
                            number(file, wl, "wavelength.ratio"), OptionalDouble.empty())
                    : Radiation.monochromatic(name, lambda1);
        } catch (IllegalArgumentException e) {
            throw new DataFormatException(file + ": wavelength: " + e.getMessage());
        }
        JsonNode range = root.path("twoThetaRange");
        if (!range.isArray() || range.size() != 2 || !range.get(0).isNumber() || !range.get(1).isNumber()) {
            throw new DataFormatException(file + ": field 'twoThetaRange' must be [min, max]");
        }
        Optional<InstrumentAxialDivergence> axial = axial(file, root.path("axialDivergence"));
        try {
            return new InstrumentProfile(radiation, text(file, root, "profile"), measured(file, root, "U"),
                    measured(file, root, "V"), measured(file, root, "W"), measured(file, root, "X"),
                    measured(file, root, "Y"), text(file, root, "standard"), number(file, root, "standardA"),
                    text(file, root, "date"), (int) number(file, root, "peakCount"), range.get(0).asDouble(),
                    range.get(1).asDouble(), axial);
        } catch (IllegalArgumentException e) {
            throw new DataFormatException(file + ": " + e.getMessage());
        }
    }

    /** The optional {@code axialDivergence} object; empty when the field is absent or null (older files). */
    private static Optional<InstrumentAxialDivergence> axial(Path file, JsonNode node) throws DataFormatException {
        if (node.isMissingNode() || node.isNull()) {
            return Optional.empty();
        }
        if (!node.isObject()) {
            throw new DataFormatException(file + ": field 'axialDivergence' must be an object {sOverL, hOverL, "
                    + "source}");
        }
        double sOverL = number(file, node, "axialDivergence.sOverL");
        double hOverL = number(file, node, "axialDivergence.hOverL");
        JsonNode sourceNode = node.path("source");
        if (!sourceNode.isTextual()) {
            throw new DataFormatException(file + ": field 'axialDivergence.source' must be a string (prm, fitted "
                    + "or given)");
        }
        JsonNode origin = node.path("origin");
        if (!origin.isMissingNode() && !origin.isNull() && !origin.isTextual()) {
            throw new DataFormatException(file + ": field 'axialDivergence.origin' must be a string");
        }
        try {
            InstrumentAxialDivergence.Source source = InstrumentAxialDivergence.Source.parse(sourceNode.asText());
            JsonNode sigma = node.path("sOverL_sigma");
            double sOverLSigma = source == InstrumentAxialDivergence.Source.FITTED && sigma.isNumber()
                    ? sigma.asDouble() : Double.NaN;
            return Optional.of(new InstrumentAxialDivergence(new AxialDivergence(sOverL, hOverL), source, sOverLSigma,
                    origin.isTextual() ? origin.asText() : ""));
        } catch (IllegalArgumentException e) {
            throw new DataFormatException(file + ": axialDivergence: " + e.getMessage());
        }
    }

    private static Measured measured(Path file, JsonNode root, String name) throws DataFormatException {
        double value = number(file, root, name);
        JsonNode s = root.path(name + "_sigma");
        return new Measured(value, s.isNumber() ? s.asDouble() : Double.NaN);
    }

    private static double number(Path file, JsonNode node, String path) throws DataFormatException {
        String field = path.substring(path.lastIndexOf('.') + 1);
        JsonNode v = node.path(field);
        if (!v.isNumber() || !Double.isFinite(v.asDouble())) {
            throw new DataFormatException(file + ": field '" + path + "' must be a number");
        }
        return v.asDouble();
    }

    private static String text(Path file, JsonNode node, String field) throws DataFormatException {
        JsonNode v = node.path(field);
        if (!v.isTextual()) {
            throw new DataFormatException(file + ": field '" + field + "' must be a string");
        }
        return v.asText();
    }
}
