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
import org.crystallite.spectrum.ProcessingStep;
import org.crystallite.spectrum.Spectrum;
import org.crystallite.spectrum.io.DataFormatException;
import org.crystallite.spectrum.testing.ValidationData;
import org.crystallite.xrd.radiation.Wavelengths;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class XrdReadersTest {

    @TempDir
    Path tmp;

    @Test
    @Tag("validation")
    void detectsEveryFixtureFromItsContent() throws IOException {
        Object[][] cases = {
            {"LaB6_Jan2018.raw", XrdFormat.BRUKER_RAW, 3040},
            {"Cu3Au-1.raw", XrdFormat.BRUKER_RAW, 3901},
            {"NIST660CBI.gsas", XrdFormat.GSAS_RAW, 8378},
            {"FAP.XRA", XrdFormat.GSAS_RAW, 5753},
            {"11bmb_3844.fxye.zip", XrdFormat.GSAS_RAW, 132992},
            {"11bmb_6231.fxye.zip", XrdFormat.GSAS_RAW, 49497},
            {"empyrean.xrdml", XrdFormat.XRDML, 196},
        };
        for (Object[] c : cases) {
            Path file = ValidationData.file("xrd", (String) c[0]);
            assertEquals(c[1], XrdReaders.detect(file), (String) c[0]);
            List<Spectrum> s = XrdReaders.read(file);
            assertEquals(c[2], s.get(0).size(), (String) c[0]);
            assertEquals(c[0], s.get(0).source().orElseThrow());
        }
    }

    @Test
    @Tag("validation")
    void fileWavelengthsUnlessOverridden() throws IOException {
        Path file = ValidationData.file("xrd", "LaB6_Jan2018.raw");
        Spectrum fromFile = XrdReaders.read(file).get(0);
        assertEquals(1.5406, fromFile.metadataNumber(MetadataKeys.WAVELENGTH_ANGSTROM).orElseThrow(), 0);

        Spectrum mono = XrdReaders.read(file, Optional.of(Wavelengths.parse("CuKa1"))).get(0);
        assertEquals(1.5405929, mono.metadataNumber(MetadataKeys.WAVELENGTH_ANGSTROM).orElseThrow(), 0);
        assertFalse(mono.metadata(MetadataKeys.WAVELENGTH2_ANGSTROM).isPresent(), "file's λ2 removed by the override");
        assertFalse(mono.metadata(MetadataKeys.WAVELENGTH_RATIO).isPresent());
        ProcessingStep last = mono.provenance().get(mono.provenance().size() - 1);
        assertEquals("wavelength", last.operation());
        assertEquals("1.5406 / 1.54439 ratio 0.5", last.parameters().get("replacedFromFile"));
        assertEquals(fromFile.size(), mono.size());
        assertEquals(fromFile.y(100), mono.y(100), 0);

        // FAP.XRA states no wavelength; its GSAS instrument file supplies one through the override.
        Spectrum fap = XrdReaders.read(ValidationData.file("xrd", "FAP.XRA"), Optional.of(
                GsasInstrumentParameters.read(ValidationData.file("xrd", "INST_XRY.PRM")).radiation())).get(0);
        assertEquals(1.5405, fap.metadataNumber(MetadataKeys.WAVELENGTH_ANGSTROM).orElseThrow(), 0);
        assertEquals(0.5, fap.metadataNumber(MetadataKeys.WAVELENGTH_RATIO).orElseThrow(), 0);

        Spectrum noWavelength = XrdReaders.read(ValidationData.file("xrd", "NIST660CBI.gsas")).get(0);
        assertFalse(noWavelength.metadata(MetadataKeys.WAVELENGTH_ANGSTROM).isPresent(), "never a silent Cu default");
        Spectrum given = XrdReaders.read(ValidationData.file("xrd", "NIST660CBI.gsas"),
                Optional.of(Wavelengths.parse("Cu"))).get(0);
        assertEquals(1.5444274, given.metadataNumber(MetadataKeys.WAVELENGTH2_ANGSTROM).orElseThrow(), 0);
    }

    @Test
    void syntheticFormatsAreDetected() throws IOException {
        Path ras = tmp.resolve("a.ras");
        Files.writeString(ras, RigakuReaderTest.RAS, StandardCharsets.ISO_8859_1);
        assertEquals(XrdFormat.RIGAKU_RAS, XrdReaders.detect(ras));
        assertEquals(2, XrdReaders.read(ras).size());

        Path rasx = Zips.write(tmp.resolve("a.rasx"), RigakuReaderTest.rasxMembers());
        assertEquals(XrdFormat.RIGAKU_RASX, XrdReaders.detect(rasx));

        Path brml = Zips.write(tmp.resolve("a.brml"), java.util.Map.of("Experiment0/RawData0.xml",
                BrmlReaderTest.rawData(10, 0.02, new int[] {1, 2}, false, "Measured")));
        assertEquals(XrdFormat.BRUKER_BRML, XrdReaders.detect(brml));
        assertEquals(2, XrdReaders.read(brml).get(0).size());
    }

    @Test
    @Tag("validation")
    void columnFixturesGoThroughTheColumnReader() throws IOException {
        // Reference values: head/tail and awk on the files; the xye has 6 rows with esd 0 near 150.5°.
        Spectrum xye = XrdReaders.read(ValidationData.file("xrd", "LaB6_d500_si_psd.xye")).get(0);
        assertEquals(17381 - 6, xye.size());
        assertEquals(4.57208, xye.x(0), 0);
        assertEquals(950.18403, xye.y(0), 0);
        assertEquals(548.58900, xye.sigma().orElseThrow()[0], 0);
        assertEquals(150.53630, xye.x(xye.size() - 1), 0);
        assertEquals(302.56735, xye.y(xye.size() - 1), 0);
        assertEquals(AxisQuantity.TWO_THETA, xye.xQuantity());
        assertEquals(XrdFormat.COLUMNS, XrdReaders.detect(ValidationData.file("xrd", "LaB6_d500_si_psd.xye")));

        Spectrum sic = XrdReaders.read(ValidationData.file("xrd", "SiC_Zn.dat")).get(0);
        assertEquals(4001, sic.size());
        assertEquals(20.0, sic.x(0), 0);
        assertEquals(49, sic.y(0), 0);
        assertEquals(100.0, sic.x(4000), 0);
        assertEquals(29, sic.y(4000), 0);

        Spectrum nacl = XrdReaders.read(ValidationData.file("xrd", "nacl01.dat")).get(0);
        assertEquals(840, nacl.size());
        assertEquals(19.9143, nacl.x(0), 0);
        assertEquals(31, nacl.y(0), 0);
        assertEquals(52.3751, nacl.x(839), 0);
        assertEquals(104, nacl.y(839), 0);
        assertFalse(nacl.metadata(MetadataKeys.WAVELENGTH_ANGSTROM).isPresent(), "nacl01 states no wavelength");
    }

    @Test
    void gzippedColumnsAndTheirErrors() throws IOException {
        Path gz = tmp.resolve("scan.xy.gz");
        try (var out = new java.util.zip.GZIPOutputStream(Files.newOutputStream(gz))) {
            out.write("10.00 100\n10.02 101\n10.04 99\n".getBytes(StandardCharsets.US_ASCII));
        }
        Spectrum s = XrdReaders.read(gz, Optional.of(Wavelengths.parse("Mo"))).get(0);
        assertEquals(3, s.size());
        assertEquals(0.70931715, s.metadataNumber(MetadataKeys.WAVELENGTH_ANGSTROM).orElseThrow(), 0);
        Path bad = tmp.resolve("bad.xye");
        Files.writeString(bad, "10.00 100 10\n10.02 1o1 10\n");
        DataFormatException e = assertThrows(DataFormatException.class, () -> XrdReaders.read(bad));
        assertTrue(e.getMessage().startsWith("bad.xye, line 2"), e.getMessage());
    }

    @Test
    void unknownFormatListsTheSupportedOnes() throws IOException {
        Path foo = tmp.resolve("pattern.foo");
        Files.writeString(foo, "10 100\n10.02 101\n");
        DataFormatException e = assertThrows(DataFormatException.class, () -> XrdReaders.read(foo));
        assertTrue(e.getMessage().startsWith("pattern.foo: unknown diffraction format"), e.getMessage());
        for (XrdFormat f : XrdFormat.values()) {
            assertTrue(e.getMessage().contains(f.description()), e.getMessage());
        }
        Path zip = Zips.write(tmp.resolve("photos.zip"), java.util.Map.of("a.jpg", "x", "b.jpg", "y"));
        DataFormatException e2 = assertThrows(DataFormatException.class, () -> XrdReaders.read(zip));
        assertTrue(e2.getMessage().startsWith("photos.zip: zip archive is not a known diffraction format"), e2.getMessage());
        Path empty = tmp.resolve("empty.raw");
        Files.write(empty, new byte[0]);
        assertThrows(DataFormatException.class, () -> XrdReaders.read(empty));
    }
}
