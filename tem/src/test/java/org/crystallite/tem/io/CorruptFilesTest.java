package org.crystallite.tem.io;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteOrder;
import java.util.Random;

import org.crystallite.spectrum.io.DataFormatException;
import org.junit.jupiter.api.Test;

/**
 * Seeded random corruption of synthetic SER and MRC files: every outcome must be either an image or a
 * {@link DataFormatException} naming the file, never an unchecked exception.
 */
class CorruptFilesTest {

    private interface Read {
        void apply(byte[] bytes) throws DataFormatException;
    }

    private static void fuzz(byte[] file, String name, int headerBytes, Read read) {
        Random random = new Random(77);
        for (int trial = 0; trial < 1000; trial++) {
            byte[] corrupt = file.clone();
            for (int k = 0; k < 2; k++) {
                // mostly header bytes, where the structure lives
                int at = random.nextInt(4) == 0 ? random.nextInt(corrupt.length) : random.nextInt(headerBytes);
                corrupt[at] = (byte) random.nextInt(256);
            }
            try {
                read.apply(corrupt);
            } catch (DataFormatException expected) {
                assertTrue(expected.getMessage().startsWith(name), expected.getMessage());
            } catch (RuntimeException bug) {
                throw new AssertionError("trial " + trial + " escaped as " + bug, bug);
            }
        }
    }

    @Test
    void corruptSer() {
        SyntheticPixels px = new SyntheticPixels(PixelType.INT32, 6 * 5, 3);
        byte[] file = SerFileWriter.write(0x0210, 6, 5, 6, px.encode(ByteOrder.LITTLE_ENDIAN), 1e-10, 2e-10);
        fuzz(file, "fuzz_1.ser", 140, bytes -> new SerReader().readSerOnly("fuzz_1.ser", bytes));
    }

    @Test
    void corruptMrc() {
        SyntheticPixels px = new SyntheticPixels(PixelType.INT16, 6 * 5, 3);
        byte[] file = MrcFileWriter.write(ByteOrder.LITTLE_ENDIAN, 6, 5, 1, 1, 6f, 5f, 0,
                px.encode(ByteOrder.LITTLE_ENDIAN), "fuzz");
        fuzz(file, "fuzz.mrc", 240, bytes -> new MrcReader().read("fuzz.mrc", bytes));
    }
}
