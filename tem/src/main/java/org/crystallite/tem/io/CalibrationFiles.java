package org.crystallite.tem.io;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import org.crystallite.spectrum.io.DataFormatException;

/**
 * The common frame of the TEM calibration files (lattice calibration, camera constant): one JSON object
 * whose {@code "format"} field names its kind, written through a temporary file moved into place so a
 * failed write never leaves half a file, non-finite numbers written as null.
 */
public final class CalibrationFiles {

    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private CalibrationFiles() {
    }

    /** Writes the fields (in their map order) to {@code file} via a temporary file in the same folder. */
    public static void write(Map<String, Object> fields, Path file) throws IOException {
        Path absolute = file.toAbsolutePath();
        Path tmp = Files.createTempFile(absolute.getParent(), absolute.getFileName().toString(), ".tmp");
        try {
            MAPPER.writeValue(tmp.toFile(), fields);
            Files.move(tmp, absolute, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /**
     * Reads the file's JSON object.
     *
     * @throws DataFormatException naming the file when it is not JSON or its {@code format} is not {@code format}
     */
    public static JsonNode read(Path file, String format) throws IOException {
        JsonNode root;
        try {
            root = MAPPER.readTree(file.toFile());
        } catch (JsonProcessingException e) {
            throw new DataFormatException(file + ": not valid JSON (" + e.getOriginalMessage() + ")", e);
        }
        if (root == null || !root.isObject() || !format.equals(root.path("format").asText())) {
            throw new DataFormatException(file + ": expected a JSON object with \"format\": \"" + format + "\"");
        }
        return root;
    }

    /** The number in {@code field}, or NaN when it is absent, null or not a number. */
    public static double optional(JsonNode root, String field) {
        JsonNode n = root.get(field);
        return n != null && n.isNumber() ? n.asDouble() : Double.NaN;
    }

    /** {@code v}, or null (written as JSON null) when it is not finite. */
    public static Double finite(double v) {
        return Double.isFinite(v) ? v : null;
    }
}
