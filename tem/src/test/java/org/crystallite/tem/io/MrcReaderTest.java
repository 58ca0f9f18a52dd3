package org.crystallite.tem.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteOrder;
import java.util.Arrays;

import org.crystallite.spectrum.io.DataFormatException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MrcReaderTest {

    @ParameterizedTest(name = "mode {1} {0} {2}")
    @CsvSource({
        "INT8, 0, LITTLE_ENDIAN", "INT16, 1, BIG_ENDIAN", "FLOAT32, 2, LITTLE_ENDIAN",
        "COMPLEX64, 4, LITTLE_ENDIAN", "UINT16, 6, BIG_ENDIAN", "FLOAT16, 12, LITTLE_ENDIAN"})
    void readsEveryModeOfAnOddNonSquareImage(PixelType type, int mode, String orderName) throws Exception {
        ByteOrder order = orderName.equals("BIG_ENDIAN") ? ByteOrder.BIG_ENDIAN : ByteOrder.LITTLE_ENDIAN;
        int nx = 9;
        int ny = 4;
        SyntheticPixels px = new SyntheticPixels(type, nx * ny, 31 + mode);
        // cell 13.5 Å over 9 samples = 1.5 Å/px along x, 2.0 Å over 4 = 0.5 Å/px along y
        byte[] file = MrcFileWriter.write(order, nx, ny, 1, mode, 13.5f, 2.0f, 0, px.encode(order), "synthetic");

        CalibratedImage img = new MrcReader().read("s.mrc", file);

        assertEquals(nx, img.width());
        assertEquals(ny, img.height());
        assertEquals(type, img.originalType());
        assertArrayEquals(px.real, img.pixels());
        if (type.isComplex()) {
            assertArrayEquals(px.imaginary, img.imaginary().orElseThrow());
        }
        assertEquals(1.5, img.pixelSizeX(), 1e-12);
        assertEquals(0.5, img.pixelSizeY(), 1e-12);
        assertEquals("Å", img.unitX());
        assertEquals(0.15, img.pixelSizeNmX(), 1e-12);
        assertEquals("synthetic", img.metadata().get("mrc.label.0"));
    }

    @Test
    void skipsTheExtendedHeaderAndWarnsAboutStacks() throws Exception {
        SyntheticPixels px = new SyntheticPixels(PixelType.FLOAT32, 5 * 3 * 2, 8);
        byte[] file = MrcFileWriter.write(ByteOrder.LITTLE_ENDIAN, 5, 3, 2, 2, 5f, 3f, 128,
                px.encode(ByteOrder.LITTLE_ENDIAN), "stack");

        CalibratedImage img = new MrcReader().read("stack.mrc", file);

        assertArrayEquals(Arrays.copyOf(px.real, 15), img.pixels());
        assertTrue(img.warnings().stream().anyMatch(w -> w.contains("2 sections")), img.warnings().toString());
    }

    @Test
    void truncatedDataIsReportedWithTheFileName() {
        SyntheticPixels px = new SyntheticPixels(PixelType.INT16, 8 * 8, 1);
        byte[] file = MrcFileWriter.write(ByteOrder.LITTLE_ENDIAN, 8, 8, 1, 1, 8f, 8f, 0,
                px.encode(ByteOrder.LITTLE_ENDIAN), "");
        for (int cut : new int[] {0, 100, 1023, 1024, file.length - 1}) {
            DataFormatException e = assertThrows(DataFormatException.class,
                    () -> new MrcReader().read("cut.mrc", Arrays.copyOf(file, cut)));
            assertTrue(e.getMessage().startsWith("cut.mrc") && e.getMessage().contains("truncated"), e.getMessage());
        }
    }

    @Test
    void unknownModeIsRejected() {
        byte[] file = MrcFileWriter.write(ByteOrder.LITTLE_ENDIAN, 2, 2, 1, 7, 2f, 2f, 0, new byte[64], "");
        DataFormatException e = assertThrows(DataFormatException.class, () -> new MrcReader().read("m7.mrc", file));
        assertTrue(e.getMessage().contains("m7.mrc") && e.getMessage().contains("mode 7"), e.getMessage());
    }
}
