package org.crystallite.xrd.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.crystallite.spectrum.AxisQuantity;
import org.crystallite.spectrum.MetadataKeys;
import org.crystallite.spectrum.Spectrum;
import org.crystallite.spectrum.io.DataFormatException;
import org.crystallite.spectrum.testing.ValidationData;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GsasRawReaderTest {

    @TempDir
    Path tmp;

    // Reference values below were read from the files by eye (head/tail) and with an independent
    // Python script (fixed-width slicing), not from this reader.

    @Test
    @Tag("validation")
    void nist660StdFile() throws IOException {
        List<Spectrum> s = GsasRawReader.read(ValidationData.file("xrd", "NIST660CBI.gsas"));
        assertEquals(1, s.size());
        Spectrum p = s.get(0);
        assertEquals(8378, p.size());
        assertEquals(15.0066, p.x(0), 1e-9);
        assertEquals(124.9991231, p.x(p.size() - 1), 1e-9);
        assertEquals(2364, p.y(0), 0);
        assertEquals(2382, p.y(1), 0);
        assertEquals(370, p.y(p.size() - 1), 0);
        assertEquals(AxisQuantity.TWO_THETA, p.xQuantity());
        assertEquals(AxisQuantity.INTENSITY, p.yQuantity());
        assertFalse(p.hasSigma(), "STD with one counter per field: plain counts");
        assertEquals("NIST660CBI.gsas", p.source().orElseThrow());
        assertEquals("BANK 1", p.metadata(MetadataKeys.BLOCK).orElseThrow());
        assertTrue(p.metadata(MetadataKeys.WAVELENGTH_ANGSTROM).isEmpty(), "no .prm next to the file: no wavelength");
        assertEquals("read", p.provenance().get(0).operation());
    }

    @Test
    @Tag("validation")
    void fluorapatiteWithInstrumentFile() throws IOException {
        Path xra = ValidationData.file("xrd", "FAP.XRA");
        Path prm = ValidationData.file("xrd", "INST_XRY.PRM");
        Spectrum p = GsasRawReader.read(xra, Optional.of(prm)).get(0);
        assertEquals(5753, p.size());
        assertEquals(15.0, p.x(0), 1e-12);
        assertEquals(130.04, p.x(p.size() - 1), 1e-9);
        assertEquals(609, p.y(0), 0);
        assertEquals(84, p.y(5750), 0);
        assertEquals(0, p.y(5752), 0);
        assertEquals(1.5405, p.metadataNumber(MetadataKeys.WAVELENGTH_ANGSTROM).orElseThrow(), 0);
        assertEquals(1.5443, p.metadataNumber(MetadataKeys.WAVELENGTH2_ANGSTROM).orElseThrow(), 0);
        assertEquals(0.5, p.metadataNumber(MetadataKeys.WAVELENGTH_RATIO).orElseThrow(), 0);
        assertTrue(p.metadata("titleRadiationNote").orElseThrow().contains("DOUBLE"));
        assertEquals("INST_XRY.PRM", p.provenance().get(0).parameters().get("instrumentParameters"));
    }

    @Test
    @Tag("validation")
    void zippedSynchrotronFxyeFindsItsPrm() throws IOException {
        Spectrum p = GsasRawReader.read(ValidationData.file("xrd", "11bmb_3844.fxye.zip")).get(0);
        assertEquals(132992, p.size());
        assertEquals(0.4995, p.x(0), 1e-12);
        assertEquals(66.995, p.x(p.size() - 1), 1e-12);
        assertEquals(13.0092, p.y(0), 0);
        assertEquals(3.21317, p.y(p.size() - 1), 0);
        assertEquals(1.29518, p.sigma().orElseThrow()[0], 0);
        assertEquals(1.75686, p.sigma().orElseThrow()[p.size() - 1], 0);
        assertEquals(0.413128, p.metadataNumber(MetadataKeys.WAVELENGTH_ANGSTROM).orElseThrow(), 0);
        assertTrue(p.metadata(MetadataKeys.WAVELENGTH2_ANGSTROM).isEmpty(), "11-BM is monochromatic");
        assertEquals("GSAS raw FXYE", p.metadata("format").orElseThrow());

        Spectrum j = GsasRawReader.read(ValidationData.file("xrd", "11bmb_6231.fxye.zip")).get(0);
        assertEquals(49497, j.size());
        assertEquals(0.5, j.x(0), 1e-12);
        assertEquals(49.996, j.x(j.size() - 1), 1e-12);
        assertEquals(387.774303, j.y(0), 0);
        assertEquals(82.194347, j.y(j.size() - 1), 0);
        assertEquals(0.413529, j.metadataNumber(MetadataKeys.WAVELENGTH_ANGSTROM).orElseThrow(), 0);
    }

    @Test
    void prmParsing() throws IOException {
        Path prm = tmp.resolve("lab.prm");
        Files.writeString(prm, String.join("\n",
                "            123456789012345678901234567890123456789012345678901234567890",
                "INS   BANK      2",
                "INS  1 ICONS  1.540500  1.544300       0.0         0       0.7    0       0.5   ",
                "INS  2 ICONS 0.4131280    0.0000    0.0000               0.990    0     0.500   ",
                "INS  2PRCF1     3   19   0.00100                                                ",
                "INS  2PRCF11       1.163000      -0.126000       0.063000   0.000000E+00        ",
                "INS  2PRCF12       0.173000       0.000000       0.001100       0.002200        ",
                "INS  2PRCF13   0.000000E+00   0.000000E+00   0.000000E+00   0.000000E+00        "));
        GsasInstrumentParameters p = GsasInstrumentParameters.read(prm);
        assertEquals(1.5405, p.banks().get(1).lambda1Angstrom(), 0);
        assertEquals(1.5443, p.banks().get(1).lambda2Angstrom(), 0);
        assertEquals(0.7, p.banks().get(1).polarization(), 0);
        assertEquals(0.5, p.banks().get(1).kAlpha2Ratio(), 0);
        assertTrue(p.radiation(1).orElseThrow().isDoublet());
        assertFalse(p.radiation(2).orElseThrow().isDoublet());
        assertEquals(0.990, p.banks().get(2).polarization(), 0);
        assertTrue(p.radiation(3).isEmpty());
        GsasInstrumentParameters.ProfileCoefficients prcf = p.profile(2).orElseThrow();
        assertEquals(3, prcf.type());
        assertEquals(12, prcf.terms().size());
        assertEquals(0.0011, prcf.sOverL().orElseThrow(), 0);
        assertEquals(0.0022, prcf.hOverL().orElseThrow(), 0);
        assertTrue(p.profile(1).isEmpty());

        Path none = tmp.resolve("none.prm");
        Files.writeString(none, "INS   BANK      1\n");
        DataFormatException e = assertThrows(DataFormatException.class, () -> GsasInstrumentParameters.read(none));
        assertTrue(e.getMessage().contains("none.prm"), e.getMessage());
    }

    @Test
    void instrumentFileNamedOnTheSecondLine() throws IOException {
        Files.writeString(tmp.resolve("lab.prm"),
                "INS  1 ICONS  1.540500  1.544300       0.0         0       0.7    0       0.5   \n");
        Path data = tmp.resolve("scan.gsas");
        Files.writeString(data, "title\nInstrument parameter file:lab.prm\nBANK 1 2 1 CONST 1000 2 0 0 STD\n"
                + "     100     200\n");
        Spectrum s = GsasRawReader.read(data).get(0);
        assertEquals(1.5443, s.metadataNumber(MetadataKeys.WAVELENGTH2_ANGSTROM).orElseThrow(), 0);
        assertEquals("lab.prm", s.provenance().get(0).parameters().get("instrumentParameters"));
        assertEquals(10.02, s.x(1), 1e-12);
    }

    @Test
    void esdAltAndMultiCounterStdRecords() throws IOException {
        // ESD: five (F8 y, F8 esd) pairs per 80-character record; x from CONST 1000 + i·5 centidegrees.
        String esd = "title\nBANK 1 7 2 CONST 1000 5 0 0 ESD\n"
                + f8(100) + f8(10) + f8(121) + f8(11) + f8(144) + f8(12) + f8(0) + f8(0) + f8(169) + f8(13) + "\n"
                + f8(196) + f8(14) + f8(225) + f8(15) + "\n";
        Spectrum e = GsasRawReader.parse("e.esd", "e.esd", lines(esd), null).get(0);
        assertEquals(6, e.size(), "the esd = 0 point is dropped");
        assertEquals(10.0, e.x(0), 1e-12);
        assertEquals(10.20, e.x(3), 1e-12, "x of the fifth point: the dropped fourth one leaves a gap");
        assertEquals(13, e.sigma().orElseThrow()[3], 0);
        assertEquals(1, e.provenance().get(0).parameters().get("droppedZeroEsdPoints"));

        // ALT: 20-character groups (x·32 F8, y F7, esd F5; y and esd in thousandths).
        String alt = "title\nBANK 1 3 1 CONST 0 0 0 0 ALT\n"
                + String.format("%8d%7d%5d%8d%7d%5d%8d%7d%5d%n", 32000, 12500, 350, 32064, 13000, 361, 32128, 0, 0);
        Spectrum a = GsasRawReader.parse("a.alt", "a.alt", lines(alt), null).get(0);
        assertEquals(2, a.size());
        assertEquals(10.0, a.x(0), 1e-12);
        assertEquals(10.02, a.x(1), 1e-12);
        assertEquals(12.5, a.y(0), 1e-12);
        assertEquals(0.361, a.sigma().orElseThrow()[1], 1e-12);

        // STD with two counters on one field: σ = √(y/n).
        String std = "title\nBANK 1 3 1 CONST 500 2 0 0 STD\n" + " 2   400" + "     900" + "     100\n";
        Spectrum s = GsasRawReader.parse("s.gsas", "s.gsas", lines(std), null).get(0);
        assertEquals(3, s.size());
        assertEquals(Math.sqrt(200), s.sigma().orElseThrow()[0], 1e-12);
        assertEquals(30, s.sigma().orElseThrow()[1], 1e-12);
        assertEquals(5.04, s.x(2), 1e-12);
    }

    @Test
    void ralfFxyeIsTimeOfFlightNotTwoTheta() throws IOException {
        String ralf = "PEARL Si\nBANK  1  2  2 RALF    48008   64    64331 0.0010 FXYE\n"
                + "     1500.247192         23.55114746        0.3757147491\n"
                + "     1502.247437         22.82582855        0.3674654961\n";
        Spectrum t = GsasRawReader.parse("r.gss", "r.gss", lines(ralf), null).get(0);
        assertEquals(AxisQuantity.ARBITRARY, t.xQuantity());
        assertEquals("time-of-flight (µs)", t.metadata("xAxis").orElseThrow());
        assertEquals(1500.247192, t.x(0), 1e-9);
        String ralfStd = "t\nBANK 1 2 1 RALF 48008 64 64331 0.001 STD\n     100     200\n";
        DataFormatException e = assertThrows(DataFormatException.class,
                () -> GsasRawReader.parse("r2.gss", "r2.gss", lines(ralfStd), null));
        assertTrue(e.getMessage().startsWith("r2.gss, line 2"), e.getMessage());
    }

    @Test
    @Tag("validation")
    void truncatedAndMalformedCopiesNameTheFile() throws IOException {
        List<String> original = Files.readAllLines(ValidationData.file("xrd", "NIST660CBI.gsas"), StandardCharsets.ISO_8859_1);

        Path cutBank = tmp.resolve("cut-bank.gsas");
        Files.writeString(cutBank, original.get(0) + "\nBANK 1 83");
        DataFormatException e1 = assertThrows(DataFormatException.class, () -> GsasRawReader.read(cutBank));
        assertTrue(e1.getMessage().startsWith("cut-bank.gsas, line 2: BANK record too short"), e1.getMessage());

        Path huge = tmp.resolve("huge.gsas");
        Files.writeString(huge, original.get(0) + "\nBANK 1 2000000000 838 CONST 1500.66 1.31303 0 0 STD\n"
                + String.join("\n", original.subList(2, 10)));
        DataFormatException e0 = assertThrows(DataFormatException.class, () -> GsasRawReader.read(huge));
        assertTrue(e0.getMessage().startsWith("huge.gsas, line 2: BANK declares 2000000000 points"), e0.getMessage());

        Path noBank = tmp.resolve("no-bank.gsas");
        Files.writeString(noBank, original.get(0) + "\n" + String.join("\n", original.subList(2, 50)));
        DataFormatException e2 = assertThrows(DataFormatException.class, () -> GsasRawReader.read(noBank));
        assertTrue(e2.getMessage().startsWith("no-bank.gsas: no BANK record"), e2.getMessage());

        Path shortData = tmp.resolve("short.gsas");
        Files.writeString(shortData, String.join("\n", original.subList(0, 100)));
        DataFormatException e3 = assertThrows(DataFormatException.class, () -> GsasRawReader.read(shortData));
        assertTrue(e3.getMessage().contains("short.gsas") && e3.getMessage().contains("8378 points but the 98 records that follow hold at most 980"),
                e3.getMessage());

        Path garbage = tmp.resolve("garbage.gsas");
        List<String> garbled = new java.util.ArrayList<>(original);
        garbled.set(2, original.get(2).replace("    2382", "    23x2"));
        Files.writeString(garbage, String.join("\n", garbled));
        DataFormatException e4 = assertThrows(DataFormatException.class, () -> GsasRawReader.read(garbage));
        assertTrue(e4.getMessage().startsWith("garbage.gsas, line 3: expected a count"), e4.getMessage());

        Path badZip = tmp.resolve("broken.fxye.zip");
        byte[] zip = Files.readAllBytes(ValidationData.file("xrd", "11bmb_6231.fxye.zip"));
        Files.write(badZip, java.util.Arrays.copyOf(zip, 5000));
        DataFormatException e5 = assertThrows(DataFormatException.class, () -> GsasRawReader.read(badZip));
        assertTrue(e5.getMessage().startsWith("broken.fxye.zip"), e5.getMessage());
    }

    private static String f8(double v) {
        return String.format(java.util.Locale.ROOT, "%8.1f", v);
    }

    private static List<String> lines(String text) {
        return List.of(text.split("\n", -1));
    }
}
