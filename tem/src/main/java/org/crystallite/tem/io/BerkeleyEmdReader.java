package org.crystallite.tem.io;

import java.util.ArrayList;
import java.util.List;

import io.jhdf.HdfFile;
import io.jhdf.api.Dataset;
import io.jhdf.api.Group;
import io.jhdf.api.Node;

import org.crystallite.spectrum.io.DataFormatException;

/**
 * Berkeley EMD (HDF5; emdatasets.com format description): a data group carries the attribute
 * {@code emd_group_type = 1}, a {@code data} dataset and one dimension vector per array axis,
 * {@code dim1} for the first (slowest) axis, with {@code name} and {@code units} attributes. For an
 * image (rows, columns) {@code dim1} is y and {@code dim2} is x; the pixel size is the step of the
 * vector. Units such as {@code n_m} (underscores separate prefix and unit, sometimes in brackets) are
 * normalised to {@code nm}; the stored string is kept in the metadata.
 */
final class BerkeleyEmdReader {

    private BerkeleyEmdReader() {
    }

    static boolean recognises(HdfFile hdf) {
        return !emdGroups(hdf).isEmpty();
    }

    private static List<Group> emdGroups(Group root) {
        List<Group> found = new ArrayList<>();
        collect(root, found, 0);
        return found;
    }

    private static void collect(Group group, List<Group> found, int depth) {
        if (depth > 8) {
            return;
        }
        if (Hdf5Support.number(group, "emd_group_type") == 1 && Hdf5Support.dataset(group, "data") != null) {
            found.add(group);
        }
        for (Node child : group.getChildren().values()) {
            if (child instanceof Group g && !child.isLink()) {
                collect(g, found, depth + 1);
            }
        }
    }

    static CalibratedImage read(String fileName, HdfFile hdf) throws DataFormatException {
        List<Group> groups = emdGroups(hdf);
        if (groups.isEmpty()) {
            throw new DataFormatException(fileName + ": no group with emd_group_type = 1 and a 'data' dataset");
        }
        Group group = groups.get(0);
        Dataset data = Hdf5Support.dataset(group, "data");
        int[] dims = data.getDimensions();
        if (dims.length < 2) {
            throw new DataFormatException(fileName + ": EMD dataset " + data.getPath() + " has "
                    + dims.length + " dimension(s); an image needs 2");
        }
        int rank = dims.length;
        int height = dims[rank - 2];
        int width = dims[rank - 1];
        int planes = 1;
        for (int i = 0; i < rank - 2; i++) {
            planes *= dims[i];
        }
        PixelType type = Hdf5Support.pixelType(fileName, data);
        float[] pixels = Hdf5Support.toFloat(fileName, data.getDataFlat(), 0, 1, width * height);

        CalibratedImage.Builder b = CalibratedImage.builder(fileName, width, height, pixels, type)
                .metadata(ImageMetadataKeys.FORMAT, "Berkeley EMD")
                .metadata("emd.dataset", data.getPath());
        if (groups.size() > 1) {
            b.warning("EMD file holds " + groups.size() + " data groups: read " + group.getPath());
        }
        if (planes > 1) {
            b.warning("EMD dataset has " + planes + " images (shape " + java.util.Arrays.toString(dims)
                    + "): only the first was read");
        }
        Axis y = axis(fileName, group, rank - 1, height);
        Axis x = axis(fileName, group, rank, width);
        if (x == null || y == null) {
            b.uncalibrated("dim" + (rank - 1) + "/dim" + rank + " vectors missing or not increasing");
        } else {
            b.pixelSize(x.step, y.step, x.unit, y.unit).origin(x.first, y.first);
            b.metadata("emd.dim" + rank + ".units", x.storedUnit).metadata("emd.dim" + (rank - 1) + ".units", y.storedUnit);
        }
        describe(hdf, b);
        return b.build();
    }

    private record Axis(double first, double step, String unit, String storedUnit) {
    }

    /** Dimension vector {@code dim<index>} (1-based) of length {@code size}: first value, mean step and unit. */
    private static Axis axis(String fileName, Group group, int index, int size) throws DataFormatException {
        Dataset dim = Hdf5Support.dataset(group, "dim" + index);
        if (dim == null || size < 2) {
            return null;
        }
        int[] shape = dim.getDimensions();
        if (shape.length != 1 || shape[0] != size) {
            return null;
        }
        float[] v = Hdf5Support.toFloat(fileName, dim.getDataFlat(), 0, 1, size);
        // mean step over the whole vector: more precise than v[1] − v[0] for float32 vectors
        double step = ((double) v[size - 1] - v[0]) / (size - 1);
        if (!(step > 0)) {
            return null;
        }
        String stored = Hdf5Support.text(dim, "units");
        stored = stored == null ? "" : stored;
        return new Axis(v[0], step, normaliseUnit(stored), stored);
    }

    /** {@code n_m} → {@code nm}, {@code [1/n_m]} → {@code 1/nm}. */
    static String normaliseUnit(String stored) {
        String u = stored.trim();
        if (u.startsWith("[") && u.endsWith("]")) {
            u = u.substring(1, u.length() - 1);
        }
        return u.replace("_", "");
    }

    private static void describe(HdfFile hdf, CalibratedImage.Builder b) {
        Group microscope = Hdf5Support.group(hdf, "microscope");
        if (microscope != null) {
            double volts = Hdf5Support.number(microscope, "high tension");
            if (volts > 0) {
                b.metadata(ImageMetadataKeys.VOLTAGE_KV, ReaderSupport.format(volts / 1000));
            }
            double mag = Hdf5Support.number(microscope, "magnification");
            if (mag > 0) {
                b.metadata(ImageMetadataKeys.MAGNIFICATION, ReaderSupport.format(mag));
            }
            double cameraLength = Hdf5Support.number(microscope, "camera length");
            if (cameraLength > 0) {
                b.metadata(ImageMetadataKeys.CAMERA_LENGTH_M, ReaderSupport.format(cameraLength));
            }
            b.metadata(ImageMetadataKeys.MICROSCOPE, Hdf5Support.text(microscope, "name"));
            for (String key : microscope.getAttributes().keySet()) {
                b.metadata("emd.microscope." + key, Hdf5Support.text(microscope, key));
            }
        }
        Group sample = Hdf5Support.group(hdf, "sample");
        if (sample != null) {
            b.metadata("emd.sample.name", Hdf5Support.text(sample, "sample name"));
        }
        Group user = Hdf5Support.group(hdf, "user");
        if (user != null) {
            b.metadata("emd.user.name", Hdf5Support.text(user, "User name"));
        }
    }
}
