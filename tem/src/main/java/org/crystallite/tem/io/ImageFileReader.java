package org.crystallite.tem.io;

import java.io.IOException;
import java.nio.file.Path;

/** Reads one image file format into a {@link CalibratedImage}. */
public interface ImageFileReader {

    /** Human-readable format name used in messages. */
    String formatName();

    /**
     * True when this reader recognises the file from its name and first bytes ({@code head} holds
     * up to {@link ImageReaders#SNIFF_BYTES} bytes, fewer for short files).
     */
    boolean canRead(String fileName, byte[] head);

    /**
     * Reads the file.
     *
     * @throws org.crystallite.spectrum.io.DataFormatException when the content is not the expected
     *         format, is truncated or is inconsistent; the message names the file and the problem
     * @throws IOException when the file cannot be read at all
     */
    CalibratedImage read(Path file) throws IOException;
}
