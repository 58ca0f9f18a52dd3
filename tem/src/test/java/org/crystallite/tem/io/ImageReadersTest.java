package org.crystallite.tem.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.crystallite.spectrum.io.DataFormatException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Dispatch by content and the "bad file" messages of issue 4. */
class ImageReadersTest {

    @TempDir
    Path dir;

    private byte[] dm3() {
        SyntheticPixels px = new SyntheticPixels(PixelType.UINT16, 9 * 6, 40);
        return DmFileWriter.write(3, List.of(new DmFileWriter.Image(9, 6, 10, 4, px.encode(ByteOrder.LITTLE_ENDIAN),
                0.1, 0.1, "nm", "nm", 0, 0, null, null)));
    }

    private static void assertNamedError(String fileName, String fragment, Exception e) {
        assertTrue(e.getMessage().startsWith(fileName), "message must start with the file name: " + e.getMessage());
        assertTrue(e.getMessage().contains(fragment), "message must say '" + fragment + "': " + e.getMessage());
    }

    @Test
    void contentNotExtensionChoosesTheReader() throws Exception {
        Path file = dir.resolve("renamed.bin");
        Files.write(file, dm3());
        assertInstanceOf(DmReader.class, ImageReaders.readerFor(file));
        assertEquals(9, ImageReaders.read(file).width());

        SyntheticPixels px = new SyntheticPixels(PixelType.FLOAT32, 3 * 3, 1);
        Path mrc = dir.resolve("map.dat");
        Files.write(mrc, MrcFileWriter.write(ByteOrder.LITTLE_ENDIAN, 3, 3, 1, 2, 3f, 3f, 0,
                px.encode(ByteOrder.LITTLE_ENDIAN), ""));
        assertInstanceOf(MrcReader.class, ImageReaders.readerFor(mrc));
    }

    @Test
    void truncatedDm3() throws Exception {
        byte[] whole = dm3();
        for (int cut : new int[] {3, 10, 40, whole.length / 2, whole.length - 20}) {
            Path file = dir.resolve("truncated" + cut + ".dm3");
            Files.write(file, Arrays.copyOf(whole, cut));
            Exception e = assertThrows(DataFormatException.class, () -> ImageReaders.read(file), "cut " + cut);
            assertTrue(e.getMessage().startsWith(file.getFileName().toString()), e.getMessage());
        }
        Path half = dir.resolve("half.dm3");
        Files.write(half, Arrays.copyOf(whole, whole.length / 2));
        assertNamedError("half.dm3", "truncated", assertThrows(DataFormatException.class, () -> ImageReaders.read(half)));
    }

    @Test
    void wrongMagic() throws Exception {
        Path dm = dir.resolve("photo.dm3");
        Files.write(dm, "Not a micrograph at all, just text pretending to be one".getBytes(StandardCharsets.US_ASCII));
        assertNamedError("photo.dm3", "wrong magic", assertThrows(DataFormatException.class, () -> ImageReaders.read(dm)));

        Path ser = dir.resolve("scan_1.ser");
        Files.write(ser, new byte[] {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16});
        assertNamedError("scan_1.ser", "wrong magic", assertThrows(DataFormatException.class, () -> ImageReaders.read(ser)));
    }

    @Test
    void serWithoutItsEmi() throws Exception {
        SyntheticPixels px = new SyntheticPixels(PixelType.UINT16, 4 * 4, 2);
        Path ser = dir.resolve("series_1.ser");
        Files.write(ser, SerFileWriter.write(0x0210, 4, 4, 2, px.encode(ByteOrder.LITTLE_ENDIAN), 1e-10, 1e-10));
        assertNamedError("series_1.ser", "series.emi is missing",
                assertThrows(DataFormatException.class, () -> ImageReaders.read(ser)));
    }

    @Test
    void emptyFile() throws Exception {
        Path empty = dir.resolve("empty.dm4");
        Files.write(empty, new byte[0]);
        assertNamedError("empty.dm4", "empty", assertThrows(DataFormatException.class, () -> ImageReaders.read(empty)));
    }

    @Test
    void unknownFormatAndEmiAlone() throws Exception {
        Path odd = dir.resolve("notes.xyz");
        Files.write(odd, "hello".getBytes(StandardCharsets.US_ASCII));
        assertNamedError("notes.xyz", "unknown image format",
                assertThrows(DataFormatException.class, () -> ImageReaders.read(odd)));

        Path emi = dir.resolve("run.emi");
        Files.write(emi, "<ObjectInfo></ObjectInfo>".getBytes(StandardCharsets.US_ASCII));
        assertNamedError("run.emi", "run_1.ser", assertThrows(DataFormatException.class, () -> ImageReaders.read(emi)));
    }

    @Test
    void missingFileIsNoSuchFile() {
        assertThrows(NoSuchFileException.class, () -> ImageReaders.read(dir.resolve("absent.dm3")));
    }
}
