package org.crystallite.tem.lattice;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

import org.crystallite.spectrum.io.DataFormatException;
import org.crystallite.tem.io.CalibrationFiles;

/**
 * Reads and writes a {@link LatticeCalibration} as {@code calib.json}:
 * <pre>{@code
 * {"format": "crystallite-tem-calibration", "version": 1,
 *  "scaleX": 0.9714, "scaleY": 0.9595, "shear": 0.001,
 *  "scaleX_sigma": …, "scaleY_sigma": …, "shear_sigma": …,
 *  "knownD_nm": [0.3905], "knownAngleDeg": 90, "sourceImage": "…",
 *  "nominalPixelSizeNmX": 0.0100127, "nominalPixelSizeNmY": 0.0100127}
 * }</pre>
 * Unknown values are written as null. Writing goes through a temporary file moved into place.
 */
public final class CalibrationJson {

    /** Value of the {@code format} field. */
    public static final String FORMAT = "crystallite-tem-calibration";

    private CalibrationJson() {
    }

    /** The JSON fields in their documented order (non-finite numbers as null). */
    public static Map<String, Object> toMap(LatticeCalibration c) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("format", FORMAT);
        m.put("version", 1);
        m.put("scaleX", CalibrationFiles.finite(c.scaleX()));
        m.put("scaleY", CalibrationFiles.finite(c.scaleY()));
        m.put("shear", CalibrationFiles.finite(c.shear()));
        m.put("scaleX_sigma", CalibrationFiles.finite(c.scaleXSigma()));
        m.put("scaleY_sigma", CalibrationFiles.finite(c.scaleYSigma()));
        m.put("shear_sigma", CalibrationFiles.finite(c.shearSigma()));
        m.put("knownD_nm", c.knownDNm());
        m.put("knownAngleDeg", CalibrationFiles.finite(c.knownAngleDeg()));
        m.put("sourceImage", c.sourceImage());
        m.put("nominalPixelSizeNmX", CalibrationFiles.finite(c.nominalPixelSizeNmX()));
        m.put("nominalPixelSizeNmY", CalibrationFiles.finite(c.nominalPixelSizeNmY()));
        return m;
    }

    /** Writes {@code calibration} to {@code file} (via a temporary file in the same folder). */
    public static void write(LatticeCalibration calibration, Path file) throws IOException {
        CalibrationFiles.write(toMap(calibration), file);
    }

    /**
     * Reads a calibration file.
     *
     * @throws DataFormatException naming the file when it is not JSON, not a calibration or lacks a field
     */
    public static LatticeCalibration read(Path file) throws IOException {
        String name = file.toString();
        JsonNode root = CalibrationFiles.read(file, FORMAT);
        double scaleX = required(root, "scaleX", name);
        double scaleY = required(root, "scaleY", name);
        double shear = required(root, "shear", name);
        if (!(scaleX > 0) || !(scaleY > 0)) {
            throw new DataFormatException(name + ": scaleX and scaleY must be positive, got " + scaleX + ", " + scaleY);
        }
        List<Double> known = new ArrayList<>();
        for (JsonNode d : root.path("knownD_nm")) {
            known.add(d.asDouble());
        }
        return new LatticeCalibration(scaleX, scaleY, shear, CalibrationFiles.optional(root, "scaleX_sigma"),
                CalibrationFiles.optional(root, "scaleY_sigma"), CalibrationFiles.optional(root, "shear_sigma"), known,
                CalibrationFiles.optional(root, "knownAngleDeg"), root.path("sourceImage").asText(""),
                CalibrationFiles.optional(root, "nominalPixelSizeNmX"),
                CalibrationFiles.optional(root, "nominalPixelSizeNmY"));
    }

    private static double required(JsonNode root, String field, String name) throws DataFormatException {
        JsonNode n = root.get(field);
        if (n == null || !n.isNumber()) {
            throw new DataFormatException(name + ": field \"" + field + "\" must be a number");
        }
        return n.asDouble();
    }
}
