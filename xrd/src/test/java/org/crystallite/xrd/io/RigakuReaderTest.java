package org.crystallite.xrd.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.crystallite.spectrum.AxisQuantity;
import org.crystallite.spectrum.MetadataKeys;
import org.crystallite.spectrum.Spectrum;
import org.crystallite.spectrum.io.DataFormatException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * RAS and RASX have no real fixture here: these files are synthetic, written after the documented
 * layout (*RAS_HEADER_START … *RAS_INT_END; Data0/Profile0.txt + MesurementConditions0.xml).
 */
class RigakuReaderTest {

    @TempDir
    Path tmp;

    static final String RAS = """
            *RAS_DATA_START
            *RAS_HEADER_START
            *FILE_SAMPLE "LiCoO2 pellet"
            *HW_XG_TARGET_NAME "Cu"
            *HW_XG_WAVE_LENGTH_ALPHA1 "1.540593"
            *HW_XG_WAVE_LENGTH_ALPHA2 "1.544414"
            *HW_XG_WAVE_LENGTH_BETA "1.392250"
            *HW_XG_WAVE_LENGTH_UNIT "Angstrom"
            *MEAS_COND_XG_WAVE_TYPE "Ka"
            *MEAS_SCAN_AXIS_X "TwoThetaTheta"
            *MEAS_SCAN_START "10.0000"
            *MEAS_SCAN_STEP "0.0200"
            *MEAS_SCAN_UNIT_X "deg"
            *MEAS_SCAN_UNIT_Y "cps"
            *RAS_HEADER_END
            *RAS_INT_START
            10.0000 120.5 1.0000
            10.0200 130.25 1.0000
            10.0400 99.0 1.0000
            *RAS_INT_END
            *RAS_HEADER_START
            *MEAS_SCAN_AXIS_X "Omega"
            *MEAS_SCAN_UNIT_X "deg"
            *MEAS_SCAN_UNIT_Y "counts"
            *RAS_HEADER_END
            *RAS_INT_START
            1.0 5 1.0
            *RAS_INT_END
            *RAS_HEADER_START
            *MEAS_SCAN_AXIS_X "TwoTheta"
            *MEAS_SCAN_UNIT_X "deg"
            *MEAS_SCAN_UNIT_Y "counts"
            *MEAS_COND_XG_WAVE_TYPE "Ka1"
            *HW_XG_WAVE_LENGTH_ALPHA1 "1.540593"
            *HW_XG_WAVE_LENGTH_ALPHA2 "1.544414"
            *RAS_HEADER_END
            *RAS_INT_START
            20.00 7 1.0
            20.01 8 10.0
            *RAS_INT_END
            *RAS_DATA_END
            """;

    @Test
    void rasWithThreeScansKeepsTheTwoThetaOnes() throws IOException {
        Path ras = tmp.resolve("scan.ras");
        Files.writeString(ras, RAS, StandardCharsets.ISO_8859_1);
        List<Spectrum> s = RigakuReader.readRas(ras);
        assertEquals(2, s.size(), "the Omega scan is not a 2θ pattern");
        Spectrum a = s.get(0);
        assertArrayEquals(new double[] {10.0, 10.02, 10.04}, a.x(), 0);
        assertArrayEquals(new double[] {120.5, 130.25, 99.0}, a.y(), 0);
        assertEquals(AxisQuantity.COUNT_RATE, a.yQuantity());
        assertEquals(1.540593, a.metadataNumber(MetadataKeys.WAVELENGTH_ANGSTROM).orElseThrow(), 0);
        assertEquals(1.544414, a.metadataNumber(MetadataKeys.WAVELENGTH2_ANGSTROM).orElseThrow(), 0);
        assertEquals(0.5, a.metadataNumber(MetadataKeys.WAVELENGTH_RATIO).orElseThrow(), 0);
        assertEquals("LiCoO2 pellet", a.metadata(MetadataKeys.SAMPLE).orElseThrow());
        assertEquals("scan 1", a.metadata(MetadataKeys.BLOCK).orElseThrow());
        Spectrum c = s.get(1);
        assertEquals("scan 3", c.metadata(MetadataKeys.BLOCK).orElseThrow());
        assertEquals(AxisQuantity.INTENSITY, c.yQuantity());
        assertFalse(c.metadata(MetadataKeys.WAVELENGTH2_ANGSTROM).isPresent(), "wave type Ka1: λ1 only");
        assertEquals(8, c.y(1), 0, "attenuator column is not applied");
        assertTrue(c.provenance().get(0).parameters().get("attenuatorColumn").toString().contains("not applied"));
    }

    @Test
    void truncatedRasNamesTheFile() throws IOException {
        Path cut = tmp.resolve("cut.ras");
        Files.writeString(cut, RAS.substring(0, RAS.indexOf("10.0400")), StandardCharsets.ISO_8859_1);
        DataFormatException e = assertThrows(DataFormatException.class, () -> RigakuReader.readRas(cut));
        assertTrue(e.getMessage().startsWith("cut.ras, line ") && e.getMessage().contains("*RAS_INT_END"), e.getMessage());

        Path bad = tmp.resolve("bad.ras");
        Files.writeString(bad, RAS.replace("130.25", "13O.25"), StandardCharsets.ISO_8859_1);
        DataFormatException e2 = assertThrows(DataFormatException.class, () -> RigakuReader.readRas(bad));
        assertTrue(e2.getMessage().startsWith("bad.ras, line 18: expected a number in column 2"), e2.getMessage());

        Path notRas = tmp.resolve("not.ras");
        Files.writeString(notRas, "hello\n");
        DataFormatException e3 = assertThrows(DataFormatException.class, () -> RigakuReader.readRas(notRas));
        assertTrue(e3.getMessage().startsWith("not.ras, line 1"), e3.getMessage());
    }

    static Map<String, String> rasxMembers() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("root.xml", "<Root/>");
        m.put("Data0/Profile0.txt", "\uFEFF5.00\t1200\t1\n5.01\t1210\t1\n5.02\t1190\t1\n");
        m.put("Data0/MesurementConditions0.xml", """
                <?xml version="1.0" encoding="utf-8"?>
                <MeasurementConditions>
                  <GeneralInformation><SampleName>NMC811</SampleName></GeneralInformation>
                  <HWConfigurations><XrayGenerator><TargetName>Cu</TargetName><WaveType>Ka</WaveType>
                    <WavelengthKalpha1>1.540593</WavelengthKalpha1><WavelengthKalpha2>1.544414</WavelengthKalpha2>
                    <WavelengthKbeta>1.392246</WavelengthKbeta></XrayGenerator></HWConfigurations>
                  <ScanInformation><AxisName>TwoThetaTheta</AxisName><PositionUnit>deg</PositionUnit>
                    <IntensityUnit>counts</IntensityUnit></ScanInformation>
                </MeasurementConditions>
                """);
        m.put("Data1/Profile1.txt", "30.0\t55\t1\n30.1\t56\t1\n");
        return m;
    }

    @Test
    void rasxTwoProfiles() throws IOException {
        Path rasx = Zips.write(tmp.resolve("two.rasx"), rasxMembers());
        List<Spectrum> s = RigakuReader.readRasx(rasx);
        assertEquals(2, s.size());
        Spectrum a = s.get(0);
        assertArrayEquals(new double[] {5.0, 5.01, 5.02}, a.x(), 0);
        assertArrayEquals(new double[] {1200, 1210, 1190}, a.y(), 0);
        assertEquals(AxisQuantity.INTENSITY, a.yQuantity());
        assertEquals("NMC811", a.metadata(MetadataKeys.SAMPLE).orElseThrow());
        assertEquals(1.540593, a.metadataNumber(MetadataKeys.WAVELENGTH_ANGSTROM).orElseThrow(), 0);
        Spectrum b = s.get(1);
        assertEquals(56, b.y(1), 0);
        assertFalse(b.metadata(MetadataKeys.WAVELENGTH_ANGSTROM).isPresent(), "no conditions file: no wavelength");

        Map<String, String> broken = rasxMembers();
        broken.put("Data1/Profile1.txt", "30.0\t55\t1\n30.1\n");
        Path bad = Zips.write(tmp.resolve("bad.rasx"), broken);
        DataFormatException e = assertThrows(DataFormatException.class, () -> RigakuReader.readRasx(bad));
        assertTrue(e.getMessage().startsWith("bad.rasx!Data1/Profile1.txt, line 2"), e.getMessage());
    }
}
