package org.crystallite.xrd.io;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.crystallite.spectrum.AxisQuantity;
import org.crystallite.spectrum.Spectrum;
import org.crystallite.spectrum.io.DataFormatException;
import org.crystallite.xrd.radiation.Radiation;

/**
 * GSAS raw powder data (GSAS manual, Larson &amp; Von Dreele, LAUR 86-748, "GSAS standard powder
 * data file"): a title line, optional {@code #} comments and an optional instrument-parameter line,
 * then one or more banks, each opened by
 * {@code BANK ibank nchan nrec bintyp bcoef1 bcoef2 bcoef3 bcoef4 type}. Records are 80-character
 * fixed-format lines:
 * <ul>
 * <li>{@code STD}: ten 8-character fields (I2 number of counters n, F6 counts y); σ = √(y/n);</li>
 * <li>{@code ESD}: five (F8 y, F8 esd) pairs;</li>
 * <li>{@code ALT}: four 20-character groups (F8 x·32, F7 y, F5 esd; y and esd in thousandths, as GSAS-II
 *     reads them);</li>
 * <li>{@code FXYE}/{@code FXY}: free-format x, y[, esd] per line.</li>
 * </ul>
 * For {@code CONST}/{@code CONS} binning x is 2θ in centidegrees: x(i) = bcoef1 + i·bcoef2, or the
 * explicit x of FXYE/ALT records. {@code RALF} binning is time-of-flight: the explicit x of FXYE
 * (µs) and ALT (1/32 µs) records is returned on an {@link AxisQuantity#ARBITRARY} axis marked
 * {@code xAxis = time-of-flight (µs)}; RALF with STD/ESD records needs the RALF bin formula and is
 * refused.
 *
 * <p>Points with an explicit esd ≤ 0 carry no weight in GSAS and are dropped (the read step counts
 * them). STD files hold counts: σ is supplied only when some field names more than one counter.
 * A {@code .zip} holding one data file (APS 11-BM {@code .fxye.zip}) is read transparently.
 * The wavelength is not in the raw file: it comes from a GSAS instrument parameter file
 * ({@link GsasInstrumentParameters}), named on the file's second line or found next to the file
 * with the same base name and extension {@code .prm}.
 */
public final class GsasRawReader {

    private static final String FORMAT = "GSAS raw";

    private GsasRawReader() {
    }

    /** Reads a GSAS raw file, looking for its instrument parameter file as described above. */
    public static List<Spectrum> read(Path file) throws IOException {
        return read(file, Optional.empty());
    }

    /**
     * Reads a GSAS raw file.
     *
     * @param instrumentParameters the .prm file to take the wavelength from; when empty, the one named
     *        in the file or sitting next to it (same base name, .prm) is used if present
     */
    public static List<Spectrum> read(Path file, Optional<Path> instrumentParameters) throws IOException {
        String name = file.getFileName().toString();
        String text;
        String label = name;
        if (ZipContent.looksLikeZip(ZipContent.head(file, 4))) {
            Map<String, Long> members = ZipContent.list(file);
            List<String> data = new ArrayList<>();
            for (String m : members.keySet()) {
                if (!m.startsWith("__MACOSX")) {
                    data.add(m);
                }
            }
            if (data.size() != 1) {
                throw new DataFormatException(name + ": a zipped GSAS file must hold exactly one data file, found "
                        + data.size() + " " + data);
            }
            label = name + "!" + data.get(0);
            text = new String(ZipContent.read(file, data.get(0)), StandardCharsets.ISO_8859_1);
        } else {
            text = Files.readString(file, StandardCharsets.ISO_8859_1);
        }
        List<String> lines = Arrays.asList(text.split("\r\n|\n|\r", -1));
        Path prm = instrumentParameters.orElse(null);
        if (prm == null) {
            prm = findInstrumentParameters(file, lines).orElse(null);
        }
        GsasInstrumentParameters params = prm == null ? null : GsasInstrumentParameters.read(prm);
        return parse(name, label, lines, params);
    }

    /** Parses GSAS raw text; {@code label} names the file (or zip member) in error messages. */
    static List<Spectrum> parse(String source, String label, List<String> lines, GsasInstrumentParameters prm)
            throws DataFormatException {
        if (lines.size() < 2) {
            throw DataFormatException.at(label, 1, "empty file; expected a title line and a BANK record");
        }
        String title = lines.get(0).trim();
        List<Spectrum> out = new ArrayList<>();
        int i = 1;
        while (i < lines.size()) {
            String line = lines.get(i);
            if (line.startsWith("BANK")) {
                int end = i + 1;
                while (end < lines.size() && !lines.get(end).startsWith("BANK") && !lines.get(end).startsWith("#")) {
                    end++;
                }
                out.add(readBank(source, label, title, lines, i, end, prm));
                i = end;
            } else if (line.startsWith("TIME_MAP")) {
                throw DataFormatException.at(label, i + 1, "TIME_MAP (time-of-flight time map) banks are not supported;"
                        + " expected CONST or RALF binning");
            } else {
                i++;
            }
        }
        if (out.isEmpty()) {
            throw DataFormatException.at(label, 0, "no BANK record found; expected a line "
                    + "'BANK ibank nchan nrec CONST start step 0 0 STD|ESD|ALT|FXYE'");
        }
        return out;
    }

    private static Spectrum readBank(String source, String label, String title, List<String> lines, int bankLine,
                                     int end, GsasInstrumentParameters prm) throws DataFormatException {
        String header = lines.get(bankLine);
        int lineNo = bankLine + 1;
        String[] t = header.trim().split("\\s+");
        if (t.length < 5) {
            throw DataFormatException.at(label, lineNo, "BANK record too short: expected "
                    + "'BANK ibank nchan nrec bintyp bcoef1 bcoef2 … type', found '" + header.trim() + "'");
        }
        int bank = GsasRecords.parseInt(t[1], label, lineNo, "bank number");
        int nchan = GsasRecords.parseInt(t[2], label, lineNo, "number of points (nchan)");
        GsasRecords.parseInt(t[3], label, lineNo, "number of records (nrec)");
        if (nchan <= 0) {
            throw DataFormatException.at(label, lineNo, "BANK declares " + nchan + " points");
        }
        String binType = t[4].toUpperCase(Locale.ROOT);
        String type = "STD";
        List<Double> coef = new ArrayList<>();
        for (int k = 5; k < t.length; k++) {
            String u = t[k].toUpperCase(Locale.ROOT);
            if (u.equals("STD") || u.equals("ESD") || u.equals("ALT") || u.equals("FXYE") || u.equals("FXY")) {
                type = u;
                break;
            }
            coef.add(GsasRecords.parseDouble(t[k], label, lineNo, "bin coefficient bcoef" + (k - 4)));
        }
        boolean constant = binType.equals("CONST") || binType.equals("CONS");
        boolean ralf = binType.equals("RALF");
        if (!constant && !ralf) {
            throw DataFormatException.at(label, lineNo, "bin type '" + t[4] + "' not supported; expected CONST (CONS) or RALF");
        }
        if (ralf && (type.equals("STD") || type.equals("ESD"))) {
            throw DataFormatException.at(label, lineNo, "RALF binning with " + type + " records is not supported;"
                    + " expected FXYE or ALT records with explicit time-of-flight");
        }
        if (constant && !type.startsWith("FXY") && !type.equals("ALT") && coef.size() < 2) {
            throw DataFormatException.at(label, lineNo, "CONST binning needs bcoef1 (start) and bcoef2 (step) in centidegrees");
        }
        int perRecord = switch (type) {
            case "STD" -> 10;
            case "ESD" -> 5;
            case "ALT" -> 4;
            default -> 1;
        };
        long capacity = (long) perRecord * (end - bankLine - 1);
        if (nchan > capacity) {
            // Checked before allocating, so a garbled nchan cannot exhaust memory.
            throw DataFormatException.at(label, lineNo, "BANK declares " + nchan + " points but the " + (end - bankLine - 1)
                    + " records that follow hold at most " + capacity + " (truncated file?)");
        }
        GsasRecords.BankData d = switch (type) {
            case "STD" -> GsasRecords.readStd(label, lines, bankLine + 1, end, nchan);
            case "ESD" -> GsasRecords.readEsd(label, lines, bankLine + 1, end, nchan);
            case "ALT" -> GsasRecords.readAlt(label, lines, bankLine + 1, end, nchan);
            default -> GsasRecords.readFxy(label, lines, bankLine + 1, end, nchan, type.equals("FXYE"));
        };
        // x: centidegrees → degrees (CONST), or time-of-flight in µs (RALF; ALT stores 1/32 µs).
        double[] x = new double[nchan];
        for (int k = 0; k < nchan; k++) {
            if (d.x() == null) {
                x[k] = (coef.get(0) + k * coef.get(1)) / 100.0;
            } else {
                x[k] = ralf ? d.x()[k] : d.x()[k] / 100.0;
            }
        }
        // Drop points GSAS gives no weight (explicit esd ≤ 0).
        int kept = 0;
        double[] kx = new double[nchan];
        double[] ky = new double[nchan];
        double[] ks = d.sigma() == null ? null : new double[nchan];
        for (int k = 0; k < nchan; k++) {
            if (d.explicitEsd() && !(d.sigma()[k] > 0)) {
                continue;
            }
            kx[kept] = x[k];
            ky[kept] = d.y()[k];
            if (ks != null) {
                ks[kept] = d.sigma()[k];
            }
            kept++;
        }
        if (kept == 0) {
            throw DataFormatException.at(label, lineNo, "bank " + bank + " has no point with a positive esd");
        }
        String format = FORMAT + " " + type;
        XrdSpectra.Builder b = new XrdSpectra.Builder(source, format)
                .block("BANK " + bank)
                .data(Arrays.copyOf(kx, kept), Arrays.copyOf(ky, kept), ks == null ? null : Arrays.copyOf(ks, kept))
                .yQuantity(AxisQuantity.INTENSITY)
                .metadata("title", title)
                .step("binning", constant ? "CONST" : "RALF")
                .step("pointsDeclared", nchan)
                .step("droppedZeroEsdPoints", nchan - kept);
        if (ralf) {
            b.xQuantity(AxisQuantity.ARBITRARY).metadata("xAxis", "time-of-flight (µs)");
        }
        if (title.toUpperCase(Locale.ROOT).matches(".*\\bDOUBLE\\b.*")) {
            b.metadata("titleRadiationNote", "title marks DOUBLE (Kα1+Kα2 doublet)");
        }
        if (prm != null) {
            Optional<Radiation> r = prm.radiation(bank).or(() -> Optional.of(prm.radiation()));
            b.radiation(r.get()).step("instrumentParameters", prm.source());
        }
        return b.build();
    }

    private static Optional<Path> findInstrumentParameters(Path file, List<String> lines) {
        Path dir = file.toAbsolutePath().getParent();
        if (lines.size() > 1) {
            String second = lines.get(1);
            int colon = second.indexOf(':');
            if (second.toLowerCase(Locale.ROOT).startsWith("inst") && colon > 0) {
                String named = second.substring(colon + 1).trim().replace("[", "").replace("]", "").trim();
                if (!named.isEmpty()) {
                    Path p = dir.resolve(Path.of(named).getFileName().toString());
                    if (Files.isRegularFile(p)) {
                        return Optional.of(p);
                    }
                }
            }
        }
        String base = file.getFileName().toString();
        if (base.toLowerCase(Locale.ROOT).endsWith(".zip")) {
            base = base.substring(0, base.length() - 4);
        }
        int dot = base.lastIndexOf('.');
        if (dot > 0) {
            base = base.substring(0, dot);
        }
        for (String ext : new String[] {".prm", ".PRM", ".Prm"}) {
            Path p = dir.resolve(base + ext);
            if (Files.isRegularFile(p)) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }
}
