package org.crystallite.xrd.io;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.crystallite.spectrum.AxisQuantity;
import org.crystallite.spectrum.Spectrum;
import org.crystallite.spectrum.io.ColumnReader;
import org.crystallite.spectrum.io.DataFormatException;
import org.crystallite.xrd.radiation.Radiation;

/**
 * Entry point for reading powder diffraction files: detects the format from the content (magic
 * bytes, XML root, RAS marker, GSAS BANK record, zip members) and, only when the content says
 * nothing, from the extension; then returns one {@link Spectrum} per bank/range/scan with x = 2θ in
 * degrees.
 *
 * <p>Wavelengths found in a file are recorded in the spectrum metadata. A user override replaces
 * them (and is recorded as a {@code wavelength} provenance step naming what it replaced); without
 * one, a file that states no wavelength yields spectra without wavelength metadata: nothing is
 * silently defaulted to Cu.
 *
 * <p>Plain column files (xy, xye, csv, tsv, dat, txt, optionally gzip) are recognised by extension
 * after every content test has failed, and read by the spectrum module's {@link ColumnReader} as
 * 2θ (°) / counts [/ esd]. Rows with esd = 0 are dropped: in GSAS and in the xrayutilities
 * LaB6_d500_si_psd.xye such rows carry no weight (unmeasured tail), and the read step counts them.
 */
public final class XrdReaders {

    private static final int SNIFF_BYTES = 8192;

    /** Column files in XRD: x is 2θ in degrees, y counts, esd rows of 0 carry no weight. */
    static final ColumnReader.Options COLUMN_OPTIONS = ColumnReader.Options.defaults()
            .withQuantities(AxisQuantity.TWO_THETA, AxisQuantity.INTENSITY)
            .withZeroSigma(ColumnReader.ZeroSigma.DROP_POINT);

    private XrdReaders() {
    }

    /** Reads a file with the wavelengths it states. */
    public static List<Spectrum> read(Path file) throws IOException {
        return read(file, Optional.empty());
    }

    /**
     * Reads a file; when {@code override} is present it replaces any wavelength the file states.
     *
     * @throws DataFormatException when the format is unknown (the message lists the supported
     *         formats) or the file is malformed (the message names the file and the place)
     */
    public static List<Spectrum> read(Path file, Optional<Radiation> override) throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new java.nio.file.NoSuchFileException(file.toString());
        }
        XrdFormat format = detect(file);
        List<Spectrum> spectra = switch (format) {
            case GSAS_RAW -> GsasRawReader.read(file);
            case XRDML -> XrdmlReader.read(file);
            case BRUKER_RAW -> BrukerRawReader.read(file);
            case BRUKER_BRML -> BrmlReader.read(file);
            case RIGAKU_RAS -> RigakuReader.readRas(file);
            case RIGAKU_RASX -> RigakuReader.readRasx(file);
            case COLUMNS -> List.of(ColumnReader.read(file, COLUMN_OPTIONS)
                    .withMetadata(XrdSpectra.FORMAT, format.description()));
        };
        if (override.isEmpty()) {
            return spectra;
        }
        List<Spectrum> out = new ArrayList<>(spectra.size());
        for (Spectrum s : spectra) {
            out.add(XrdSpectra.withRadiation(s, override.get()));
        }
        return List.copyOf(out);
    }

    /** The format of a file, from its content first and its extension second. */
    public static XrdFormat detect(Path file) throws IOException {
        String name = file.getFileName().toString();
        byte[] head = ZipContent.head(file, SNIFF_BYTES);
        if (BrukerRawReader.version(head) > 0) {
            return XrdFormat.BRUKER_RAW;
        }
        if (ZipContent.looksLikeZip(head)) {
            return detectZip(file);
        }
        String text = new String(head, StandardCharsets.ISO_8859_1);
        String trimmed = text.startsWith("\u00ef\u00bb\u00bf") ? text.substring(3).trim() : text.trim();
        if (trimmed.startsWith("*RAS_DATA_START")) {
            return XrdFormat.RIGAKU_RAS;
        }
        if (trimmed.startsWith("<") && (text.contains("<xrdMeasurements") || text.contains("www.xrdml.com"))) {
            return XrdFormat.XRDML;
        }
        if (hasBankRecord(text)) {
            return XrdFormat.GSAS_RAW;
        }
        String ext = extension(name);
        if (ext.equals("xrdml")) {
            return XrdFormat.XRDML;
        }
        if (ext.equals("ras")) {
            return XrdFormat.RIGAKU_RAS;
        }
        String inner = ext.equals("gz") ? extension(name.substring(0, name.length() - 3)) : ext;
        if (XrdFormat.COLUMNS.extensions().contains(inner)) {
            return XrdFormat.COLUMNS;
        }
        throw new DataFormatException(name + ": unknown diffraction format; supported: " + XrdFormat.supportedList());
    }

    private static XrdFormat detectZip(Path file) throws IOException {
        String name = file.getFileName().toString();
        List<String> members = new ArrayList<>(ZipContent.list(file).keySet());
        for (String m : members) {
            if (m.matches("(?i)(?:.*/)?RawData\\d*\\.xml")) {
                return XrdFormat.BRUKER_BRML;
            }
        }
        for (String m : members) {
            if (m.matches("(?i)(?:.*/)?Data\\d+/Profile\\d+\\.txt")) {
                return XrdFormat.RIGAKU_RASX;
            }
        }
        List<String> data = members.stream().filter(m -> !m.startsWith("__MACOSX")).toList();
        if (data.size() == 1) {
            String text = new String(ZipContent.readHead(file, data.get(0), 65536), StandardCharsets.ISO_8859_1);
            if (hasBankRecord(text)) {
                return XrdFormat.GSAS_RAW;
            }
        }
        throw new DataFormatException(name + ": zip archive is not a known diffraction format (members "
                + members.subList(0, Math.min(5, members.size())) + "); supported: " + XrdFormat.supportedList());
    }

    /** A GSAS raw file has a line starting with "BANK" followed by numbers, after the title line. */
    private static boolean hasBankRecord(String text) {
        String[] lines = text.split("\r\n|\n|\r");
        for (int i = 1; i < lines.length; i++) {
            if (lines[i].startsWith("BANK") && lines[i].trim().split("\\s+").length >= 5) {
                return true;
            }
        }
        return false;
    }

    private static String extension(String name) {
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }
}
