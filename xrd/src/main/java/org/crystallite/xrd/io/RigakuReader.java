package org.crystallite.xrd.io;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.crystallite.spectrum.AxisQuantity;
import org.crystallite.spectrum.MetadataKeys;
import org.crystallite.spectrum.Spectrum;
import org.crystallite.spectrum.io.DataFormatException;
import org.crystallite.xrd.radiation.Radiation;
import org.w3c.dom.Element;

/**
 * Rigaku SmartLab / MiniFlex files.
 *
 * <p><b>RAS</b> (text): {@code *RAS_DATA_START}, then per scan a header
 * {@code *RAS_HEADER_START … *RAS_HEADER_END} of {@code *KEY "VALUE"} lines and the data
 * {@code *RAS_INT_START … *RAS_INT_END} of rows "2θ intensity [attenuator]", closed by
 * {@code *RAS_DATA_END}. Keys used: {@code MEAS_SCAN_AXIS_X}, {@code MEAS_SCAN_UNIT_X} (deg),
 * {@code MEAS_SCAN_UNIT_Y} (cps → {@link AxisQuantity#COUNT_RATE}, counts →
 * {@link AxisQuantity#INTENSITY}), {@code HW_XG_WAVE_LENGTH_ALPHA1/ALPHA2/BETA} (Å),
 * {@code MEAS_COND_XG_WAVE_TYPE} (Ka1 → λ1 only), {@code FILE_SAMPLE}.
 *
 * <p><b>RASX</b> (zip): {@code Data<n>/Profile<n>.txt} rows "2θ intensity attenuator" and
 * {@code Data<n>/MesurementConditions<n>.xml} (Rigaku's spelling) with
 * {@code XrayGenerator/WavelengthKalpha1, WavelengthKalpha2, WavelengthKbeta, WaveType} and
 * {@code ScanInformation/AxisName, IntensityUnit}; one spectrum per Data folder.
 *
 * <p>Neither format stores the Kα2/Kα1 ratio: 0.5 is assumed for the doublet and recorded in the
 * read step. The attenuator column is not applied (no published description says whether the
 * intensity is already corrected); when it differs from 1 the read step says so.
 */
public final class RigakuReader {

    private static final Pattern HEADER_LINE = Pattern.compile("^\\*(\\S+)\\s+\"?(.*?)\"?\\s*$");
    private static final Pattern PROFILE = Pattern.compile("(?i)^(?:.*/)?Data(\\d+)/Profile(\\d+)\\.txt$");

    private RigakuReader() {
    }

    /** Reads a RAS text file. */
    public static List<Spectrum> readRas(Path file) throws IOException {
        String name = file.getFileName().toString();
        String text = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
        return parseRas(name, Arrays.asList(text.split("\r\n|\n|\r", -1)));
    }

    static List<Spectrum> parseRas(String name, List<String> lines) throws DataFormatException {
        int i = 0;
        while (i < lines.size() && lines.get(i).isBlank()) {
            i++;
        }
        if (i >= lines.size() || !stripBom(lines.get(i)).trim().equals("*RAS_DATA_START")) {
            throw DataFormatException.at(name, i + 1, "not a Rigaku RAS file: expected '*RAS_DATA_START'");
        }
        List<Spectrum> out = new ArrayList<>();
        Map<String, String> header = null;
        List<double[]> rows = null;
        int scanNo = 0;
        int dataStartLine = 0;
        boolean ended = false;
        for (i = i + 1; i < lines.size(); i++) {
            String line = lines.get(i).trim();
            if (line.isEmpty()) {
                continue;
            }
            if (line.equals("*RAS_HEADER_START")) {
                header = new LinkedHashMap<>();
            } else if (line.equals("*RAS_HEADER_END")) {
                if (header == null) {
                    throw DataFormatException.at(name, i + 1, "*RAS_HEADER_END without *RAS_HEADER_START");
                }
            } else if (line.equals("*RAS_INT_START")) {
                if (header == null) {
                    throw DataFormatException.at(name, i + 1, "*RAS_INT_START before any *RAS_HEADER_START");
                }
                rows = new ArrayList<>();
                dataStartLine = i + 1;
            } else if (line.equals("*RAS_INT_END")) {
                if (rows == null) {
                    throw DataFormatException.at(name, i + 1, "*RAS_INT_END without *RAS_INT_START");
                }
                scanNo++;
                scan(name, "scan " + scanNo, header, rows, dataStartLine, "Rigaku RAS").ifPresent(out::add);
                rows = null;
            } else if (line.equals("*RAS_DATA_END")) {
                ended = true;
                break;
            } else if (rows != null) {
                rows.add(row(name, i + 1, line));
            } else if (header != null && line.startsWith("*")) {
                Matcher m = HEADER_LINE.matcher(line);
                if (m.matches()) {
                    header.put(m.group(1), m.group(2).trim());
                }
            }
        }
        if (rows != null) {
            throw DataFormatException.at(name, lines.size(), "data block opened at line " + dataStartLine
                    + " has no *RAS_INT_END (truncated file?)");
        }
        if (!ended) {
            throw DataFormatException.at(name, lines.size(), "no *RAS_DATA_END (truncated file?)");
        }
        if (out.isEmpty()) {
            throw DataFormatException.at(name, 0, "no 2θ scan found (" + scanNo + " scans in the file)");
        }
        return out;
    }

    /** Reads a RASX archive. */
    public static List<Spectrum> readRasx(Path file) throws IOException {
        String name = file.getFileName().toString();
        Map<String, Long> members = ZipContent.list(file);
        List<String> profiles = new ArrayList<>();
        for (String m : members.keySet()) {
            if (PROFILE.matcher(m).matches()) {
                profiles.add(m);
            }
        }
        if (profiles.isEmpty()) {
            throw new DataFormatException(name + ": RASX archive holds no Data<n>/Profile<n>.txt member");
        }
        profiles.sort(Comparator.comparingInt(RigakuReader::profileNumber));
        List<Spectrum> out = new ArrayList<>();
        for (String profile : profiles) {
            String folder = profile.substring(0, profile.lastIndexOf('/') + 1);
            Matcher m = PROFILE.matcher(profile);
            m.matches();
            String n = m.group(2);
            Map<String, String> header = new LinkedHashMap<>();
            for (String cond : new String[] {folder + "MesurementConditions" + n + ".xml",
                folder + "MeasurementConditions" + n + ".xml"}) {
                if (members.containsKey(cond)) {
                    header.putAll(conditions(name + "!" + cond, ZipContent.read(file, cond)));
                    break;
                }
            }
            String label = name + "!" + profile;
            String text = stripBom(new String(ZipContent.read(file, profile), StandardCharsets.UTF_8));
            List<double[]> rows = new ArrayList<>();
            String[] lines = text.split("\r\n|\n|\r");
            for (int i = 0; i < lines.length; i++) {
                if (!lines[i].isBlank()) {
                    rows.add(row(label, i + 1, lines[i].trim()));
                }
            }
            scan(name, profile, header, rows, 1, "Rigaku RASX").ifPresent(out::add);
        }
        if (out.isEmpty()) {
            throw new DataFormatException(name + ": no 2θ scan found in " + profiles);
        }
        return out;
    }

    private static int profileNumber(String member) {
        Matcher m = PROFILE.matcher(member);
        return m.matches() ? Integer.parseInt(m.group(1)) : 0;
    }

    /** The measurement conditions of a RASX scan, mapped onto the RAS header keys. */
    private static Map<String, String> conditions(String label, byte[] xml) throws DataFormatException {
        Element root = SafeXml.parse(label, xml).getDocumentElement();
        Map<String, String> h = new LinkedHashMap<>();
        String[][] map = {
            {"XrayGenerator", "WavelengthKalpha1", "HW_XG_WAVE_LENGTH_ALPHA1"},
            {"XrayGenerator", "WavelengthKalpha2", "HW_XG_WAVE_LENGTH_ALPHA2"},
            {"XrayGenerator", "WavelengthKbeta", "HW_XG_WAVE_LENGTH_BETA"},
            {"XrayGenerator", "WaveType", "MEAS_COND_XG_WAVE_TYPE"},
            {"ScanInformation", "AxisName", "MEAS_SCAN_AXIS_X"},
            {"ScanInformation", "IntensityUnit", "MEAS_SCAN_UNIT_Y"},
            {"ScanInformation", "PositionUnit", "MEAS_SCAN_UNIT_X"},
            {"GeneralInformation", "SampleName", "FILE_SAMPLE"},
        };
        for (String[] k : map) {
            for (Element parent : SafeXml.descendants(root, k[0])) {
                Optional<String> v = SafeXml.childText(parent, k[1]);
                if (v.isPresent()) {
                    h.put(k[2], v.get());
                    break;
                }
            }
        }
        return h;
    }

    private static double[] row(String label, int lineNo, String line) throws DataFormatException {
        String[] t = line.split("[\\s,]+");
        if (t.length < 2) {
            throw DataFormatException.at(label, lineNo, "expected '2θ intensity [attenuator]', found '" + line + "'");
        }
        double[] v = new double[Math.min(t.length, 3)];
        for (int k = 0; k < v.length; k++) {
            try {
                v[k] = Double.parseDouble(t[k]);
            } catch (NumberFormatException e) {
                throw DataFormatException.at(label, lineNo, "expected a number in column " + (k + 1) + ", found '"
                        + t[k] + "'");
            }
        }
        return v;
    }

    private static Optional<Spectrum> scan(String name, String block, Map<String, String> h, List<double[]> rows,
                                           int firstLine, String format) throws DataFormatException {
        String axis = h.getOrDefault("MEAS_SCAN_AXIS_X", "");
        String a = axis.toLowerCase(Locale.ROOT).replace("-", "").replace(" ", "");
        if (!axis.isEmpty() && !a.contains("twotheta") && !a.contains("2theta")) {
            return Optional.empty();
        }
        String unitX = h.getOrDefault("MEAS_SCAN_UNIT_X", "deg");
        if (!unitX.isEmpty() && !unitX.equalsIgnoreCase("deg")) {
            throw DataFormatException.at(name, firstLine, block + ": x unit '" + unitX + "', expected deg");
        }
        if (rows.isEmpty()) {
            throw DataFormatException.at(name, firstLine, block + ": no data rows");
        }
        String unitY = h.getOrDefault("MEAS_SCAN_UNIT_Y", "").toLowerCase(Locale.ROOT);
        AxisQuantity yq;
        if (unitY.equals("cps") || unitY.contains("/s")) {
            yq = AxisQuantity.COUNT_RATE;
        } else if (unitY.isEmpty() || unitY.startsWith("count")) {
            yq = AxisQuantity.INTENSITY;
        } else {
            throw DataFormatException.at(name, firstLine, block + ": intensity unit '" + unitY
                    + "' not understood; expected cps or counts");
        }
        int n = rows.size();
        double[] x = new double[n];
        double[] y = new double[n];
        boolean attenuated = false;
        for (int k = 0; k < n; k++) {
            x[k] = rows.get(k)[0];
            y[k] = rows.get(k)[1];
            attenuated |= rows.get(k).length > 2 && rows.get(k)[2] != 1.0;
        }
        OptionalDouble k1 = number(h, "HW_XG_WAVE_LENGTH_ALPHA1");
        OptionalDouble k2 = number(h, "HW_XG_WAVE_LENGTH_ALPHA2");
        OptionalDouble kb = number(h, "HW_XG_WAVE_LENGTH_BETA");
        String waveType = h.getOrDefault("MEAS_COND_XG_WAVE_TYPE", "").toLowerCase(Locale.ROOT);
        Radiation radiation = null;
        String ratioNote = null;
        if (k1.isPresent() && k1.getAsDouble() > 0) {
            boolean doublet = k2.isPresent() && k2.getAsDouble() > 0 && !waveType.equals("ka1");
            radiation = new Radiation("file", k1.getAsDouble(), doublet ? k2 : OptionalDouble.empty(),
                    doublet ? 0.5 : 0, kb.isPresent() && kb.getAsDouble() > 0 ? kb : OptionalDouble.empty());
            ratioNote = doublet ? "assumed 0.5 (not stored in the file)" : null;
        }
        XrdSpectra.Builder b = new XrdSpectra.Builder(name, format).block(block).data(x, y, null).yQuantity(yq)
                .radiation(radiation).metadata(MetadataKeys.SAMPLE, h.get("FILE_SAMPLE"))
                .metadata("scanAxis", axis)
                .step("attenuatorColumn", attenuated ? "present with values ≠ 1, not applied" : "absent or 1");
        if (ratioNote != null) {
            b.step("kAlpha2Ratio", ratioNote);
        }
        return Optional.of(b.build());
    }

    private static OptionalDouble number(Map<String, String> h, String key) {
        String v = h.get(key);
        if (v == null || v.isBlank()) {
            return OptionalDouble.empty();
        }
        try {
            return OptionalDouble.of(Double.parseDouble(v.trim()));
        } catch (NumberFormatException e) {
            return OptionalDouble.empty();
        }
    }

    private static String stripBom(String s) {
        return s.startsWith("\uFEFF") ? s.substring(1) : s;
    }
}
