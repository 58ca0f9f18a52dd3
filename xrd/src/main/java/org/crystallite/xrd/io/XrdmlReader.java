package org.crystallite.xrd.io;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;

import org.crystallite.spectrum.AxisQuantity;
import org.crystallite.spectrum.MetadataKeys;
import org.crystallite.spectrum.Spectrum;
import org.crystallite.spectrum.io.DataFormatException;
import org.crystallite.xrd.radiation.Radiation;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * PANalytical / Malvern XRDML (schema 1.x and 2.x; the namespace is versioned, so every lookup is by
 * local name). One spectrum per {@code xrdMeasurement/scan} whose data points carry 2θ positions.
 *
 * <ul>
 * <li>x: {@code positions axis="2Theta"} as {@code startPosition}/{@code endPosition} (evenly spaced
 *     over the points) or {@code listPositions}.</li>
 * <li>y: {@code <intensities>} are stored already corrected for the beam attenuator and are used as
 *     given; {@code <counts>} (schema 2.x) are raw detector counts "not yet corrected for beam
 *     attenuator", so they are multiplied by {@code beamAttenuationFactors} (per point) or
 *     {@code commonBeamAttenuationFactor}. Applying the factors to {@code <intensities>} would apply
 *     them twice (GenX issue #20).</li>
 * <li>y quantity: counts per step ({@link AxisQuantity#INTENSITY}) when the unit is "counts"; counts
 *     per second ({@link AxisQuantity#COUNT_RATE}) when the file says cps. Values are never divided
 *     by the counting time here; the counting time is kept as {@link MetadataKeys#DWELL_S}.</li>
 * <li>wavelength: {@code usedWavelength/kAlpha1, kAlpha2, kBeta, ratioKAlpha2KAlpha1} (Å).</li>
 * </ul>
 */
public final class XrdmlReader {

    private XrdmlReader() {
    }

    public static List<Spectrum> read(Path file) throws IOException {
        String name = file.getFileName().toString();
        return parse(name, Files.readAllBytes(file));
    }

    static List<Spectrum> parse(String name, byte[] content) throws DataFormatException {
        Document doc = SafeXml.parse(name, content);
        Element root = doc.getDocumentElement();
        if (!SafeXml.localName(root).equals("xrdMeasurements")) {
            throw new DataFormatException(name + ": not XRDML: root element is <" + SafeXml.localName(root)
                    + ">, expected <xrdMeasurements>");
        }
        String sample = SafeXml.firstDescendant(root, "sample")
                .flatMap(s -> SafeXml.childText(s, "name").or(() -> SafeXml.childText(s, "id"))).orElse(null);
        List<Spectrum> out = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        int measurementNo = 0;
        for (Element m : SafeXml.children(root, "xrdMeasurement")) {
            measurementNo++;
            Radiation radiation = SafeXml.child(m, "usedWavelength").isPresent()
                    ? usedWavelength(name, SafeXml.child(m, "usedWavelength").get()) : null;
            int scanNo = 0;
            for (Element scan : SafeXml.children(m, "scan")) {
                scanNo++;
                String block = "measurement " + measurementNo + " scan " + scanNo;
                Optional<Spectrum> s = readScan(name, block, scan, radiation, sample);
                if (s.isPresent()) {
                    out.add(s.get());
                } else {
                    skipped.add(block + " (scanAxis " + scan.getAttribute("scanAxis") + ")");
                }
            }
        }
        if (out.isEmpty()) {
            throw new DataFormatException(name + ": no XRDML scan with 2θ positions found"
                    + (skipped.isEmpty() ? " (no <scan> elements)" : "; scans without 2θ: " + skipped));
        }
        return out;
    }

    private static Radiation usedWavelength(String name, Element w) throws DataFormatException {
        OptionalDouble k1 = angstrom(name, w, "kAlpha1");
        OptionalDouble k2 = angstrom(name, w, "kAlpha2");
        OptionalDouble kb = angstrom(name, w, "kBeta");
        OptionalDouble ratio = number(name, w, "ratioKAlpha2KAlpha1");
        if (k1.isEmpty()) {
            throw new DataFormatException(name + ": <usedWavelength> has no <kAlpha1>");
        }
        String intended = w.getAttribute("intended");
        boolean doublet = k2.isPresent() && ratio.isPresent() && ratio.getAsDouble() > 0;
        try {
            return new Radiation(intended.isBlank() ? "file" : "file (" + intended + ")", k1.getAsDouble(),
                    doublet ? k2 : OptionalDouble.empty(), doublet ? ratio.getAsDouble() : 0, kb);
        } catch (IllegalArgumentException e) {
            throw new DataFormatException(name + ": implausible <usedWavelength>: " + e.getMessage(), e);
        }
    }

    private static OptionalDouble angstrom(String name, Element parent, String tag) throws DataFormatException {
        Optional<Element> e = SafeXml.child(parent, tag);
        if (e.isEmpty()) {
            return OptionalDouble.empty();
        }
        double v = parseNumber(name, tag, e.get().getTextContent());
        String unit = e.get().getAttribute("unit").toLowerCase(Locale.ROOT);
        if (unit.equals("nm")) {
            v *= 10;
        } else if (!unit.isEmpty() && !unit.startsWith("angstrom") && !unit.equals("å") && !unit.equals("a")) {
            throw new DataFormatException(name + ": <" + tag + "> unit '" + unit + "' not understood; expected Angstrom or nm");
        }
        return OptionalDouble.of(v);
    }

    private static OptionalDouble number(String name, Element parent, String tag) throws DataFormatException {
        Optional<String> t = SafeXml.childText(parent, tag);
        return t.isEmpty() ? OptionalDouble.empty() : OptionalDouble.of(parseNumber(name, tag, t.get()));
    }

    private static Optional<Spectrum> readScan(String name, String block, Element scan, Radiation radiation,
                                               String sample) throws DataFormatException {
        Element points = SafeXml.child(scan, "dataPoints").orElseThrow(
                () -> new DataFormatException(name + ", " + block + ": <scan> has no <dataPoints>"));
        Element twoTheta = null;
        for (Element p : SafeXml.children(points, "positions")) {
            if (p.getAttribute("axis").equals("2Theta")) {
                twoTheta = p;
            }
        }
        if (twoTheta == null || SafeXml.child(twoTheta, "commonPosition").isPresent()
                && SafeXml.child(twoTheta, "startPosition").isEmpty() && SafeXml.child(twoTheta, "listPositions").isEmpty()) {
            return Optional.empty();
        }
        String unitX = twoTheta.getAttribute("unit");
        if (!unitX.isEmpty() && !unitX.equals("deg")) {
            throw new DataFormatException(name + ", " + block + ": 2Theta positions in unit '" + unitX + "', expected deg");
        }
        boolean raw;
        Element values;
        if (SafeXml.child(points, "counts").isPresent()) {
            values = SafeXml.child(points, "counts").get();
            raw = true;
        } else if (SafeXml.child(points, "intensities").isPresent()) {
            values = SafeXml.child(points, "intensities").get();
            raw = false;
        } else {
            throw new DataFormatException(name + ", " + block + ": <dataPoints> has neither <intensities> nor <counts>");
        }
        double[] y = numbers(name, block, values.getTagName(), values.getTextContent());
        int n = y.length;
        if (n == 0) {
            throw new DataFormatException(name + ", " + block + ": <" + values.getTagName() + "> holds no values");
        }
        double[] x;
        Optional<Element> list = SafeXml.child(twoTheta, "listPositions");
        if (list.isPresent()) {
            x = numbers(name, block, "listPositions", list.get().getTextContent());
            if (x.length != n) {
                throw new DataFormatException(name + ", " + block + ": " + x.length + " listPositions but " + n + " values");
            }
        } else {
            double start = parseNumber(name, "startPosition", SafeXml.childText(twoTheta, "startPosition").orElseThrow(
                    () -> new DataFormatException(name + ", " + block + ": 2Theta positions without startPosition")));
            double stop = parseNumber(name, "endPosition", SafeXml.childText(twoTheta, "endPosition").orElseThrow(
                    () -> new DataFormatException(name + ", " + block + ": 2Theta positions without endPosition")));
            x = new double[n];
            for (int i = 0; i < n; i++) {
                x[i] = n == 1 ? start : start + (stop - start) * i / (n - 1);
            }
        }
        String attenuation = "none";
        if (raw) {
            Optional<String> perPoint = SafeXml.childText(points, "beamAttenuationFactors");
            Optional<String> common = SafeXml.childText(points, "commonBeamAttenuationFactor");
            if (perPoint.isPresent()) {
                double[] f = numbers(name, block, "beamAttenuationFactors", perPoint.get());
                if (f.length != n) {
                    throw new DataFormatException(name + ", " + block + ": " + f.length
                            + " beamAttenuationFactors but " + n + " counts");
                }
                for (int i = 0; i < n; i++) {
                    y[i] *= f[i];
                }
                attenuation = "beamAttenuationFactors applied to raw counts";
            } else if (common.isPresent()) {
                double f = parseNumber(name, "commonBeamAttenuationFactor", common.get());
                for (int i = 0; i < n; i++) {
                    y[i] *= f;
                }
                attenuation = "commonBeamAttenuationFactor " + f + " applied to raw counts";
            }
        } else if (SafeXml.child(points, "beamAttenuationFactors").isPresent()) {
            attenuation = "already included in <intensities> (factors not applied again)";
        }
        String unitY = values.getAttribute("unit").toLowerCase(Locale.ROOT);
        AxisQuantity yq;
        if (unitY.isEmpty() || unitY.equals("counts")) {
            yq = AxisQuantity.INTENSITY;
        } else if (unitY.equals("cps") || unitY.contains("per second") || unitY.equals("counts/s")) {
            yq = AxisQuantity.COUNT_RATE;
        } else {
            throw new DataFormatException(name + ", " + block + ": intensity unit '" + unitY
                    + "' not understood; expected counts or cps");
        }
        XrdSpectra.Builder b = new XrdSpectra.Builder(name, "XRDML").block(block).data(x, y, null).yQuantity(yq)
                .radiation(radiation).metadata(MetadataKeys.SAMPLE, sample)
                .metadata("scanAxis", scan.getAttribute("scanAxis"))
                .step("values", raw ? "counts" : "intensities").step("attenuation", attenuation);
        Optional<String> time = SafeXml.childText(points, "commonCountingTime");
        if (time.isPresent()) {
            b.metadata(MetadataKeys.DWELL_S, Double.toString(parseNumber(name, "commonCountingTime", time.get())));
        }
        return Optional.of(b.build());
    }

    private static double[] numbers(String name, String block, String tag, String text) throws DataFormatException {
        String t = text.trim();
        if (t.isEmpty()) {
            return new double[0];
        }
        String[] parts = t.split("\\s+");
        double[] v = new double[parts.length];
        for (int i = 0; i < parts.length; i++) {
            try {
                v[i] = Double.parseDouble(parts[i]);
            } catch (NumberFormatException e) {
                throw new DataFormatException(name + ", " + block + ": <" + tag + "> value " + (i + 1)
                        + " is not a number: '" + parts[i] + "'");
            }
        }
        return v;
    }

    private static double parseNumber(String name, String tag, String text) throws DataFormatException {
        try {
            return Double.parseDouble(text.trim());
        } catch (NumberFormatException e) {
            throw new DataFormatException(name + ": <" + tag + "> is not a number: '" + text.trim() + "'");
        }
    }
}
