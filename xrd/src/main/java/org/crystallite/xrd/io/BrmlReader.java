package org.crystallite.xrd.io;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.crystallite.spectrum.AxisQuantity;
import org.crystallite.spectrum.MetadataKeys;
import org.crystallite.spectrum.Spectrum;
import org.crystallite.spectrum.io.DataFormatException;
import org.crystallite.xrd.radiation.Radiation;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * Bruker DIFFRAC.SUITE BRML: a zip archive holding {@code Experiment<k>/RawData<n>.xml}, one file
 * per measured scan. Each {@code RawData/DataRoutes/DataRoute} (only those flagged
 * {@code RouteFlag="Measured"} when any is flagged) becomes one spectrum.
 *
 * <p>Each {@code <Datum>} is a comma-separated row whose columns are declared by
 * {@code DataViews/RawDataView}: a {@code VaryingRawDataView} whose {@code FieldDefinitions} name the
 * {@code TwoTheta} axis gives x, a {@code RecordedRawDataView} of length 1 gives the counts. Columns
 * are always located from the views, never by position (real files put the counts in column 4 or 7;
 * see GSAS-II {@code G2pwd_BrukerBRML.py} and PyXRD's BRML parser). When the rows carry no 2θ column,
 * x is rebuilt from {@code ScanInformation/ScanAxes/ScanAxisInfo[AxisId=TwoTheta]} Start + i·Increment.
 * Counts are kept as stored (counts per step); the time per step goes to {@link MetadataKeys#DWELL_S}.
 * Wavelengths come from the tube's {@code WaveLengthAlpha1/Alpha2/Ratio/Beta} {@code Value}
 * attributes (Å) when present.
 */
public final class BrmlReader {

    private static final Pattern RAW_DATA = Pattern.compile("(?i)(?:^|.*/)RawData(\\d*)\\.xml$");

    private BrmlReader() {
    }

    public static List<Spectrum> read(Path file) throws IOException {
        String name = file.getFileName().toString();
        List<String> members = new ArrayList<>();
        for (String m : ZipContent.list(file).keySet()) {
            if (RAW_DATA.matcher(m).matches()) {
                members.add(m);
            }
        }
        if (members.isEmpty()) {
            throw new DataFormatException(name + ": BRML archive holds no RawData*.xml member");
        }
        members.sort(Comparator.comparing((String m) -> m.contains("/") ? m.substring(0, m.lastIndexOf('/')) : "")
                .thenComparingInt(BrmlReader::memberNumber));
        List<Spectrum> out = new ArrayList<>();
        for (String m : members) {
            out.addAll(parse(name, m, ZipContent.read(file, m)));
        }
        if (out.isEmpty()) {
            throw new DataFormatException(name + ": no BRML data route with 2θ data found in " + members);
        }
        return out;
    }

    private static int memberNumber(String member) {
        Matcher mm = RAW_DATA.matcher(member);
        return mm.matches() && !mm.group(1).isEmpty() ? Integer.parseInt(mm.group(1)) : 0;
    }

    static List<Spectrum> parse(String name, String member, byte[] xml) throws DataFormatException {
        String label = name + "!" + member;
        Document doc = SafeXml.parse(label, xml);
        Element root = doc.getDocumentElement();
        if (!SafeXml.localName(root).equals("RawData")) {
            throw new DataFormatException(label + ": root element <" + SafeXml.localName(root) + ">, expected <RawData>");
        }
        List<Element> routes = SafeXml.descendants(root, "DataRoute");
        if (routes.stream().anyMatch(r -> !r.getAttribute("RouteFlag").isEmpty())) {
            routes.removeIf(r -> !r.getAttribute("RouteFlag").equalsIgnoreCase("Measured"));
        }
        Radiation radiation = tubeRadiation(root);
        String sample = SafeXml.firstDescendant(root, "SampleName").map(e -> e.getAttribute("Value")).orElse(null);
        List<Spectrum> out = new ArrayList<>();
        int routeNo = 0;
        for (Element route : routes) {
            routeNo++;
            String block = member + (routes.size() > 1 ? " route " + routeNo : "");
            readRoute(name, label, block, route, radiation, sample).ifPresent(out::add);
        }
        return out;
    }

    private static Optional<Spectrum> readRoute(String name, String label, String block, Element route,
                                                Radiation radiation, String sample) throws DataFormatException {
        int twoThetaColumn = -1;
        int countColumn = -1;
        int firstRecorded = -1;
        for (Element view : SafeXml.descendants(route, "RawDataView")) {
            String type = SafeXml.attribute(view, "type");
            int start = intAttribute(label, view, "Start");
            int length = view.hasAttribute("Length") ? intAttribute(label, view, "Length") : 1;
            if (type.contains("VaryingRawDataView")) {
                List<Element> defs = SafeXml.descendants(view, "FieldDefinitions");
                for (int j = 0; j < defs.size(); j++) {
                    String axis = defs.get(j).getAttribute("AxisId").trim();
                    String field = defs.get(j).getAttribute("FieldName").trim();
                    if (axis.equals("TwoTheta") || field.equals("TwoTheta")) {
                        twoThetaColumn = start + j;
                    }
                }
            } else if (type.contains("RecordedRawDataView")) {
                if (length != 1) {
                    throw new DataFormatException(label + ": a RecordedRawDataView of length " + length
                            + " is a detector frame, not a 1-D pattern");
                }
                Optional<Element> rec = SafeXml.child(view, "Recording");
                String category = rec.map(e -> e.getAttribute("Category")).orElse("");
                String logic = rec.map(e -> e.getAttribute("LogicName")).orElse("");
                boolean isCount = category.equalsIgnoreCase("Count") || logic.equals("Counter0D")
                        || logic.equals("ScanCounter") || rec.isEmpty();
                if (isCount && countColumn < 0) {
                    countColumn = start;
                } else if (firstRecorded < 0) {
                    firstRecorded = start;
                }
            }
        }
        if (countColumn < 0) {
            countColumn = firstRecorded;
        }
        if (countColumn < 0) {
            throw new DataFormatException(label + ", " + block + ": no RecordedRawDataView declares the counts column");
        }
        List<Element> datums = SafeXml.children(route, "Datum");
        if (datums.isEmpty()) {
            throw new DataFormatException(label + ", " + block + ": data route holds no <Datum> rows");
        }
        Optional<Element> scanInfo = SafeXml.child(route, "ScanInformation");
        double axisStart = Double.NaN;
        double axisStep = Double.NaN;
        if (twoThetaColumn < 0) {
            Optional<Element> axis = scanInfo.flatMap(s -> SafeXml.descendants(s, "ScanAxisInfo").stream()
                    .filter(a -> a.getAttribute("AxisId").equals("TwoTheta")).findFirst());
            if (axis.isEmpty()) {
                return Optional.empty();
            }
            axisStart = number(label, "ScanAxisInfo/Start", SafeXml.childText(axis.get(), "Start").orElse(""));
            axisStep = number(label, "ScanAxisInfo/Increment", SafeXml.childText(axis.get(), "Increment").orElse(""));
        }
        int n = datums.size();
        double[] x = new double[n];
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            String[] cols = datums.get(i).getTextContent().trim().split("\\s*,\\s*");
            int need = Math.max(countColumn, twoThetaColumn) + 1;
            if (cols.length < need) {
                throw new DataFormatException(label + ", " + block + ", Datum " + (i + 1) + ": " + cols.length
                        + " columns, the DataViews need " + need);
            }
            x[i] = twoThetaColumn >= 0 ? number(label, "Datum " + (i + 1) + " 2θ", cols[twoThetaColumn])
                    : axisStart + i * axisStep;
            y[i] = number(label, "Datum " + (i + 1) + " counts", cols[countColumn]);
        }
        XrdSpectra.Builder b = new XrdSpectra.Builder(name, "Bruker BRML").block(block).data(x, y, null)
                .yQuantity(AxisQuantity.INTENSITY).radiation(radiation).metadata(MetadataKeys.SAMPLE, sample)
                .step("twoThetaFrom", twoThetaColumn >= 0 ? "Datum column " + twoThetaColumn : "ScanAxisInfo start/increment")
                .step("countsColumn", countColumn);
        scanInfo.flatMap(s -> SafeXml.childText(s, "TimePerStep")).ifPresent(t -> b.metadata(MetadataKeys.DWELL_S, t));
        return Optional.of(b.build());
    }

    private static Radiation tubeRadiation(Element root) throws DataFormatException {
        OptionalDouble k1 = valueAttribute(root, "WaveLengthAlpha1");
        if (k1.isEmpty() || !(k1.getAsDouble() > 0)) {
            return null;
        }
        OptionalDouble k2 = valueAttribute(root, "WaveLengthAlpha2");
        OptionalDouble ratio = valueAttribute(root, "WaveLengthRatio");
        OptionalDouble kb = valueAttribute(root, "WaveLengthBeta");
        boolean doublet = k2.isPresent() && k2.getAsDouble() > 0 && ratio.isPresent() && ratio.getAsDouble() > 0;
        return new Radiation("file", k1.getAsDouble(), doublet ? k2 : OptionalDouble.empty(),
                doublet ? ratio.getAsDouble() : 0,
                kb.isPresent() && kb.getAsDouble() > 0 ? kb : OptionalDouble.empty());
    }

    private static OptionalDouble valueAttribute(Element root, String tag) {
        Optional<Element> e = SafeXml.firstDescendant(root, tag);
        if (e.isEmpty() || e.get().getAttribute("Value").isBlank()) {
            return OptionalDouble.empty();
        }
        try {
            return OptionalDouble.of(Double.parseDouble(e.get().getAttribute("Value").trim()));
        } catch (NumberFormatException ex) {
            return OptionalDouble.empty();
        }
    }

    private static int intAttribute(String label, Element e, String attr) throws DataFormatException {
        try {
            return Integer.parseInt(e.getAttribute(attr).trim());
        } catch (NumberFormatException ex) {
            throw new DataFormatException(label + ": <" + SafeXml.localName(e) + "> attribute " + attr
                    + " is not an integer: '" + e.getAttribute(attr) + "'");
        }
    }

    private static double number(String label, String what, String text) throws DataFormatException {
        try {
            return Double.parseDouble(text.trim().replace(',', '.'));
        } catch (NumberFormatException e) {
            throw new DataFormatException(label + ": " + what + " is not a number: '" + text.trim() + "'");
        }
    }

    static boolean isBrmlMember(String member) {
        return RAW_DATA.matcher(member).matches() || member.toLowerCase(Locale.ROOT).endsWith("experimentcollection.xml");
    }
}
