package org.crystallite.tem.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import org.crystallite.spectrum.io.DataFormatException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SerReaderTest {

    @TempDir
    Path dir;

    private static final String EMI_XML = "<ObjectInfo><ExperimentalConditions><MicroscopeConditions>"
            + "<AcceleratingVoltage>300000.0</AcceleratingVoltage></MicroscopeConditions></ExperimentalConditions>"
            + "<ExperimentalDescription><Root><Data><Label>Microscope</Label><Value>Tecnai F30</Value><Unit></Unit>"
            + "</Data><Data><Label>Magnification</Label><Value>620000</Value><Unit>x</Unit></Data></Root>"
            + "</ExperimentalDescription><AcquireDate>Mon Jan 02 10:00:00 2012</AcquireDate></ObjectInfo>";

    private static byte[] emi() {
        byte[] xml = EMI_XML.getBytes(StandardCharsets.ISO_8859_1);
        byte[] out = new byte[xml.length + 200];
        Arrays.fill(out, (byte) 7);
        System.arraycopy(xml, 0, out, 100, xml.length);
        return out;
    }

    @ParameterizedTest(name = "version {0} {1}")
    @CsvSource({"0x0210, UINT16, 2", "0x0220, INT16, 5", "0x0210, FLOAT32, 7", "0x0220, UINT8, 1",
        "0x0210, INT32, 6", "0x0220, FLOAT64, 8", "0x0210, COMPLEX64, 9"})
    void readsOddNonSquareImagesTopRowFirst(String versionHex, PixelType type, int serCode) throws Exception {
        int version = Integer.decode(versionHex);
        int width = 5;
        int height = 3;
        SyntheticPixels px = new SyntheticPixels(type, width * height, serCode);
        byte[] stored = SerFileWriter.flipRows(px.encode(ByteOrder.LITTLE_ENDIAN), width, height, type.bytesPerPixel());
        Files.write(dir.resolve("scan_1.ser"), SerFileWriter.write(version, width, height, serCode, stored, 2e-11, 3e-11));
        Files.write(dir.resolve("scan.emi"), emi());

        CalibratedImage img = new SerReader().read(dir.resolve("scan_1.ser"));

        assertEquals(width, img.width());
        assertEquals(height, img.height());
        assertEquals(type, img.originalType());
        assertArrayEquals(px.real, img.pixels());
        if (type.isComplex()) {
            assertArrayEquals(px.imaginary, img.imaginary().orElseThrow());
        }
        assertEquals(2e-11, img.pixelSizeX(), 0);
        assertEquals(3e-11, img.pixelSizeY(), 0);
        assertEquals("m", img.unitX());
        assertEquals(0.02, img.pixelSizeNmX(), 1e-15);
        assertEquals(0.03, img.pixelSizeNmY(), 1e-15);
        assertEquals("Tecnai F30", img.metadata().get(ImageMetadataKeys.MICROSCOPE));
        assertEquals("300", img.metadata().get(ImageMetadataKeys.VOLTAGE_KV));
        assertEquals("620000", img.metadata().get(ImageMetadataKeys.MAGNIFICATION));
    }

    @Test
    void missingEmiIsAClearErrorNamingBothFiles() throws Exception {
        SyntheticPixels px = new SyntheticPixels(PixelType.UINT16, 4 * 4, 1);
        Path ser = dir.resolve("lonely_1.ser");
        Files.write(ser, SerFileWriter.write(0x0210, 4, 4, 2, px.encode(ByteOrder.LITTLE_ENDIAN), 1e-10, 1e-10));

        DataFormatException e = assertThrows(DataFormatException.class, () -> new SerReader().read(ser));

        assertTrue(e.getMessage().startsWith("lonely_1.ser") && e.getMessage().contains("lonely.emi")
                && e.getMessage().contains("missing"), e.getMessage());
    }

    @Test
    void withoutEmiReadsThePixelsAndWarns() throws Exception {
        SyntheticPixels px = new SyntheticPixels(PixelType.UINT16, 4 * 4, 1);
        Path ser = dir.resolve("lonely_1.ser");
        Files.write(ser, SerFileWriter.write(0x0210, 4, 4, 2, px.encode(ByteOrder.LITTLE_ENDIAN), 1e-10, 1e-10));

        CalibratedImage img = SerReader.withoutEmi().read(ser);

        assertEquals(0.1, img.pixelSizeNmX(), 1e-12);
        assertTrue(img.warnings().stream().anyMatch(w -> w.contains("lonely.emi")), img.warnings().toString());
    }

    @Test
    void truncatedSerGivesADataFormatExceptionAtEveryCutPoint() {
        SyntheticPixels px = new SyntheticPixels(PixelType.INT16, 3 * 2, 4);
        byte[] file = SerFileWriter.write(0x0220, 3, 2, 5, px.encode(ByteOrder.LITTLE_ENDIAN), 1e-10, 1e-10);
        int imageEnd = file.length - 16; // the trailing tag is not needed for the image
        for (int cut = 0; cut < imageEnd; cut++) {
            byte[] truncated = Arrays.copyOf(file, cut);
            DataFormatException e = assertThrows(DataFormatException.class,
                    () -> new SerReader().readSerOnly("cut_1.ser", truncated), "cut at " + cut);
            assertTrue(e.getMessage().startsWith("cut_1.ser"), e.getMessage());
        }
    }

    @Test
    void wrongMagicIsRejected() {
        byte[] notSer = "II*\0 this is a TIFF header, not a SER header".getBytes(StandardCharsets.ISO_8859_1);
        DataFormatException e = assertThrows(DataFormatException.class,
                () -> new SerReader().readSerOnly("fake_1.ser", notSer));
        assertTrue(e.getMessage().startsWith("fake_1.ser") && e.getMessage().contains("not a SER file"), e.getMessage());
    }

    @Test
    void emiNameDropsTheSeriesNumber() {
        assertEquals("16_STOimage.emi", SerReader.emiFileFor(Path.of("16_STOimage_1.ser")).toString());
        assertEquals("plain.emi", SerReader.emiFileFor(Path.of("plain.ser")).toString());
    }
}
