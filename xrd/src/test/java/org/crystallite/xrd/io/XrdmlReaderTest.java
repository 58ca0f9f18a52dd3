package org.crystallite.xrd.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.crystallite.spectrum.AxisQuantity;
import org.crystallite.spectrum.MetadataKeys;
import org.crystallite.spectrum.Spectrum;
import org.crystallite.spectrum.io.DataFormatException;
import org.crystallite.spectrum.testing.ValidationData;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class XrdmlReaderTest {

    @TempDir
    Path tmp;

    @Test
    @Tag("validation")
    void empyreanFixture() throws IOException {
        // Reference: the file's header and <intensities> list, read with grep/python (196 values).
        List<Spectrum> s = XrdmlReader.read(ValidationData.file("xrd", "empyrean.xrdml"));
        assertEquals(1, s.size());
        Spectrum p = s.get(0);
        assertEquals(196, p.size());
        assertEquals(30.05, p.x(0), 1e-12);
        assertEquals(41.75, p.x(195), 1e-12);
        assertEquals(0.06, p.x(1) - p.x(0), 1e-12);
        assertEquals(8, p.y(0), 0);
        assertEquals(11, p.y(1), 0);
        assertEquals(6, p.y(195), 0);
        assertEquals(AxisQuantity.INTENSITY, p.yQuantity());
        assertEquals(1.5405980, p.metadataNumber(MetadataKeys.WAVELENGTH_ANGSTROM).orElseThrow(), 0);
        assertEquals(1.5444260, p.metadataNumber(MetadataKeys.WAVELENGTH2_ANGSTROM).orElseThrow(), 0);
        assertEquals(0.5, p.metadataNumber(MetadataKeys.WAVELENGTH_RATIO).orElseThrow(), 0);
        assertEquals(0.44, p.metadataNumber(MetadataKeys.DWELL_S).orElseThrow(), 0);
        assertEquals("empyrean.xrdml", p.source().orElseThrow());
    }

    private static String doc(String dataPoints) {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <xrdMeasurements xmlns="http://www.xrdml.com/XRDMeasurement/2.1">
                  <xrdMeasurement measurementType="Scan">
                    <usedWavelength intended="K-Alpha 1">
                      <kAlpha1 unit="Angstrom">1.5405980</kAlpha1>
                      <kAlpha2 unit="Angstrom">1.5444260</kAlpha2>
                      <ratioKAlpha2KAlpha1>0.5000</ratioKAlpha2KAlpha1>
                    </usedWavelength>
                    <scan scanAxis="Gonio"><dataPoints>%s</dataPoints></scan>
                  </xrdMeasurement>
                </xrdMeasurements>
                """.formatted(dataPoints);
    }

    @Test
    void rawCountsAreMultipliedByAttenuationFactorsButIntensitiesAreNot() throws IOException {
        String raw = doc("""
                <positions axis="2Theta" unit="deg"><listPositions>10.0 10.5 11.5</listPositions></positions>
                <commonCountingTime unit="seconds">2</commonCountingTime>
                <beamAttenuationFactors>1 1 100.5</beamAttenuationFactors>
                <counts unit="counts">10 20 30</counts>""");
        Spectrum r = XrdmlReader.parse("raw.xrdml", raw.getBytes(StandardCharsets.UTF_8)).get(0);
        assertArrayEquals(new double[] {10, 10.5, 11.5}, r.x(), 0);
        assertArrayEquals(new double[] {10, 20, 3015}, r.y(), 1e-9);
        assertEquals("counts", r.provenance().get(0).parameters().get("values"));

        String corrected = doc("""
                <positions axis="2Theta" unit="deg"><startPosition>10</startPosition><endPosition>11</endPosition></positions>
                <beamAttenuationFactors>1 1 100.5</beamAttenuationFactors>
                <intensities unit="counts">10 20 3015</intensities>""");
        Spectrum c = XrdmlReader.parse("int.xrdml", corrected.getBytes(StandardCharsets.UTF_8)).get(0);
        assertArrayEquals(new double[] {10, 20, 3015}, c.y(), 0);
        assertArrayEquals(new double[] {10, 10.5, 11}, c.x(), 1e-12);

        String cps = doc("""
                <positions axis="2Theta" unit="deg"><startPosition>10</startPosition><endPosition>11</endPosition></positions>
                <intensities unit="counts per second">1.5 2.5</intensities>""");
        assertEquals(AxisQuantity.COUNT_RATE, XrdmlReader.parse("cps.xrdml", cps.getBytes(StandardCharsets.UTF_8))
                .get(0).yQuantity());
    }

    @Test
    void malformedFilesNameTheFile() throws IOException {
        byte[] good = doc("""
                <positions axis="2Theta" unit="deg"><startPosition>10</startPosition><endPosition>11</endPosition></positions>
                <intensities unit="counts">1 2 3</intensities>""").getBytes(StandardCharsets.UTF_8);
        Path broken = tmp.resolve("broken.xrdml");
        Files.write(broken, java.util.Arrays.copyOf(good, good.length / 2));
        DataFormatException e = assertThrows(DataFormatException.class, () -> XrdmlReader.read(broken));
        assertTrue(e.getMessage().startsWith("broken.xrdml, line "), e.getMessage());
        assertTrue(e.getMessage().contains("malformed XML"), e.getMessage());

        String mismatch = doc("""
                <positions axis="2Theta" unit="deg"><listPositions>10 11</listPositions></positions>
                <intensities unit="counts">1 2 3</intensities>""");
        DataFormatException e2 = assertThrows(DataFormatException.class,
                () -> XrdmlReader.parse("m.xrdml", mismatch.getBytes(StandardCharsets.UTF_8)));
        assertTrue(e2.getMessage().startsWith("m.xrdml") && e2.getMessage().contains("2 listPositions but 3"),
                e2.getMessage());

        String notNumber = doc("""
                <positions axis="2Theta" unit="deg"><startPosition>10</startPosition><endPosition>11</endPosition></positions>
                <intensities unit="counts">1 two 3</intensities>""");
        DataFormatException e3 = assertThrows(DataFormatException.class,
                () -> XrdmlReader.parse("n.xrdml", notNumber.getBytes(StandardCharsets.UTF_8)));
        assertTrue(e3.getMessage().contains("'two'"), e3.getMessage());

        String omegaOnly = doc("""
                <positions axis="Omega" unit="deg"><startPosition>10</startPosition><endPosition>11</endPosition></positions>
                <positions axis="2Theta" unit="deg"><commonPosition>40</commonPosition></positions>
                <intensities unit="counts">1 2 3</intensities>""");
        DataFormatException e4 = assertThrows(DataFormatException.class,
                () -> XrdmlReader.parse("rock.xrdml", omegaOnly.getBytes(StandardCharsets.UTF_8)));
        assertTrue(e4.getMessage().startsWith("rock.xrdml: no XRDML scan with 2θ positions"), e4.getMessage());
    }

    @Test
    void externalEntitiesAreRefused() {
        String xxe = "<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>"
                + "<xrdMeasurements>&e;</xrdMeasurements>";
        DataFormatException e = assertThrows(DataFormatException.class,
                () -> XrdmlReader.parse("xxe.xrdml", xxe.getBytes(StandardCharsets.UTF_8)));
        assertTrue(e.getMessage().startsWith("xxe.xrdml"), e.getMessage());
        assertTrue(e.getMessage().contains("DOCTYPE"), e.getMessage());
    }
}
