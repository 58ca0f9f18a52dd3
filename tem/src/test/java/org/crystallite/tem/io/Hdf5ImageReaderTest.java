package org.crystallite.tem.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import io.jhdf.HdfFile;
import io.jhdf.WritableHdfFile;
import io.jhdf.api.WritableGroup;

import org.crystallite.spectrum.io.DataFormatException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Synthetic Velox and Berkeley EMD files written with jhdf and read back (5 rows × 7 columns).
 * A synthetic HyperSpy file is not written: jhdf 0.9.4 writes a group holding both a dataset and a
 * child group with attributes (HyperSpy's data + axis-i layout) that it cannot read back; the two real
 * HyperSpy files in the validation set cover that reader.
 */
class Hdf5ImageReaderTest {

    private static final int ROWS = 5;
    private static final int COLS = 7;

    @TempDir
    Path dir;

    /** value at (x, y) = 10·y + x, so row and column order are both checked. */
    private static float expected(int x, int y) {
        return 10 * y + x;
    }

    private static void assertRamp(CalibratedImage img) {
        assertEquals(COLS, img.width());
        assertEquals(ROWS, img.height());
        for (int y = 0; y < ROWS; y++) {
            for (int x = 0; x < COLS; x++) {
                assertEquals(expected(x, y), img.pixel(x, y), "pixel " + x + "," + y);
            }
        }
    }

    @Test
    void berkeleyEmdDimVectorsGiveTheSteps() throws Exception {
        Path file = dir.resolve("ramp.emd");
        int[][] data = new int[ROWS][COLS];
        for (int y = 0; y < ROWS; y++) {
            for (int x = 0; x < COLS; x++) {
                data[y][x] = (int) expected(x, y);
            }
        }
        float[] dim1 = new float[ROWS];
        float[] dim2 = new float[COLS];
        for (int i = 0; i < ROWS; i++) {
            dim1[i] = 0.5f * i;
        }
        for (int i = 0; i < COLS; i++) {
            dim2[i] = 2f + 0.25f * i;
        }
        try (WritableHdfFile h = HdfFile.write(file)) {
            WritableGroup group = h.putGroup("data").putGroup("scan");
            group.putAttribute("emd_group_type", 1);
            group.putDataset("data", data);
            group.putDataset("dim1", dim1).putAttribute("units", "n_m");
            group.putDataset("dim2", dim2).putAttribute("units", "[n_m]");
        }

        CalibratedImage img = ImageReaders.read(file);

        assertRamp(img);
        assertEquals(PixelType.INT32, img.originalType());
        assertEquals("nm", img.unitX());
        assertEquals(0.25, img.pixelSizeNmX(), 1e-12);
        assertEquals(0.5, img.pixelSizeNmY(), 1e-12);
        assertEquals(2.0, img.originX(), 1e-12);
    }

    @Test
    void veloxJsonMetadataGivesPixelSizeAndFirstFrame() throws Exception {
        Path file = dir.resolve("ramp_velox.emd");
        short[][][] data = new short[ROWS][COLS][2];
        for (int y = 0; y < ROWS; y++) {
            for (int x = 0; x < COLS; x++) {
                data[y][x][0] = (short) expected(x, y);
                data[y][x][1] = -1; // second frame must not leak into the first
            }
        }
        String json = "{\"BinaryResult\":{\"PixelSize\":{\"width\":\"1.5e-10\",\"height\":\"2.5e-10\"},"
                + "\"PixelUnitX\":\"m\",\"PixelUnitY\":\"m\",\"Detector\":\"HAADF\"},"
                + "\"Optics\":{\"AccelerationVoltage\":\"200000\"},\"Instrument\":{\"InstrumentModel\":\"Spectra\"}}";
        byte[] utf8 = json.getBytes(StandardCharsets.UTF_8);
        byte[][] metadata = new byte[utf8.length + 20][2];
        for (int i = 0; i < utf8.length; i++) {
            metadata[i][0] = utf8[i];
            metadata[i][1] = utf8[i];
        }
        try (WritableHdfFile h = HdfFile.write(file)) {
            WritableGroup image = h.putGroup("Data").putGroup("Image").putGroup("0123abcd");
            image.putDataset("Data", data);
            image.putDataset("Metadata", metadata);
        }

        CalibratedImage img = ImageReaders.read(file);

        assertRamp(img);
        assertEquals(PixelType.INT16, img.originalType());
        assertEquals(0.15, img.pixelSizeNmX(), 1e-12);
        assertEquals(0.25, img.pixelSizeNmY(), 1e-12);
        assertEquals("200", img.metadata().get(ImageMetadataKeys.VOLTAGE_KV));
        assertEquals("HAADF", img.metadata().get(ImageMetadataKeys.DETECTOR));
        assertTrue(img.warnings().stream().anyMatch(w -> w.contains("2 frames")), img.warnings().toString());
    }

    @Test
    void hdf5WithoutAKnownLayoutIsRejectedByName() throws Exception {
        Path file = dir.resolve("other.h5");
        try (WritableHdfFile h = HdfFile.write(file)) {
            h.putGroup("measurement").putDataset("values", new double[] {1, 2, 3});
        }
        DataFormatException e = assertThrows(DataFormatException.class, () -> ImageReaders.read(file));
        assertTrue(e.getMessage().startsWith("other.h5") && e.getMessage().contains("neither"), e.getMessage());
    }

    @Test
    void truncatedHdf5IsADataFormatException() throws Exception {
        Path whole = dir.resolve("whole.hspy");
        try (WritableHdfFile h = HdfFile.write(whole)) {
            h.putGroup("Experiments").putGroup("s").putDataset("data", new float[40][40]);
        }
        byte[] bytes = Files.readAllBytes(whole);
        for (int cut : new int[] {16, 200, bytes.length / 2}) {
            Path file = dir.resolve("cut" + cut + ".hspy");
            Files.write(file, Arrays.copyOf(bytes, cut));
            DataFormatException e = assertThrows(DataFormatException.class, () -> ImageReaders.read(file), "cut " + cut);
            assertTrue(e.getMessage().startsWith(file.getFileName().toString()), e.getMessage());
        }
    }
}
