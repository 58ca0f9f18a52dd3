package org.crystallite.xrd.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.crystallite.spectrum.MetadataKeys;
import org.crystallite.spectrum.Spectrum;
import org.crystallite.spectrum.io.DataFormatException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * BRML has no public real fixture here: these archives are synthetic, written after the structure
 * documented by GSAS-II (G2pwd_BrukerBRML.py) and PyXRD (DataRoute, DataViews, Datum rows).
 */
class BrmlReaderTest {

    @TempDir
    Path tmp;

    /** A RawData document; the counts sit in column 4 or, like real DIFFRAC.EVA files, further right. */
    static String rawData(double start, double step, int[] counts, boolean countsInColumn7, String flag) {
        StringBuilder rows = new StringBuilder();
        for (int i = 0; i < counts.length; i++) {
            double tth = start + i * step;
            rows.append("<Datum>").append(countsInColumn7
                    ? "1,1," + tth + "," + tth / 2 + ",25.1,0.5,24.9," + counts[i]
                    : "1,1," + tth + "," + tth / 2 + "," + counts[i]).append("</Datum>\n");
        }
        String countView = countsInColumn7
                ? "<RawDataView xsi:type=\"RecordedRawDataView\" Start=\"4\" Length=\"1\"><Recording LogicName=\"modeActualTemp\"/></RawDataView>"
                        + "<RawDataView xsi:type=\"RecordedRawDataView\" Start=\"7\" Length=\"1\"><Recording Category=\"Count\" LogicName=\"ScanCounter\"/></RawDataView>"
                : "<RawDataView xsi:type=\"RecordedRawDataView\" Start=\"4\" Length=\"1\"><Recording Category=\"Count\"/></RawDataView>";
        return """
                <?xml version="1.0" encoding="utf-8"?>
                <RawData xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
                  <FixedInformation><Instrument><PrimaryTracks><TrackInfoData><MountedOptics>
                    <InfoData xsi:type="TubeMountInfoData"><Tube>
                      <WaveLengthAlpha1 Value="1.5406" Unit="Angstrom"/>
                      <WaveLengthAlpha2 Value="1.54439" Unit="Angstrom"/>
                      <WaveLengthBeta Value="1.39222" Unit="Angstrom"/>
                      <WaveLengthRatio Value="0.5"/>
                    </Tube></InfoData>
                  </MountedOptics></TrackInfoData></PrimaryTracks></Instrument></FixedInformation>
                  <DataRoutes>
                    <DataRoute RouteFlag="%s">
                      <ScanInformation ScanName="Coupled TwoTheta/Theta">
                        <TimePerStep>0.5</TimePerStep>
                        <ScanAxes><ScanAxisInfo AxisId="TwoTheta"><Start>%s</Start><Increment>%s</Increment></ScanAxisInfo></ScanAxes>
                      </ScanInformation>
                      <DataViews>
                        <RawDataView xsi:type="FixedRawDataView" Start="0" Length="1" LogicName="MeasuredTime"/>
                        <RawDataView xsi:type="FixedRawDataView" Start="1" Length="1" LogicName="AbsorptionFactor"/>
                        <RawDataView xsi:type="VaryingRawDataView" Start="2" Length="2"><Varying>
                          <FieldDefinitions FieldName="TwoTheta" AxisId="TwoTheta"/><FieldDefinitions FieldName="Theta" AxisId="Theta"/>
                        </Varying></RawDataView>
                        %s
                      </DataViews>
                      %s
                    </DataRoute>
                  </DataRoutes>
                </RawData>
                """.formatted(flag, start, step, countView, rows);
    }

    @Test
    void twoScansInOneArchive() throws IOException {
        Map<String, String> members = new LinkedHashMap<>();
        members.put("experimentCollection.xml", "<ExperimentCollection/>");
        members.put("Experiment0/RawData1.xml", rawData(50.0, 0.02, new int[] {7, 8}, true, "Measured"));
        members.put("Experiment0/RawData0.xml", rawData(10.0, 0.02, new int[] {101, 102, 103}, false, "Measured"));
        Path brml = Zips.write(tmp.resolve("two.brml"), members);
        List<Spectrum> s = BrmlReader.read(brml);
        assertEquals(2, s.size());
        Spectrum first = s.get(0);
        assertEquals("Experiment0/RawData0.xml", first.metadata(MetadataKeys.BLOCK).orElseThrow(), "ordered by number");
        assertArrayEquals(new double[] {10.0, 10.02, 10.04}, first.x(), 1e-12);
        assertArrayEquals(new double[] {101, 102, 103}, first.y(), 0);
        assertEquals(1.5406, first.metadataNumber(MetadataKeys.WAVELENGTH_ANGSTROM).orElseThrow(), 0);
        assertEquals(1.54439, first.metadataNumber(MetadataKeys.WAVELENGTH2_ANGSTROM).orElseThrow(), 0);
        assertEquals(0.5, first.metadataNumber(MetadataKeys.DWELL_S).orElseThrow(), 0);
        Spectrum second = s.get(1);
        assertArrayEquals(new double[] {7, 8}, second.y(), 0, "counts found through the DataViews (column 7)");
        assertEquals(50.02, second.x(1), 1e-12);
        assertEquals("two.brml", second.source().orElseThrow());
    }

    @Test
    void malformedArchivesNameTheFile() throws IOException {
        Path noRaw = Zips.write(tmp.resolve("empty.brml"), Map.of("experimentCollection.xml", "<x/>"));
        DataFormatException e = assertThrows(DataFormatException.class, () -> BrmlReader.read(noRaw));
        assertTrue(e.getMessage().startsWith("empty.brml: BRML archive holds no RawData"), e.getMessage());

        String good = rawData(10.0, 0.02, new int[] {1, 2, 3}, false, "Measured");
        Path broken = Zips.write(tmp.resolve("broken.brml"),
                Map.of("Experiment0/RawData0.xml", good.substring(0, good.length() / 2)));
        DataFormatException e2 = assertThrows(DataFormatException.class, () -> BrmlReader.read(broken));
        assertTrue(e2.getMessage().startsWith("broken.brml!Experiment0/RawData0.xml, line"), e2.getMessage());

        Path shortRow = Zips.write(tmp.resolve("short.brml"), Map.of("Experiment0/RawData0.xml",
                good.replace("<Datum>1,1,10.02,5.01,2</Datum>", "<Datum>1,1</Datum>")));
        DataFormatException e3 = assertThrows(DataFormatException.class, () -> BrmlReader.read(shortRow));
        assertTrue(e3.getMessage().contains("short.brml") && e3.getMessage().contains("Datum 2"), e3.getMessage());

        byte[] zip = Files.readAllBytes(Zips.write(tmp.resolve("full.brml"), Map.of("Experiment0/RawData0.xml", good)));
        Path truncated = tmp.resolve("truncated.brml");
        Files.write(truncated, java.util.Arrays.copyOf(zip, zip.length - 30));
        DataFormatException e4 = assertThrows(DataFormatException.class, () -> BrmlReader.read(truncated));
        assertTrue(e4.getMessage().startsWith("truncated.brml"), e4.getMessage());
    }
}
