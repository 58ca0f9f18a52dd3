package org.crystallite.tem.io;

import io.jhdf.HdfFile;
import io.jhdf.api.Dataset;
import io.jhdf.api.Group;
import io.jhdf.api.Node;

import org.crystallite.spectrum.io.DataFormatException;

/**
 * HyperSpy HDF5 ({@code .hspy}, {@code .hdf5}; root attribute {@code file_format = "HyperSpy"}): each
 * signal is a group under {@code /Experiments} with a {@code data} dataset and one group
 * {@code axis-i} per array dimension i (HyperSpy saves its axes in array order), holding
 * {@code scale}, {@code offset}, {@code units}, {@code size} and {@code navigate}. The image is the
 * last two array dimensions (y, x); navigation dimensions in front of them are read at index 0.
 * A missing {@code units} attribute (HyperSpy's "undefined") is kept as an empty unit with a warning,
 * never guessed.
 */
final class HyperSpyReader {

    private HyperSpyReader() {
    }

    static boolean recognises(HdfFile hdf) {
        return "HyperSpy".equals(Hdf5Support.text(hdf, "file_format"))
                || Hdf5Support.group(hdf, "Experiments") != null;
    }

    static CalibratedImage read(String fileName, HdfFile hdf) throws DataFormatException {
        Group experiments = Hdf5Support.group(hdf, "Experiments");
        if (experiments == null) {
            throw new DataFormatException(fileName + ": HyperSpy file has no /Experiments group");
        }
        Group signal = null;
        int signals = 0;
        for (Node n : experiments.getChildren().values()) {
            if (n instanceof Group g && Hdf5Support.dataset(g, "data") != null) {
                signals++;
                if (signal == null) {
                    signal = g;
                }
            }
        }
        if (signal == null) {
            throw new DataFormatException(fileName + ": no signal with a 'data' dataset under /Experiments");
        }
        Dataset data = Hdf5Support.dataset(signal, "data");
        int[] dims = data.getDimensions();
        int rank = dims.length;
        if (rank < 2) {
            throw new DataFormatException(fileName + ": HyperSpy signal " + signal.getName() + " has "
                    + rank + " dimension(s); an image needs 2");
        }
        int height = dims[rank - 2];
        int width = dims[rank - 1];
        PixelType type = Hdf5Support.pixelType(fileName, data);
        float[] pixels = Hdf5Support.toFloat(fileName, data.getDataFlat(), 0, 1, width * height);

        CalibratedImage.Builder b = CalibratedImage.builder(fileName, width, height, pixels, type)
                .metadata(ImageMetadataKeys.FORMAT, "HyperSpy HDF5")
                .metadata("hyperspy.signal", signal.getName())
                .metadata("hyperspy.version", Hdf5Support.text(signal, "package_version"));
        if (signals > 1) {
            b.warning("HyperSpy file holds " + signals + " signals: read " + signal.getName());
        }
        if (rank > 2) {
            b.warning("signal has shape " + java.util.Arrays.toString(dims) + ": only the first image was read");
        }
        Group ay = Hdf5Support.group(signal, "axis-" + (rank - 2));
        Group ax = Hdf5Support.group(signal, "axis-" + (rank - 1));
        double sx = ax == null ? Double.NaN : Hdf5Support.number(ax, "scale");
        double sy = ay == null ? Double.NaN : Hdf5Support.number(ay, "scale");
        if (sx > 0 && sy > 0) {
            String ux = units(ax);
            String uy = units(ay);
            b.pixelSize(sx, sy, ux, uy);
            double ox = Hdf5Support.number(ax, "offset");
            double oy = Hdf5Support.number(ay, "offset");
            b.origin(Double.isNaN(ox) ? 0 : ox, Double.isNaN(oy) ? 0 : oy);
            if (ux.isEmpty() || uy.isEmpty()) {
                b.unitMissing("the HyperSpy axes store a scale (" + ReaderSupport.format(sx) + ") without a unit");
            }
        } else {
            b.uncalibrated("no positive 'scale' on axis-" + (rank - 2) + "/axis-" + (rank - 1));
        }
        describe(signal, b);
        return b.build();
    }

    private static String units(Group axis) {
        String u = Hdf5Support.text(axis, "units");
        return u == null || u.equals("<undefined>") || u.equals("_None_") ? "" : u;
    }

    private static void describe(Group signal, CalibratedImage.Builder b) {
        Group metadata = Hdf5Support.group(signal, "metadata");
        if (metadata == null) {
            return;
        }
        Group instrument = Hdf5Support.group(metadata, "Acquisition_instrument");
        Group tem = instrument == null ? null : Hdf5Support.group(instrument, "TEM");
        if (tem != null) {
            double keV = Hdf5Support.number(tem, "beam_energy");
            if (keV > 0) {
                b.metadata(ImageMetadataKeys.VOLTAGE_KV, ReaderSupport.format(keV));
            }
            double mag = Hdf5Support.number(tem, "magnification");
            if (mag > 0) {
                b.metadata(ImageMetadataKeys.MAGNIFICATION, ReaderSupport.format(mag));
            }
            b.metadata(ImageMetadataKeys.MICROSCOPE, Hdf5Support.text(tem, "microscope"));
            b.metadata("hyperspy.TEM.camera_length", Hdf5Support.text(tem, "camera_length"));
        }
        Group general = Hdf5Support.group(metadata, "General");
        if (general != null) {
            String date = Hdf5Support.text(general, "date");
            String time = Hdf5Support.text(general, "time");
            if (date != null) {
                b.metadata(ImageMetadataKeys.ACQUISITION_TIME, time == null ? date : date + "T" + time);
            }
            b.metadata("hyperspy.title", Hdf5Support.text(general, "title"));
            b.metadata("hyperspy.original_filename", Hdf5Support.text(general, "original_filename"));
        }
    }
}
