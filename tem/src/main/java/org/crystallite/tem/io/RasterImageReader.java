package org.crystallite.tem.io;

import java.awt.image.BufferedImage;
import java.awt.image.Raster;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import javax.imageio.ImageIO;

import org.crystallite.spectrum.io.DataFormatException;

/**
 * Reads plain raster images (JPEG, PNG, GIF, BMP) with the JDK's ImageIO. These formats carry no
 * spatial calibration, so the image is uncalibrated (1 pixel) with a warning; colour images are
 * converted to grey as (R+G+B)/3, which leaves grey images stored as RGB unchanged.
 */
public final class RasterImageReader implements ImageFileReader {

    @Override
    public String formatName() {
        return "JPEG/PNG/GIF/BMP";
    }

    @Override
    public boolean canRead(String fileName, byte[] head) {
        if (head.length < 4) {
            return false;
        }
        int b0 = head[0] & 0xff;
        int b1 = head[1] & 0xff;
        boolean jpeg = b0 == 0xff && b1 == 0xd8 && (head[2] & 0xff) == 0xff;
        boolean png = b0 == 0x89 && b1 == 'P' && head[2] == 'N' && head[3] == 'G';
        boolean gif = b0 == 'G' && b1 == 'I' && head[2] == 'F' && head[3] == '8';
        boolean bmp = b0 == 'B' && b1 == 'M';
        return jpeg || png || gif || bmp;
    }

    @Override
    public CalibratedImage read(Path file) throws IOException {
        ReaderSupport.checkReadable(file);
        String name = file.getFileName().toString();
        BufferedImage image;
        try (InputStream in = Files.newInputStream(file)) {
            image = ImageIO.read(in);
        } catch (IOException | RuntimeException e) {
            throw new DataFormatException(name + ": image data could not be decoded (" + e.getMessage() + ")", e);
        }
        if (image == null) {
            throw new DataFormatException(name + ": not a JPEG, PNG, GIF or BMP image that ImageIO can decode");
        }
        int width = image.getWidth();
        int height = image.getHeight();
        Raster raster = image.getRaster();
        boolean grey = raster.getNumBands() == 1 && image.getColorModel().getNumComponents() == 1;
        float[] values = new float[width * height];
        PixelType type;
        if (grey) {
            int bits = image.getColorModel().getComponentSize(0);
            type = bits > 8 ? PixelType.UINT16 : PixelType.UINT8;
            raster.getSamples(0, 0, width, height, 0, values);
        } else {
            type = PixelType.RGB24;
            int[] rgb = image.getRGB(0, 0, width, height, null, 0, width);
            for (int i = 0; i < rgb.length; i++) {
                int c = rgb[i];
                values[i] = (((c >> 16) & 0xff) + ((c >> 8) & 0xff) + (c & 0xff)) / 3f;
            }
        }
        CalibratedImage.Builder b = CalibratedImage.builder(name, width, height, values, type)
                .metadata(ImageMetadataKeys.FORMAT, ReaderSupport.extension(name).toUpperCase(java.util.Locale.ROOT))
                .uncalibrated("JPEG/PNG/GIF/BMP files store no pixel size");
        if (type == PixelType.RGB24) {
            b.warning("colour image converted to grey as (R+G+B)/3");
        }
        return b.build();
    }
}
