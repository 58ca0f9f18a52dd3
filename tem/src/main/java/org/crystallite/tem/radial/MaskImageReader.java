package org.crystallite.tem.radial;

import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;

import org.crystallite.spectrum.io.DataFormatException;
import org.crystallite.tem.fft.Roi;
import org.crystallite.tem.io.CalibratedImage;
import org.crystallite.tem.io.ImageReaders;

/**
 * Reads a user's pixel mask (beam-stop holder, detector gaps, dead pixels) from an image file that
 * {@link ImageReaders} opens: TIFF, DM3/DM4, MRC, EMD, PNG … .
 *
 * <p>Convention: a pixel whose value is not zero is excluded, zero is kept (as pyFAI and FIT2D
 * masks; {@link PixelMask#nonZero}). An ImageJ binary mask (Edit › Selection › Create Mask: 255
 * inside the selection, 0 outside) therefore excludes the selected area, whatever its lookup table
 * shows; an RGB mask excludes every pixel that is not black. Only the first image of a multi-image
 * file is used.
 *
 * <p>The mask is drawn on the whole pattern, so it has the pattern's width and height; an analysis
 * region is cut out of it like out of the pattern ({@link PixelMask#crop}).
 */
public final class MaskImageReader {

    private MaskImageReader() {
    }

    /**
     * The mask in {@code maskFile} for {@code image}.
     *
     * @param region the part of the image to be analysed, or null for all of it
     * @throws NoSuchFileException naming the mask file when it does not exist
     * @throws DataFormatException naming the mask file when it cannot be read as an image, is not the
     *         size of the image, or excludes every pixel of the image or of the region
     */
    public static PixelMask read(Path maskFile, CalibratedImage image, Roi region) throws IOException {
        String name = maskFile.getFileName().toString();
        CalibratedImage maskImage;
        try {
            maskImage = ImageReaders.read(maskFile);
        } catch (NoSuchFileException e) {
            throw new NoSuchFileException(maskFile.toString(), null, "mask image not found");
        } catch (DataFormatException e) {
            throw new DataFormatException("mask image " + e.getMessage(), e);
        }
        if (maskImage.width() != image.width() || maskImage.height() != image.height()) {
            throw new DataFormatException(String.format(Locale.ROOT,
                    "%s: the mask is %d × %d pixels but the image %s is %d × %d; draw the mask on the whole "
                            + "image (a region of interest is cut out of both)",
                    name, maskImage.width(), maskImage.height(), image.sourceFile(), image.width(), image.height()));
        }
        PixelMask mask = PixelMask.nonZero(maskImage.pixels(), maskImage.width(), maskImage.height());
        if (mask.excludedCount() == image.width() * image.height()) {
            throw new DataFormatException(String.format(Locale.ROOT,
                    "%s: every one of the %d × %d mask pixels is non-zero, so nothing of the image would be "
                            + "analysed (non-zero = excluded, 0 = kept; is the mask inverted?)",
                    name, image.width(), image.height()));
        }
        if (region != null) {
            region.checkInside(image.width(), image.height(), image.sourceFile());
            PixelMask inRegion = mask.crop(region.x(), region.y(), region.width(), region.height());
            if (inRegion.excludedCount() == region.width() * region.height()) {
                throw new DataFormatException(name + ": the mask excludes every pixel of the region "
                        + region.describe() + " (non-zero = excluded, 0 = kept)");
            }
        }
        return mask;
    }
}
