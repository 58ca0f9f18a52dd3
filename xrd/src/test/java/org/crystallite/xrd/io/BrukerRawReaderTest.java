package org.crystallite.xrd.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.crystallite.spectrum.MetadataKeys;
import org.crystallite.spectrum.Spectrum;
import org.crystallite.spectrum.io.DataFormatException;
import org.crystallite.spectrum.testing.ValidationData;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BrukerRawReaderTest {

    @TempDir
    Path tmp;

    // Reference values from an independent Python struct.unpack of the files (header @712, range
    // header 304 bytes + supplementary size @+256, float32 counts), not from this reader.

    @Test
    @Tag("validation")
    void lab6Version3() throws IOException {
        List<Spectrum> s = BrukerRawReader.read(ValidationData.file("xrd", "LaB6_Jan2018.raw"));
        assertEquals(1, s.size());
        Spectrum p = s.get(0);
        assertEquals(3040, p.size());
        assertEquals(10.0, p.x(0), 1e-12);
        assertEquals(0.0197448, p.x(1) - p.x(0), 1e-9);
        assertEquals(70.0044472, p.x(3039), 1e-6);
        assertEquals(7393, p.y(0), 0);
        assertEquals(7478, p.y(1), 0);
        assertEquals(1110, p.y(3039), 0);
        assertEquals(1.5406, p.metadataNumber(MetadataKeys.WAVELENGTH_ANGSTROM).orElseThrow(), 0);
        assertEquals(1.54439, p.metadataNumber(MetadataKeys.WAVELENGTH2_ANGSTROM).orElseThrow(), 0);
        assertEquals(0.5, p.metadataNumber(MetadataKeys.WAVELENGTH_RATIO).orElseThrow(), 0);
        assertEquals(95.0, p.metadataNumber(MetadataKeys.DWELL_S).orElseThrow(), 0);
        assertEquals("Bruker RAW v3", p.metadata("format").orElseThrow());
    }

    @Test
    @Tag("validation")
    void cu3AuVersion3() throws IOException {
        Spectrum p = BrukerRawReader.read(ValidationData.file("xrd", "Cu3Au-1.raw")).get(0);
        assertEquals(3901, p.size());
        assertEquals(22.0, p.x(0), 1e-12);
        assertEquals(100.0, p.x(3900), 1e-9);
        assertEquals(48, p.y(0), 0);
        assertEquals(24, p.y(1), 0);
        assertEquals(11, p.y(3900), 0);
        assertEquals("Cu3Au-1", p.metadata(MetadataKeys.SAMPLE).orElseThrow());
    }

    @Test
    @Tag("validation")
    void truncatedCopiesGiveTheByteOffset() throws IOException {
        byte[] raw = Files.readAllBytes(ValidationData.file("xrd", "LaB6_Jan2018.raw"));
        Path first500 = tmp.resolve("first500.raw");
        Files.write(first500, Arrays.copyOf(raw, 500));
        DataFormatException e = assertThrows(DataFormatException.class, () -> BrukerRawReader.read(first500));
        assertTrue(e.getMessage().startsWith("first500.raw, byte offset "), e.getMessage());
        assertTrue(e.getMessage().contains("truncated"), e.getMessage());

        Path noData = tmp.resolve("nodata.raw");
        Files.write(noData, Arrays.copyOf(raw, 712 + 304 + 40 + 400));
        DataFormatException e2 = assertThrows(DataFormatException.class, () -> BrukerRawReader.read(noData));
        assertTrue(e2.getMessage().startsWith("nodata.raw, byte offset 1056: expected range 1 counts"), e2.getMessage());

        Path magic = tmp.resolve("magic.raw");
        byte[] bad = raw.clone();
        bad[3] = 'X';
        Files.write(magic, bad);
        DataFormatException e3 = assertThrows(DataFormatException.class, () -> BrukerRawReader.read(magic));
        assertTrue(e3.getMessage().startsWith("magic.raw, byte offset 0: not a Bruker RAW file"), e3.getMessage());
    }

    // Synthetic files written field by field from the documented layouts (see BrukerRawReader).

    @Test
    void version1TwoRangesSecondUntagged() throws IOException {
        ByteBuffer b = le(2 * 156 + 4 * 5);
        b.put("RAW ".getBytes(StandardCharsets.US_ASCII));
        b.putInt(4, 3).putFloat(8, 1.5f).putFloat(12, 0.05f).putFloat(24, 20f);
        putAscii(b, 40, "quartz");
        b.putFloat(72, 1.5406f).putFloat(76, 1.54439f).putInt(152, 1);
        b.putFloat(156, 1).putFloat(160, 2).putFloat(164, 3);
        int r2 = 168; // no "RAW " tag: fields start 4 bytes earlier than in the first range
        b.putInt(r2, 2).putFloat(r2 + 4, 2f).putFloat(r2 + 8, 0.1f).putFloat(r2 + 20, 40f).putInt(r2 + 148, 0);
        b.putFloat(r2 + 152, 7).putFloat(r2 + 156, 8);
        List<Spectrum> s = BrukerRawReader.parse("v1.raw", b.array());
        assertEquals(2, s.size());
        assertEquals(3, s.get(0).size());
        assertEquals(20.1, s.get(0).x(2), 1e-6);
        assertEquals(3, s.get(0).y(2), 0);
        assertEquals("quartz", s.get(0).metadata(MetadataKeys.SAMPLE).orElseThrow());
        assertEquals(0.5, s.get(0).metadataNumber(MetadataKeys.WAVELENGTH_RATIO).orElseThrow(), 0);
        assertEquals(40.1, s.get(1).x(1), 1e-6);
        assertEquals(8, s.get(1).y(1), 0);
        assertEquals("range 2", s.get(1).metadata(MetadataKeys.BLOCK).orElseThrow());
    }

    @Test
    void version2TwoRanges() throws IOException {
        ByteBuffer b = le(256 + 2 * (48 + 8));
        b.put("RAW2".getBytes(StandardCharsets.US_ASCII));
        b.putShort(4, (short) 2);
        b.putFloat(190, 1.78897f).putFloat(194, 1.79285f).putFloat(198, 0.5f).putFloat(206, 1.62079f);
        for (int r = 0; r < 2; r++) {
            int p = 256 + r * 56;
            b.putShort(p, (short) 48).putShort(p + 2, (short) 2).putFloat(p + 8, 3f).putFloat(p + 12, 0.02f)
                    .putFloat(p + 16, 10f + 50 * r);
            b.putFloat(p + 48, 100 + r).putFloat(p + 52, 200 + r);
        }
        List<Spectrum> s = BrukerRawReader.parse("v2.raw", b.array());
        assertEquals(2, s.size());
        assertEquals(60.02, s.get(1).x(1), 1e-5);
        assertEquals(201, s.get(1).y(1), 0);
        assertEquals(1.78897, s.get(0).metadataNumber(MetadataKeys.WAVELENGTH_ANGSTROM).orElseThrow(), 1e-6);
        assertEquals(3.0, s.get(0).metadataNumber(MetadataKeys.DWELL_S).orElseThrow(), 0);
    }

    @Test
    void version4SkipsNonTwoThetaScans() throws IOException {
        int hw = 61;                  // hardware segment (type 30, 120 bytes)
        int r1 = hw + 120;            // range 1: coupled scan, 8 extra header bytes, 3 points
        int r2 = r1 + 160 + 8 + 12;   // range 2: rocking curve, 2 points
        ByteBuffer b = le(r2 + 160 + 8);
        b.put("RAW4.00".getBytes(StandardCharsets.US_ASCII));
        b.putInt(hw, 30).putInt(hw + 4, 120);
        b.putDouble(hw + 72, 1.54184).putDouble(hw + 80, 1.5406).putDouble(hw + 88, 1.54439)
                .putDouble(hw + 96, 1.39222).putDouble(hw + 104, 0.5);
        putAscii(b, hw + 116, "Cu");
        range4(b, r1, "Locked Coupled", 5.0, 0.01, 3, 1000f, 8);
        b.putFloat(r1 + 168, 11).putFloat(r1 + 172, 12).putFloat(r1 + 176, 13);
        range4(b, r2, "Rocking Curve", -1.0, 0.1, 2, 500f, 0);
        List<Spectrum> s = BrukerRawReader.parse("v4.raw", b.array());
        assertEquals(1, s.size(), "the rocking curve is not a 2θ pattern");
        Spectrum p = s.get(0);
        assertEquals(5.02, p.x(2), 1e-12);
        assertEquals(13, p.y(2), 0);
        assertEquals(1.0, p.metadataNumber(MetadataKeys.DWELL_S).orElseThrow(), 0, "v4 stores ms");
        assertEquals(1.54439, p.metadataNumber(MetadataKeys.WAVELENGTH2_ANGSTROM).orElseThrow(), 0);
        assertEquals("Locked Coupled", p.metadata("scanType").orElseThrow());

        DataFormatException e = assertThrows(DataFormatException.class,
                () -> BrukerRawReader.parse("v4cut.raw", Arrays.copyOf(b.array(), r1 + 170)));
        assertTrue(e.getMessage().startsWith("v4cut.raw, byte offset 349: expected range 1 counts"), e.getMessage());
        assertFalse(e.getMessage().isBlank());
    }

    private static void range4(ByteBuffer b, int p, String type, double start, double step, int steps, float ms,
                               int extra) {
        b.putInt(p, 160).putInt(p + 4, 160);
        putAscii(b, p + 32, type);
        b.putDouble(p + 72, start).putDouble(p + 80, step).putInt(p + 88, steps).putFloat(p + 92, ms);
        b.putInt(p + 136, 4).putInt(p + 140, extra);
    }

    private static ByteBuffer le(int size) {
        return ByteBuffer.allocate(size).order(ByteOrder.LITTLE_ENDIAN);
    }

    private static void putAscii(ByteBuffer b, int offset, String s) {
        byte[] a = s.getBytes(StandardCharsets.US_ASCII);
        for (int i = 0; i < a.length; i++) {
            b.put(offset + i, a[i]);
        }
    }
}
