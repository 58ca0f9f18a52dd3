package org.crystallite.tem.io;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.crystallite.spectrum.io.DataFormatException;

/**
 * Opens any supported TEM image file: the content's magic bytes choose the reader, and the extension
 * is only used to say what was expected when the content does not match. Supported: Gatan DM3/DM4,
 * FEI TIA SER (+EMI), MRC, Velox and Berkeley EMD, HyperSpy HDF5, TIFF (via ImageJ), JPEG/PNG/GIF/BMP.
 */
public final class ImageReaders {

    /** Bytes read from the start of a file to recognise its format. */
    public static final int SNIFF_BYTES = 4096;

    private static final Set<String> MRC_EXTENSIONS = Set.of("mrc", "mrcs", "map", "st", "ali", "rec");

    private ImageReaders() {
    }

    /** One instance of every reader, in the order their magic bytes are tested. */
    public static List<ImageFileReader> all() {
        return List.of(new DmReader(), new SerReader(), new MrcReader(), new Hdf5ImageReader(), new TiffReader(),
                new RasterImageReader());
    }

    /**
     * Reads {@code file} with the reader its content calls for.
     *
     * @throws DataFormatException naming the file when it is empty, of an unknown format, not what its
     *         extension says, truncated or malformed
     */
    public static CalibratedImage read(Path file) throws IOException {
        return readerFor(file).read(file);
    }

    /** The reader for {@code file}, chosen from its first bytes (and for MRC without stamp, its extension). */
    public static ImageFileReader readerFor(Path file) throws IOException {
        ReaderSupport.checkReadable(file);
        String name = file.getFileName().toString();
        String extension = ReaderSupport.extension(name);
        byte[] head = ReaderSupport.head(file, SNIFF_BYTES);
        Optional<ImageFileReader> byContent = all().stream().filter(r -> r.canRead(name, head)).findFirst();
        if (byContent.isPresent()) {
            return byContent.get();
        }
        if (MRC_EXTENSIONS.contains(extension)) {
            return new MrcReader(); // pre-2014 MRC files lack the 'MAP ' stamp; the reader checks plausibility
        }
        if (extension.equals("emi")) {
            throw new DataFormatException(name + ": an EMI file holds only TIA metadata; open the .ser file(s) "
                    + "of the same name (e.g. " + name.replaceFirst("(?i)\\.emi$", "_1.ser") + ")");
        }
        String expected = switch (extension) {
            case "dm3", "dm4" -> "a DigitalMicrograph header (version 3 or 4)";
            case "ser" -> "the TIA SER magic 0x4949 0x0197";
            case "emd", "h5", "hdf5", "hspy" -> "the HDF5 signature";
            case "tif", "tiff" -> "a TIFF header (II*\\0 or MM\\0*)";
            case "jpg", "jpeg", "png", "gif", "bmp" -> "a " + extension.toUpperCase(java.util.Locale.ROOT) + " signature";
            default -> null;
        };
        if (expected != null) {
            throw new DataFormatException(name + ", byte offset 0: expected " + expected + " for a ." + extension
                    + " file, found " + hex(head) + " (wrong magic: corrupt or mislabelled file)");
        }
        throw new DataFormatException(name + ": unknown image format (first bytes " + hex(head)
                + "); supported: DM3/DM4, SER+EMI, MRC, Velox/Berkeley EMD, HyperSpy, TIFF, JPEG/PNG/GIF/BMP");
    }

    private static String hex(byte[] head) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < Math.min(8, head.length); i++) {
            s.append(String.format("%02X ", head[i] & 0xff));
        }
        return s.toString().trim();
    }
}
