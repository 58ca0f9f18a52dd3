package org.crystallite.plugins.tem;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.crystallite.tem.io.CalibratedImage;
import org.crystallite.tem.io.ImageReaders;

import ij.IJ;
import ij.ImagePlus;
import ij.io.OpenDialog;
import ij.plugin.PlugIn;

/**
 * File › Import › Crystallite…: opens a DM3/DM4, SER (+EMI), EMD, HyperSpy/HDF5, MRC (or TIFF/raster)
 * image through {@link ImageReaders}, with the file's per-axis calibration on the ImagePlus, its
 * metadata in Image › Show Info and the reader's warnings in the Log window.
 *
 * <p>Like ImageJ's own importers the file is chosen with an {@link OpenDialog}, which a macro
 * records and replays as {@code run("Crystallite...", "open=/path/to/file.dm4")}. The plugin
 * argument, when given (e.g. {@code IJ.runPlugIn(ImportCommand.class.getName(), path)}), is the
 * path itself.
 */
public final class ImportCommand implements PlugIn {

    static final String TITLE = "Crystallite Import";

    @Override
    public void run(String arg) {
        String path = arg == null || arg.isBlank() ? choosePath() : arg;
        if (path == null) {
            return; // cancelled
        }
        ImagePlus imp = open(Path.of(path));
        if (imp != null) {
            imp.show();
        }
    }

    private static String choosePath() {
        OpenDialog dialog = new OpenDialog("Open TEM image (Crystallite)");
        return dialog.getPath();
    }

    /** Reads {@code file}; on failure reports the reader's message and returns null. */
    static ImagePlus open(Path file) {
        if (!Files.isRegularFile(file)) {
            IJ.error(TITLE, "File not found: " + file);
            return null;
        }
        try {
            IJ.showStatus("Crystallite: reading " + file.getFileName());
            CalibratedImage image = ImageReaders.read(file);
            for (String warning : image.warnings()) {
                IJ.log("Crystallite: " + file.getFileName() + ": " + warning);
            }
            return CalibratedImagePlus.of(image, file);
        } catch (IOException | IllegalArgumentException | IllegalStateException e) {
            IJ.error(TITLE, e.getMessage() == null ? e.toString() : e.getMessage());
            return null;
        } finally {
            IJ.showStatus("");
        }
    }
}
