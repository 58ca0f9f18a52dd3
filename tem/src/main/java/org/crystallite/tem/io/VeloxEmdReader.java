package org.crystallite.tem.io;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Locale;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.jhdf.HdfFile;
import io.jhdf.api.Dataset;
import io.jhdf.api.Group;
import io.jhdf.api.Node;

import org.crystallite.spectrum.io.DataFormatException;

/**
 * Thermo Fisher Velox EMD (HDF5): images under {@code /Data/Image/<uuid>/} with a {@code Data}
 * dataset of shape (height, width, frames) and a {@code Metadata} dataset of the same frame count
 * holding the JSON metadata as NUL-padded UTF-8 bytes. The pixel size is
 * {@code BinaryResult.PixelSize.width/height} in {@code BinaryResult.PixelUnitX/Y} (metres).
 */
final class VeloxEmdReader {

    private static final ObjectMapper JSON = new ObjectMapper();

    private VeloxEmdReader() {
    }

    static boolean recognises(HdfFile hdf) {
        Group data = Hdf5Support.group(hdf, "Data");
        return data != null && Hdf5Support.group(data, "Image") != null;
    }

    static CalibratedImage read(String fileName, HdfFile hdf) throws DataFormatException {
        Group images = Hdf5Support.group(Hdf5Support.group(hdf, "Data"), "Image");
        Group chosen = null;
        long chosenPixels = -1;
        int count = 0;
        for (Node n : images.getChildren().values()) {
            if (n instanceof Group g && Hdf5Support.dataset(g, "Data") != null) {
                count++;
                int[] dims = Hdf5Support.dataset(g, "Data").getDimensions();
                long pixels = dims.length >= 2 ? (long) dims[0] * dims[1] : 0;
                if (pixels > chosenPixels) {
                    chosenPixels = pixels;
                    chosen = g;
                }
            }
        }
        if (chosen == null) {
            throw new DataFormatException(fileName + ": Velox EMD has no /Data/Image/<id>/Data dataset");
        }
        Dataset data = Hdf5Support.dataset(chosen, "Data");
        int[] dims = data.getDimensions();
        if (dims.length < 2 || dims.length > 3) {
            throw new DataFormatException(fileName + ": Velox dataset " + data.getPath() + " has shape "
                    + java.util.Arrays.toString(dims) + "; expected (height, width, frames)");
        }
        int height = dims[0];
        int width = dims[1];
        int frames = dims.length == 3 ? dims[2] : 1;
        PixelType type = Hdf5Support.pixelType(fileName, data);
        // C order (height, width, frames): frame 0 of pixel i sits at i·frames
        float[] pixels = Hdf5Support.toFloat(fileName, data.getDataFlat(), 0, frames, width * height);

        CalibratedImage.Builder b = CalibratedImage.builder(fileName, width, height, pixels, type)
                .metadata(ImageMetadataKeys.FORMAT, "Velox EMD")
                .metadata("velox.dataset", data.getPath());
        if (count > 1) {
            b.warning("Velox file holds " + count + " images: read the largest, " + chosen.getName());
        }
        if (frames > 1) {
            b.warning("Velox image has " + frames + " frames: only the first was read");
        }
        JsonNode meta = metadata(fileName, chosen);
        if (meta == null) {
            b.uncalibrated("no Velox Metadata dataset");
        } else {
            calibrate(meta, b);
            describe(meta, b);
        }
        return b.build();
    }

    private static JsonNode metadata(String fileName, Group image) throws DataFormatException {
        Dataset md = Hdf5Support.dataset(image, "Metadata");
        if (md == null) {
            return null;
        }
        int[] dims = md.getDimensions();
        int frames = dims.length == 2 ? dims[1] : 1;
        int length = dims.length == 0 ? 0 : dims[0];
        float[] codes = Hdf5Support.toFloat(fileName, md.getDataFlat(), 0, frames, length);
        byte[] utf8 = new byte[length];
        int n = 0;
        while (n < length && codes[n] != 0) {
            utf8[n] = (byte) (int) codes[n];
            n++;
        }
        String json = new String(utf8, 0, n, StandardCharsets.UTF_8);
        try {
            return JSON.readTree(json);
        } catch (java.io.IOException e) {
            throw new DataFormatException(fileName + ": Velox metadata of " + image.getPath()
                    + " is not valid JSON: " + e.getMessage(), e);
        }
    }

    private static void calibrate(JsonNode meta, CalibratedImage.Builder b) {
        JsonNode result = meta.path("BinaryResult");
        double sx = number(result.path("PixelSize").path("width"));
        double sy = number(result.path("PixelSize").path("height"));
        String ux = result.path("PixelUnitX").asText("");
        String uy = result.path("PixelUnitY").asText("");
        if (sx > 0 && sy > 0) {
            b.pixelSize(sx, sy, ux, uy);
            double ox = number(result.path("Offset").path("x"));
            double oy = number(result.path("Offset").path("y"));
            b.origin(Double.isNaN(ox) ? 0 : ox, Double.isNaN(oy) ? 0 : oy);
        } else {
            b.uncalibrated("BinaryResult.PixelSize missing in the Velox metadata");
        }
    }

    private static void describe(JsonNode meta, CalibratedImage.Builder b) {
        JsonNode optics = meta.path("Optics");
        double volts = number(optics.path("AccelerationVoltage"));
        if (volts > 0) {
            b.metadata(ImageMetadataKeys.VOLTAGE_KV, ReaderSupport.format(volts / 1000));
        }
        double mag = number(optics.path("NominalMagnification"));
        if (mag > 0) {
            b.metadata(ImageMetadataKeys.MAGNIFICATION, ReaderSupport.format(mag));
        }
        double cameraLength = number(optics.path("CameraLength"));
        if (cameraLength > 0) {
            b.metadata(ImageMetadataKeys.CAMERA_LENGTH_M, ReaderSupport.format(cameraLength));
        }
        b.metadata(ImageMetadataKeys.MICROSCOPE, meta.path("Instrument").path("InstrumentModel").asText(""));
        b.metadata(ImageMetadataKeys.DETECTOR, meta.path("BinaryResult").path("Detector").asText(""));
        String mode = (optics.path("TemOperatingSubMode").asText("") + " " + optics.path("HighMagnificationMode").asText("")).trim();
        b.metadata(ImageMetadataKeys.MODE, mode);
        double start = number(meta.path("Acquisition").path("AcquisitionStartDatetime").path("DateTime"));
        if (start > 0) {
            b.metadata(ImageMetadataKeys.ACQUISITION_TIME, Instant.ofEpochSecond((long) start).toString());
        }
        b.metadata("velox.Instrument.ComputerName", meta.path("Instrument").path("ComputerName").asText(""));
        b.metadata("velox.Acquisition.SourceType", meta.path("Acquisition").path("SourceType").asText(""));
    }

    /** Velox writes numbers as JSON strings. */
    private static double number(JsonNode node) {
        if (node.isNumber()) {
            return node.asDouble();
        }
        try {
            return Double.parseDouble(node.asText("").trim().toLowerCase(Locale.ROOT));
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }
}
