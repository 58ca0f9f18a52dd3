package org.crystallite.xrd.io;

import java.util.List;
import java.util.regex.Pattern;

import org.crystallite.spectrum.io.DataFormatException;

/**
 * Decodes the data records of one GSAS bank (GSAS manual, LAUR 86-748): STD (10 × I2+F6), ESD
 * (5 × 2F8), ALT (4 × F8+F7+F5) and free-format FXY/FXYE lines. Fixed-format records are padded to
 * their 80 columns, so a trailing-blank-stripped line still reads correctly, and a missing field
 * is an error naming the line and columns.
 */
final class GsasRecords {

    /** Field separator of free-format FXY/FXYE lines, compiled once (String.split would compile it per line). */
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

    private GsasRecords() {
    }

    record BankData(double[] x, double[] y, double[] sigma, boolean explicitEsd) {
    }

    static BankData readStd(String label, List<String> lines, int from, int end, int nchan)
            throws DataFormatException {
        double[] y = new double[nchan];
        double[] n = new double[nchan];
        boolean multiCounter = false;
        int k = 0;
        for (int li = from; li < end && k < nchan; li++) {
            String rec = pad(lines.get(li));
            if (rec.isBlank() || rec.startsWith("\u001a")) {
                continue;
            }
            for (int f = 0; f < 10 && k < nchan; f++) {
                String counters = rec.substring(8 * f, 8 * f + 2).trim();
                String counts = rec.substring(8 * f + 2, 8 * f + 8).trim();
                if (counts.isEmpty()) {
                    throw DataFormatException.at(label, li + 1, "point " + (k + 1) + " of " + nchan
                            + ": expected a count in columns " + (8 * f + 3) + "–" + (8 * f + 8) + ", found blanks");
                }
                int nc = counters.isEmpty() ? 1 : parseInt(counters, label, li + 1, "number of counters (I2)");
                y[k] = parseDouble(counts, label, li + 1, "a count (F6)");
                n[k] = Math.max(nc, 1);
                multiCounter |= nc > 1;
                k++;
            }
        }
        requireAll(label, from, k, nchan);
        double[] sigma = null;
        if (multiCounter) {
            sigma = new double[nchan];
            for (int j = 0; j < nchan; j++) {
                sigma[j] = Math.sqrt(Math.max(y[j], 1.0) / n[j]);
            }
        }
        return new BankData(null, y, sigma, false);
    }

    static BankData readEsd(String label, List<String> lines, int from, int end, int nchan)
            throws DataFormatException {
        double[] y = new double[nchan];
        double[] s = new double[nchan];
        int k = 0;
        for (int li = from; li < end && k < nchan; li++) {
            String rec = pad(lines.get(li));
            if (rec.isBlank()) {
                continue;
            }
            for (int f = 0; f < 5 && k < nchan; f++) {
                String yv = rec.substring(16 * f, 16 * f + 8).trim();
                String ev = rec.substring(16 * f + 8, 16 * f + 16).trim();
                if (yv.isEmpty() || ev.isEmpty()) {
                    throw DataFormatException.at(label, li + 1, "point " + (k + 1) + " of " + nchan
                            + ": expected intensity and esd (2F8) in columns " + (16 * f + 1) + "–" + (16 * f + 16));
                }
                y[k] = parseDouble(yv, label, li + 1, "an intensity (F8)");
                s[k] = parseDouble(ev, label, li + 1, "an esd (F8)");
                k++;
            }
        }
        requireAll(label, from, k, nchan);
        return new BankData(null, y, s, true);
    }

    static BankData readAlt(String label, List<String> lines, int from, int end, int nchan)
            throws DataFormatException {
        double[] x = new double[nchan];
        double[] y = new double[nchan];
        double[] s = new double[nchan];
        int k = 0;
        for (int li = from; li < end && k < nchan; li++) {
            String rec = pad(lines.get(li));
            if (rec.isBlank()) {
                continue;
            }
            for (int f = 0; f < 4 && k < nchan; f++) {
                String xv = rec.substring(20 * f, 20 * f + 8).trim();
                String yv = rec.substring(20 * f + 8, 20 * f + 15).trim();
                String ev = rec.substring(20 * f + 15, 20 * f + 20).trim();
                if (xv.isEmpty() || yv.isEmpty() || ev.isEmpty()) {
                    throw DataFormatException.at(label, li + 1, "point " + (k + 1) + " of " + nchan
                            + ": expected x, y, esd (F8, F7, F5) in columns " + (20 * f + 1) + "–" + (20 * f + 20));
                }
                // x is stored ×32; y and esd in thousandths (GSAS-II G2pwd_fxye reads them the same way).
                x[k] = parseDouble(xv, label, li + 1, "x (F8)") / 32.0;
                y[k] = parseDouble(yv, label, li + 1, "an intensity (F7)") / 1000.0;
                s[k] = parseDouble(ev, label, li + 1, "an esd (F5)") / 1000.0;
                k++;
            }
        }
        requireAll(label, from, k, nchan);
        return new BankData(x, y, s, true);
    }

    static BankData readFxy(String label, List<String> lines, int from, int end, int nchan, boolean withEsd)
            throws DataFormatException {
        double[] x = new double[nchan];
        double[] y = new double[nchan];
        double[] s = withEsd ? new double[nchan] : null;
        int k = 0;
        for (int li = from; li < end && k < nchan; li++) {
            String rec = lines.get(li).trim();
            if (rec.isEmpty()) {
                continue;
            }
            String[] v = WHITESPACE.split(rec);
            if (v.length < (withEsd ? 3 : 2)) {
                throw DataFormatException.at(label, li + 1, "expected " + (withEsd ? "x, y and esd" : "x and y")
                        + ", found '" + rec + "'");
            }
            x[k] = parseDouble(v[0], label, li + 1, "x");
            y[k] = parseDouble(v[1], label, li + 1, "an intensity");
            if (withEsd) {
                s[k] = parseDouble(v[2], label, li + 1, "an esd");
            }
            k++;
        }
        requireAll(label, from, k, nchan);
        return new BankData(x, y, s, withEsd);
    }

    static void requireAll(String label, int from, int found, int nchan) throws DataFormatException {
        if (found < nchan) {
            throw DataFormatException.at(label, from, "BANK declares " + nchan + " points but only " + found
                    + " follow (truncated file?)");
        }
    }

    static String pad(String line) {
        return line.length() >= 80 ? line : line + " ".repeat(80 - line.length());
    }

    static int parseInt(String s, String label, int line, String what) throws DataFormatException {
        try {
            return Integer.parseInt(s.trim());
        } catch (NumberFormatException e) {
            throw DataFormatException.at(label, line, "expected " + what + ", found '" + s + "'");
        }
    }

    static double parseDouble(String s, String label, int line, String what) throws DataFormatException {
        try {
            double v = Double.parseDouble(s.trim());
            if (!Double.isFinite(v)) {
                throw new NumberFormatException();
            }
            return v;
        } catch (NumberFormatException e) {
            throw DataFormatException.at(label, line, "expected " + what + ", found '" + s.trim() + "'");
        }
    }

}
