package org.crystallite.tem.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import ij.ImagePlus;
import ij.io.FileSaver;
import ij.measure.Calibration;
import ij.process.FloatProcessor;
import ij.process.ImageProcessor;
import ij.process.ShortProcessor;

import org.crystallite.spectrum.io.DataFormatException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TiffReaderTest {

    @TempDir
    Path dir;

    private Path save(ImageProcessor ip, double pixelWidth, double pixelHeight, String unit, String name) {
        ImagePlus imp = new ImagePlus(name, ip);
        Calibration cal = new Calibration();
        cal.pixelWidth = pixelWidth;
        cal.pixelHeight = pixelHeight;
        cal.setUnit(unit);
        imp.setCalibration(cal);
        Path file = dir.resolve(name);
        assertTrue(new FileSaver(imp).saveAsTiff(file.toString()), "ImageJ could not write " + file);
        return file;
    }

    @Test
    void sixteenBitNonSquareKeepsImageJCalibrationPerAxis() throws Exception {
        SyntheticPixels px = new SyntheticPixels(PixelType.UINT16, 7 * 5, 12);
        short[] raw = new short[px.real.length];
        for (int i = 0; i < raw.length; i++) {
            raw[i] = (short) (int) px.real[i];
        }
        Path file = save(new ShortProcessor(7, 5, raw, null), 0.25, 0.5, "nm", "ramp.tif");

        CalibratedImage img = ImageReaders.read(file);

        assertEquals(7, img.width());
        assertEquals(5, img.height());
        assertEquals(PixelType.UINT16, img.originalType());
        assertArrayEquals(px.real, img.pixels());
        assertEquals(0.25, img.pixelSizeNmX(), 1e-12);
        assertEquals(0.5, img.pixelSizeNmY(), 1e-12);
        assertEquals("TIFF", img.metadata().get(ImageMetadataKeys.FORMAT));
    }

    @Test
    void floatTiffInMicronsConvertsToNanometres() throws Exception {
        SyntheticPixels px = new SyntheticPixels(PixelType.FLOAT32, 6 * 9, 13);
        Path file = save(new FloatProcessor(6, 9, px.real.clone()), 0.002, 0.002, "micron", "f.tif");

        CalibratedImage img = new TiffReader().read(file);

        assertEquals(PixelType.FLOAT32, img.originalType());
        assertArrayEquals(px.real, img.pixels());
        assertEquals(2.0, img.pixelSizeNmX(), 1e-9);
    }

    @Test
    void truncatedTiffIsADataFormatException() throws Exception {
        Path whole = save(new FloatProcessor(64, 64), 1, 1, "nm", "whole.tif");
        byte[] bytes = Files.readAllBytes(whole);
        Path cut = dir.resolve("cut.tif");
        Files.write(cut, Arrays.copyOf(bytes, 6));
        DataFormatException e = assertThrows(DataFormatException.class, () -> new TiffReader().read(cut));
        assertTrue(e.getMessage().startsWith("cut.tif"), e.getMessage());
    }

    @Test
    void imageJAdapterRoundTripKeepsCalibrationAndOrigin() throws Exception {
        float[] values = {1, 2, 3, 4, 5, 6};
        CalibratedImage img = CalibratedImage.builder("a.dm3", 3, 2, values, PixelType.FLOAT32)
                .pixelSize(0.2, 0.4, "nm", "nm").origin(-0.6, 0).build();

        ImagePlus imp = ImageJAdapter.toImagePlus(img);

        assertEquals(3, imp.getWidth());
        assertEquals(2, imp.getHeight());
        assertEquals(0.2, imp.getCalibration().pixelWidth, 0);
        assertEquals(0.4, imp.getCalibration().pixelHeight, 0);
        assertEquals("nm", imp.getCalibration().getXUnit());
        assertEquals(3.0, imp.getCalibration().xOrigin, 1e-12);
        assertEquals(6f, imp.getProcessor().getf(2, 1));
        CalibratedImage back = ImageJAdapter.fromImagePlus(imp, "a.dm3", PixelType.FLOAT32);
        assertArrayEquals(values, back.pixels());
        assertEquals(-0.6, back.originX(), 1e-12);
        assertEquals(0.4, back.pixelSizeNmY(), 1e-12);
    }
}
