package org.crystallite.xrd.io;

import java.util.List;

/** The diffraction file formats {@link XrdReaders} recognises, with their usual extensions. */
public enum XrdFormat {
    GSAS_RAW("GSAS raw (STD/ESD/ALT/FXYE, optionally zipped)", List.of("gsas", "gsa", "gss", "gda", "fxye", "fxy", "xra", "esd", "std", "zip")),
    XRDML("PANalytical XRDML", List.of("xrdml")),
    BRUKER_RAW("Bruker RAW v1–v4", List.of("raw")),
    BRUKER_BRML("Bruker BRML", List.of("brml")),
    RIGAKU_RAS("Rigaku RAS", List.of("ras")),
    RIGAKU_RASX("Rigaku RASX", List.of("rasx")),
    /** Plain 2θ / intensity [/ esd] columns, read by the spectrum module's ColumnReader (also gzip). */
    COLUMNS("2θ-intensity[-esd] columns", List.of("xy", "xye", "csv", "tsv", "dat", "txt"));

    private final String description;
    private final List<String> extensions;

    XrdFormat(String description, List<String> extensions) {
        this.description = description;
        this.extensions = extensions;
    }

    public String description() {
        return description;
    }

    /** Lower-case extensions without the dot. */
    public List<String> extensions() {
        return extensions;
    }

    /** "GSAS raw (…) [.gsas .gsa …], XRDML [.xrdml], …" for error messages. */
    static String supportedList() {
        StringBuilder sb = new StringBuilder();
        for (XrdFormat f : values()) {
            if (sb.length() > 0) {
                sb.append("; ");
            }
            sb.append(f.description).append(" [.").append(String.join(" .", f.extensions)).append(']');
        }
        return sb.toString();
    }
}
