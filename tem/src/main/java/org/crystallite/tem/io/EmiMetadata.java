package org.crystallite.tem.io;

import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.crystallite.spectrum.io.DataFormatException;

/**
 * The metadata of a TIA EMI file. The EMI is a binary object store, but TIA embeds one XML document,
 * {@code <ObjectInfo>…</ObjectInfo>}, with the experimental description as
 * {@code <Data><Label>…</Label><Value>…</Value><Unit>…</Unit></Data>} entries and a few direct
 * elements (AcceleratingVoltage in V, AcquireDate, Magnification). Only that document is read.
 */
record EmiMetadata(Map<String, String> entries) {

    private static final Pattern DATA = Pattern.compile(
            "<Data>\\s*<Label>(.*?)</Label>\\s*<Value>(.*?)</Value>\\s*<Unit>(.*?)</Unit>\\s*</Data>", Pattern.DOTALL);

    EmiMetadata {
        entries = Collections.unmodifiableMap(new LinkedHashMap<>(entries));
    }

    static EmiMetadata parse(String fileName, byte[] bytes) throws DataFormatException {
        String text = new String(bytes, StandardCharsets.ISO_8859_1);
        int start = text.indexOf("<ObjectInfo>");
        int end = start < 0 ? -1 : text.indexOf("</ObjectInfo>", start);
        if (start < 0 || end < 0) {
            throw new DataFormatException(fileName + ": no <ObjectInfo> XML block found (not a TIA EMI file, or truncated)");
        }
        String xml = text.substring(start, end);
        Map<String, String> out = new LinkedHashMap<>();
        out.put("emi.file", fileName);
        Map<String, String[]> described = new LinkedHashMap<>();
        Matcher m = DATA.matcher(xml);
        while (m.find()) {
            String label = unescape(m.group(1)).trim();
            String value = unescape(m.group(2)).trim();
            String unit = unescape(m.group(3)).trim();
            described.put(label, new String[] {value, unit});
            out.put("emi." + label, unit.isEmpty() ? value : value + " " + unit);
        }
        String[] microscope = described.get("Microscope");
        if (microscope != null) {
            out.put(ImageMetadataKeys.MICROSCOPE, microscope[0]);
        }
        String volts = element(xml, "AcceleratingVoltage");
        String[] tension = described.get("High tension");
        if (volts != null && parse(volts) > 0) {
            out.put(ImageMetadataKeys.VOLTAGE_KV, ReaderSupport.format(parse(volts) / 1000));
        } else if (tension != null && "kV".equals(tension[1]) && parse(tension[0]) > 0) {
            out.put(ImageMetadataKeys.VOLTAGE_KV, ReaderSupport.format(parse(tension[0])));
        }
        String[] magnification = described.get("Magnification");
        if (magnification != null && parse(magnification[0]) > 0) {
            out.put(ImageMetadataKeys.MAGNIFICATION, ReaderSupport.format(parse(magnification[0])));
        }
        String[] cameraLength = described.get("Camera length");
        if (cameraLength != null && "m".equals(cameraLength[1]) && parse(cameraLength[0]) > 0) {
            out.put(ImageMetadataKeys.CAMERA_LENGTH_M, cameraLength[0]);
        }
        String[] mode = described.get("Mode");
        if (mode != null) {
            out.put(ImageMetadataKeys.MODE, mode[0]);
        }
        String date = element(xml, "AcquireDate");
        if (date != null) {
            out.put(ImageMetadataKeys.ACQUISITION_TIME, date);
        }
        String manufacturer = element(xml, "Manufacturer");
        if (manufacturer != null) {
            out.put("emi.Manufacturer", manufacturer);
        }
        return new EmiMetadata(out);
    }

    private static String element(String xml, String name) {
        Matcher m = Pattern.compile("<" + name + ">(.*?)</" + name + ">", Pattern.DOTALL).matcher(xml);
        return m.find() ? unescape(m.group(1)).trim() : null;
    }

    private static double parse(String number) {
        try {
            return Double.parseDouble(number.trim());
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }

    private static String unescape(String s) {
        return s.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&apos;", "'")
                .replace("&amp;", "&");
    }
}
