package org.crystallite.tem.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import org.crystallite.spectrum.io.DataFormatException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DmReaderTest {

    @TempDir
    Path dir;

    private static DmFileWriter.Image image(int width, int height, PixelType type, SyntheticPixels px, int dataType,
                                            int arrayType, double sx, double sy, String ux, String uy) {
        return new DmFileWriter.Image(width, height, dataType, arrayType, px.encode(ByteOrder.LITTLE_ENDIAN),
                sx, sy, ux, uy, 0, 0, null, null);
    }

    /** A small 8-bit thumbnail, as GMS writes in front of the real image. */
    private static DmFileWriter.Image thumbnail() {
        SyntheticPixels px = new SyntheticPixels(PixelType.UINT8, 4 * 3, 99);
        return image(4, 3, PixelType.UINT8, px, 6, 10, 1, 1, "", "");
    }

    @ParameterizedTest(name = "DM{0} {1}")
    @CsvSource({
        "3, UINT16, 10, 4", "4, UINT16, 10, 4",
        "3, INT16, 1, 2", "4, FLOAT32, 2, 6",
        "3, FLOAT32, 2, 6", "3, INT8, 9, 10",
        "3, UINT8, 6, 10", "4, INT32, 7, 3",
        "3, UINT32, 11, 5", "4, FLOAT64, 12, 7",
        "3, COMPLEX64, 3, 6", "4, COMPLEX128, 13, 7"})
    void readsEveryDataTypeOfOddNonSquareImages(int version, PixelType type, int dataType, int arrayType)
            throws Exception {
        int width = 7;
        int height = 5;
        SyntheticPixels px = new SyntheticPixels(type, width * height, 17 + dataType);
        byte[] file = DmFileWriter.write(version, List.of(thumbnail(),
                image(width, height, type, px, dataType, arrayType, 0.125, 0.25, "nm", "Å")));
        Path path = dir.resolve("synthetic.dm" + version);
        Files.write(path, file);

        CalibratedImage img = new DmReader().read(path);

        assertEquals(width, img.width());
        assertEquals(height, img.height());
        assertEquals(type, img.originalType());
        assertArrayEquals(px.real, img.pixels());
        assertEquals(type.isComplex(), img.isComplex());
        if (type.isComplex()) {
            assertArrayEquals(px.imaginary, img.imaginary().orElseThrow());
        }
        // row-major: pixel (x, y) is sample y·width + x of the file (x fastest)
        assertEquals(px.real[3 * width + 6], img.pixel(6, 3));
        assertEquals(0.125, img.pixelSizeX(), 1e-7);
        assertEquals(0.25, img.pixelSizeY(), 1e-7);
        assertEquals("nm", img.unitX());
        assertEquals("Å", img.unitY());
        assertEquals(0.125, img.pixelSizeNmX(), 1e-7);
        assertEquals(0.025, img.pixelSizeNmY(), 1e-8);
        assertEquals("DM" + version, img.metadata().get(ImageMetadataKeys.FORMAT));
        assertEquals("synthetic.dm" + version, img.sourceFile());
    }

    @Test
    void keepsReciprocalUnitsAndOriginAndMicroscopeInfo() throws Exception {
        SyntheticPixels px = new SyntheticPixels(PixelType.FLOAT32, 9 * 4, 5);
        DmFileWriter.Image diffraction = new DmFileWriter.Image(9, 4, 2, 6, px.encode(ByteOrder.LITTLE_ENDIAN),
                0.5, 0.5, "1/nm", "1/nm", 4.5, 2, 200_000.0, "JEM-2100F");
        byte[] file = DmFileWriter.write(4, List.of(thumbnail(), diffraction));

        CalibratedImage img = new DmReader().read("saed.dm4", file);

        assertEquals("1/nm", img.unitX());
        assertEquals(0.5, img.pixelSizeX(), 0);
        // calibrated coordinate of pixel n is (n − Origin)·Scale
        assertEquals(-2.25, img.originX(), 1e-9);
        assertEquals(-1.0, img.originY(), 1e-9);
        IllegalStateException e = assertThrows(IllegalStateException.class, img::pixelSizeNmX);
        assertTrue(e.getMessage().contains("saed.dm4") && e.getMessage().contains("1/nm"), e.getMessage());
        assertEquals("200", img.metadata().get(ImageMetadataKeys.VOLTAGE_KV));
        assertEquals("JEM-2100F", img.metadata().get(ImageMetadataKeys.MICROSCOPE));
    }

    @Test
    void takesTheLargestImageNotTheThumbnail() throws Exception {
        SyntheticPixels big = new SyntheticPixels(PixelType.UINT16, 6 * 11, 3);
        byte[] file = DmFileWriter.write(3, List.of(image(6, 11, PixelType.UINT16, big, 10, 4, 2, 2, "nm", "nm"),
                thumbnail()));

        CalibratedImage img = new DmReader().read("order.dm3", file);

        assertEquals(6, img.width());
        assertEquals(11, img.height());
        assertArrayEquals(big.real, img.pixels());
    }

    @Test
    void uncalibratedImageIsOnePixelPerPixelWithAWarning() throws Exception {
        SyntheticPixels px = new SyntheticPixels(PixelType.UINT8, 5 * 5, 8);
        byte[] file = DmFileWriter.write(3, List.of(image(5, 5, PixelType.UINT8, px, 6, 10, 1, 1, "", "")));

        CalibratedImage img = new DmReader().read("plain.dm3", file);

        assertEquals("pixel", img.unitX());
        assertTrue(img.warnings().stream().anyMatch(w -> w.startsWith("no calibration")), img.warnings().toString());
        assertThrows(IllegalStateException.class, img::pixelSizeNmX);
    }

    @Test
    void truncatedFileGivesADataFormatExceptionAtEveryCutPoint() {
        SyntheticPixels px = new SyntheticPixels(PixelType.INT16, 7 * 5, 21);
        byte[] file = DmFileWriter.write(3, List.of(thumbnail(),
                image(7, 5, PixelType.INT16, px, 1, 2, 0.2, 0.2, "nm", "nm")));
        // the last 8 bytes are end padding that the reader does not need
        for (int cut = 0; cut < file.length - 8; cut++) {
            byte[] truncated = Arrays.copyOf(file, cut);
            DataFormatException e = assertThrows(DataFormatException.class,
                    () -> new DmReader().read("cut.dm3", truncated), "cut at " + cut);
            assertTrue(e.getMessage().startsWith("cut.dm3"), e.getMessage());
        }
    }

    @Test
    void truncatedFileOnDiskIsNamedAndSaysTruncated() throws Exception {
        SyntheticPixels px = new SyntheticPixels(PixelType.UINT16, 64 * 64, 2);
        byte[] file = DmFileWriter.write(3, List.of(image(64, 64, PixelType.UINT16, px, 10, 4, 1, 1, "nm", "nm")));
        Path path = dir.resolve("half.dm3");
        Files.write(path, Arrays.copyOf(file, file.length / 2));

        DataFormatException e = assertThrows(DataFormatException.class, () -> new DmReader().read(path));

        assertTrue(e.getMessage().startsWith("half.dm3, byte offset "), e.getMessage());
        assertTrue(e.getMessage().contains("truncated"), e.getMessage());
    }

    @Test
    void corruptedBytesNeverEscapeAsRuntimeExceptions() {
        SyntheticPixels px = new SyntheticPixels(PixelType.FLOAT32, 6 * 3, 4);
        byte[] file = DmFileWriter.write(4, List.of(thumbnail(),
                image(6, 3, PixelType.FLOAT32, px, 2, 6, 1, 1, "nm", "nm")));
        Random random = new Random(2024);
        for (int trial = 0; trial < 2000; trial++) {
            byte[] corrupt = file.clone();
            for (int k = 0; k < 3; k++) {
                corrupt[random.nextInt(corrupt.length)] = (byte) random.nextInt(256);
            }
            try {
                new DmReader().read("noise.dm4", corrupt);
            } catch (DataFormatException expected) {
                assertTrue(expected.getMessage().startsWith("noise.dm4"), expected.getMessage());
            } catch (RuntimeException bug) {
                throw new AssertionError("trial " + trial + " escaped as " + bug, bug);
            }
        }
    }

    @Test
    void wrongMagicIsRejectedByName() {
        byte[] notDm = new byte[64];
        notDm[3] = 7;
        DataFormatException e = assertThrows(DataFormatException.class, () -> new DmReader().read("x.dm3", notDm));
        assertTrue(e.getMessage().startsWith("x.dm3") && e.getMessage().contains("not a DM3/DM4 file"), e.getMessage());
    }
}
