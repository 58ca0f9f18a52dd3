package org.crystallite.xrd.io;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.TreeMap;

import org.crystallite.spectrum.io.DataFormatException;
import org.crystallite.xrd.radiation.Radiation;

/**
 * The constant-wavelength constants of a GSAS instrument parameter file (.prm), one entry per bank.
 * Read from the {@code INS  n ICONS} record (GSAS manual, Larson &amp; Von Dreele, LAUR 86-748,
 * "Instrument parameter file"): after the keyword come fixed 10-character fields λ1, λ2, ZERO
 * (centidegrees), an unused field, POLA, a 5-character IPOLA and KRATIO (I(λ2)/I(λ1)). λ2 = 0 means
 * monochromatic radiation (e.g. APS 11-BM). Example: {@code INS  1 ICONS  1.540500  1.544300 0.0 0 0.7 0 0.5}.
 * The first profile function of a bank is read from {@code INS  n PRCF1} (type, number of terms, cut-off)
 * and its term lines {@code INS  n PRCF11}, {@code PRCF12}, … (four terms a line).
 *
 * @param source the file name
 * @param banks the ICONS constants by bank number
 * @param profiles the first profile function (PRCF1) by bank number, where the file has one
 */
public record GsasInstrumentParameters(String source, Map<Integer, Icons> banks,
                                       Map<Integer, ProfileCoefficients> profiles) {

    /**
     * A GSAS constant-wavelength profile function: its type and terms in file order. For type 3 (pseudo-Voigt
     * with Finger–Cox–Jephcoat asymmetry) the terms are GU, GV, GW, GP, LX, LY, S/L, H/L, trns, shft, … (GSAS
     * manual, "CW profile function 3"), e.g. S/L = H/L = 0.0011 for APS 11-BM.
     *
     * @param type the profile type (1–5)
     * @param terms the coefficients, in file order
     */
    public record ProfileCoefficients(int type, List<Double> terms) {

        public ProfileCoefficients {
            terms = List.copyOf(terms);
        }

        /** S/L of a type-3 profile (term 7); empty for other types. */
        public OptionalDouble sOverL() {
            return type == 3 && terms.size() >= 8 ? OptionalDouble.of(terms.get(6)) : OptionalDouble.empty();
        }

        /** H/L of a type-3 profile (term 8); empty for other types. */
        public OptionalDouble hOverL() {
            return type == 3 && terms.size() >= 8 ? OptionalDouble.of(terms.get(7)) : OptionalDouble.empty();
        }
    }

    /**
     * One ICONS record.
     *
     * @param lambda1Angstrom λ1 (Å)
     * @param lambda2Angstrom λ2 (Å), 0 for monochromatic radiation
     * @param zeroCentidegrees 2θ zero shift in centidegrees
     * @param polarization POLA (monochromator polarisation fraction)
     * @param kAlpha2Ratio KRATIO = I(λ2)/I(λ1)
     */
    public record Icons(double lambda1Angstrom, double lambda2Angstrom, double zeroCentidegrees, double polarization,
                        double kAlpha2Ratio) {

        /** The wavelength model: a doublet when λ2 &gt; 0, otherwise λ1 alone. */
        public Radiation radiation(String name) {
            return lambda2Angstrom > 0
                    ? Radiation.doublet(name, lambda1Angstrom, lambda2Angstrom, kAlpha2Ratio)
                    : Radiation.monochromatic(name, lambda1Angstrom);
        }
    }

    public GsasInstrumentParameters {
        banks = Collections.unmodifiableMap(new TreeMap<>(banks));
        profiles = Collections.unmodifiableMap(new TreeMap<>(profiles));
    }

    /** Reads a GSAS .prm file; at least one ICONS record is required. */
    public static GsasInstrumentParameters read(Path prm) throws IOException {
        String name = prm.getFileName().toString();
        List<String> lines = Files.readAllLines(prm, StandardCharsets.ISO_8859_1);
        Map<Integer, Icons> banks = new TreeMap<>();
        Map<Integer, Integer> profileTypes = new TreeMap<>();
        Map<Integer, List<Double>> profileTerms = new TreeMap<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (!line.startsWith("INS")) {
                continue;
            }
            int at = line.indexOf("ICONS");
            if (at >= 0) {
                int bank = bankNumber(line.substring(3, at).trim(), name, i + 1);
                banks.put(bank, parseIcons(line.substring(at + 5), name, i + 1));
                continue;
            }
            at = line.indexOf("PRCF1");
            if (at >= 0) {
                int bank = bankNumber(line.substring(3, at).trim(), name, i + 1);
                boolean termLine = line.length() > at + 5 && Character.isDigit(line.charAt(at + 5));
                List<Double> numbers = numbers(line.substring(at + (termLine ? 6 : 5)), name, i + 1);
                if (termLine) {
                    profileTerms.computeIfAbsent(bank, b -> new ArrayList<>()).addAll(numbers);
                } else if (!numbers.isEmpty()) {
                    profileTypes.put(bank, (int) Math.round(numbers.get(0)));
                }
            }
        }
        if (banks.isEmpty()) {
            throw DataFormatException.at(name, 0, "no 'INS  n ICONS' record (constant-wavelength constants) found;"
                    + " is this a GSAS instrument parameter file?");
        }
        Map<Integer, ProfileCoefficients> profiles = new TreeMap<>();
        for (Map.Entry<Integer, Integer> e : profileTypes.entrySet()) {
            profiles.put(e.getKey(), new ProfileCoefficients(e.getValue(),
                    profileTerms.getOrDefault(e.getKey(), List.of())));
        }
        return new GsasInstrumentParameters(name, banks, profiles);
    }

    /** The first profile function of a bank (PRCF1), when the file has one. */
    public Optional<ProfileCoefficients> profile(int bank) {
        return Optional.ofNullable(profiles.get(bank));
    }

    private static List<Double> numbers(String fields, String file, int line) throws DataFormatException {
        List<Double> out = new ArrayList<>();
        for (String t : fields.trim().split("\\s+")) {
            if (t.isEmpty()) {
                continue;
            }
            try {
                out.add(Double.parseDouble(t));
            } catch (NumberFormatException e) {
                throw DataFormatException.at(file, line, "expected numbers in the PRCF record, found '" + t + "'");
            }
        }
        return out;
    }

    /** The radiation of a bank (bank 1 for most X-ray files). */
    public Optional<Radiation> radiation(int bank) {
        Icons icons = banks.get(bank);
        return icons == null ? Optional.empty() : Optional.of(icons.radiation("GSAS " + source + " bank " + bank));
    }

    /** The radiation of the lowest-numbered bank. */
    public Radiation radiation() {
        int first = banks.keySet().iterator().next();
        return radiation(first).orElseThrow();
    }

    private static int bankNumber(String text, String file, int line) throws DataFormatException {
        if (text.isEmpty()) {
            return 1;
        }
        try {
            return Integer.parseInt(text);
        } catch (NumberFormatException e) {
            throw DataFormatException.at(file, line, "expected a bank number before ICONS, found '" + text + "'");
        }
    }

    private static Icons parseIcons(String fields, String file, int line) throws DataFormatException {
        // Fixed format (GSAS): 4F10 (λ1, λ2, ZERO, unused), F10 POLA, I5 IPOLA, F10 KRATIO.
        int[][] cols = {{0, 10}, {10, 20}, {20, 30}, {40, 50}, {55, 65}};
        double[] v = new double[cols.length];
        boolean fixedOk = true;
        for (int k = 0; k < cols.length && fixedOk; k++) {
            String f = fields.length() > cols[k][0]
                    ? fields.substring(cols[k][0], Math.min(fields.length(), cols[k][1])).trim() : "";
            if (f.isEmpty()) {
                v[k] = 0;
                continue;
            }
            try {
                v[k] = Double.parseDouble(f);
            } catch (NumberFormatException e) {
                fixedOk = false;
            }
        }
        if (!fixedOk) {
            // Free-format fallback: λ1 λ2 zero [unused] pola ipola kratio separated by blanks.
            List<Double> tokens = new ArrayList<>();
            for (String t : fields.trim().split("\\s+")) {
                try {
                    tokens.add(Double.parseDouble(t));
                } catch (NumberFormatException e) {
                    throw DataFormatException.at(file, line, "expected numbers after ICONS, found '" + t + "'");
                }
            }
            if (tokens.size() < 2) {
                throw DataFormatException.at(file, line, "expected λ1 and λ2 after ICONS");
            }
            v[0] = tokens.get(0);
            v[1] = tokens.get(1);
            v[2] = tokens.size() > 2 ? tokens.get(2) : 0;
            v[3] = tokens.size() > 4 ? tokens.get(4) : 0;
            v[4] = tokens.size() > 6 ? tokens.get(6) : 0;
        }
        if (!(v[0] > 0)) {
            throw DataFormatException.at(file, line, "expected a positive λ1 (Å) after ICONS, found " + v[0]);
        }
        if (v[1] < 0 || v[4] < 0) {
            throw DataFormatException.at(file, line, "negative λ2 or Kα2 ratio in ICONS");
        }
        return new Icons(v[0], v[1], v[2], v[3], v[4]);
    }
}
