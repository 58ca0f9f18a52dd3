package org.crystallite.tem.radial;

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
 * Reads and writes a {@link CameraCalibration} as JSON, in the style of the lattice calibration file
 * ({@link org.crystallite.tem.lattice.CalibrationJson}):
 * <pre>{@code
 * {"format": "crystallite-tem-camera", "version": 1,
 *  "cameraConstant_pxNm": 25.0, "cameraConstant_pxNm_sigma": 0.01,
 *  "reciprocalPixel_perNm": 0.04, "reciprocalPixel_perNm_sigma": 1.6e-5,
 *  "standard": "Au", "hkl": ["111", "200"], "d_nm": [0.23546, 0.20391], "radius_px": [106.2, 122.6],
 *  "sourceImage": "au.tif", "ellipseRatio": 1.02, "ellipseAngleDeg": 25.0}
 * }</pre>
 * Unknown values are written as null. Writing goes through a temporary file moved into place.
 */
public final class CameraCalibrationJson {

    /** Value of the {@code format} field. */
    public static final String FORMAT = "crystallite-tem-camera";

    private CameraCalibrationJson() {
    }

    /** The JSON fields in their documented order (non-finite numbers as null). */
    public static Map<String, Object> toMap(CameraCalibration c) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("format", FORMAT);
        m.put("version", 1);
        m.put("cameraConstant_pxNm", CalibrationFiles.finite(c.cameraConstantPxNm()));
        m.put("cameraConstant_pxNm_sigma", CalibrationFiles.finite(c.cameraConstantPxNmSigma()));
        m.put("reciprocalPixel_perNm", CalibrationFiles.finite(c.perNmPerPixel()));
        m.put("reciprocalPixel_perNm_sigma", CalibrationFiles.finite(c.perNmPerPixelSigma()));
        m.put("standard", c.standard());
        m.put("hkl", c.hkl());
        m.put("d_nm", c.dNm());
        m.put("radius_px", c.radiusPx());
        m.put("sourceImage", c.sourceImage());
        m.put("ellipseRatio", CalibrationFiles.finite(c.ellipseRatio()));
        m.put("ellipseAngleDeg", CalibrationFiles.finite(c.ellipseAngleDeg()));
        return m;
    }

    /** Writes {@code calibration} to {@code file} (via a temporary file in the same folder). */
    public static void write(CameraCalibration calibration, Path file) throws IOException {
        CalibrationFiles.write(toMap(calibration), file);
    }

    /**
     * Reads a camera calibration file.
     *
     * @throws DataFormatException naming the file when it is not JSON, not a camera calibration or lacks
     *         the camera constant
     */
    public static CameraCalibration read(Path file) throws IOException {
        String name = file.toString();
        JsonNode root = CalibrationFiles.read(file, FORMAT);
        JsonNode k = root.get("cameraConstant_pxNm");
        if (k == null || !k.isNumber() || !(k.asDouble() > 0) || Double.isInfinite(k.asDouble())) {
            throw new DataFormatException(name + ": field \"cameraConstant_pxNm\" must be a positive number");
        }
        List<String> hkl = new ArrayList<>();
        root.path("hkl").forEach(n -> hkl.add(n.asText()));
        List<Double> d = new ArrayList<>();
        root.path("d_nm").forEach(n -> d.add(n.asDouble()));
        List<Double> r = new ArrayList<>();
        root.path("radius_px").forEach(n -> r.add(n.asDouble()));
        return new CameraCalibration(k.asDouble(), CalibrationFiles.optional(root, "cameraConstant_pxNm_sigma"),
                root.path("standard").asText(""), hkl, d, r, root.path("sourceImage").asText(""),
                CalibrationFiles.optional(root, "ellipseRatio"), CalibrationFiles.optional(root, "ellipseAngleDeg"));
    }
}
