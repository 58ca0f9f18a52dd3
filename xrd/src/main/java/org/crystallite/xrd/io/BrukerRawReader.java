package org.crystallite.xrd.io;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;

import org.crystallite.spectrum.AxisQuantity;
import org.crystallite.spectrum.MetadataKeys;
import org.crystallite.spectrum.Spectrum;
import org.crystallite.spectrum.io.DataFormatException;
import org.crystallite.xrd.radiation.Radiation;

/**
 * Siemens/Bruker DIFFRAC binary RAW files, little-endian, one spectrum per range (x = start + i·step,
 * y = float32 counts per step). Layouts follow the DIFFRAC<sup>plus</sup> XCH V.5.0 user's manual,
 * appendix A, as documented in xylib's {@code bruker_raw.cpp} and GSAS-II's {@code G2pwd_BrukerRAW.py}:
 * <ul>
 * <li>v1 {@code "RAW "}: per range a 156-byte header (steps @4, time/step @8, step @12, start @24,
 *     sample @40, λ1 @72, λ2 @76 as float32, "following range" flag @152); ranges after the first
 *     may omit the {@code "RAW "} tag. No Kα2 ratio is stored: 0.5 is assumed and recorded.</li>
 * <li>v2 {@code "RAW2"}: range count (uint16) @4, λ1/λ2/ratio float32 @190/194/198, Kβ @206; ranges
 *     from byte 256 with header length (uint16) @0, steps (uint16) @2, time/step @8, step @12, start @16.</li>
 * <li>v3 {@code "RAW1.01"}: 712-byte file header (range count @12, sample @326, λavg/λ1/λ2/Kβ/ratio
 *     float64 @616…648); per range a 304-byte header (steps @4, start 2θ @16, step @176, time/step
 *     @192, supplementary-header size @256) followed by the supplementary headers and the data.</li>
 * <li>v4 {@code "RAW4.00"}: 61-byte header, then typed segments (type, length; type 30 holds
 *     λavg/λ1/λ2/Kβ/ratio float64 @+72…+104) until a range header (type 0 or 160): scan type @+32,
 *     start @+72, step @+80, steps @+88, time/step @+92 (ms, as GSAS-II reads it), datum size @+136, extra header bytes
 *     @+140, data at +160+extra. Only 2θ-type scans (coupled or detector scans) are returned.</li>
 * </ul>
 * Every offset is bounds-checked: a truncated file gives a {@link DataFormatException} with the byte
 * offset. No esd is stored, so no sigma is returned.
 */
public final class BrukerRawReader {

    private BrukerRawReader() {
    }

    public static List<Spectrum> read(Path file) throws IOException {
        String name = file.getFileName().toString();
        return parse(name, Files.readAllBytes(file));
    }

    /** The RAW version named by the magic bytes (1–4), or 0 when the bytes are not a Bruker RAW header. */
    static int version(byte[] head) {
        String s = new String(head, 0, Math.min(7, head.length), StandardCharsets.ISO_8859_1);
        if (s.startsWith("RAW1.01")) {
            return 3;
        }
        if (s.startsWith("RAW4.00")) {
            return 4;
        }
        if (s.startsWith("RAW2")) {
            return 2;
        }
        if (s.startsWith("RAW ")) {
            return 1;
        }
        return 0;
    }

    static List<Spectrum> parse(String name, byte[] content) throws DataFormatException {
        LittleEndianBytes b = new LittleEndianBytes(name, content);
        int version = version(content);
        List<Spectrum> out = switch (version) {
            case 1 -> readV1(name, b);
            case 2 -> readV2(name, b);
            case 3 -> readV3(name, b);
            case 4 -> readV4(name, b);
            default -> throw new DataFormatException(name + ", byte offset 0: not a Bruker RAW file; expected the"
                    + " magic 'RAW ', 'RAW2', 'RAW1.01' or 'RAW4.00'");
        };
        if (out.isEmpty()) {
            throw new DataFormatException(name + ": Bruker RAW v" + version + " file holds no readable 2θ range");
        }
        return out;
    }

    private static Spectrum range(String name, int version, int rangeNo, double start, double step, double[] y,
                                  double timePerStep, Radiation radiation, String sample, String ratioNote) {
        double[] x = new double[y.length];
        for (int i = 0; i < x.length; i++) {
            x[i] = start + i * step;
        }
        XrdSpectra.Builder sb = new XrdSpectra.Builder(name, "Bruker RAW v" + version).block("range " + rangeNo)
                .data(x, y, null).yQuantity(AxisQuantity.INTENSITY).radiation(radiation)
                .metadata(MetadataKeys.SAMPLE, sample)
                .step("startDeg", start).step("stepDeg", step).step("steps", y.length);
        if (timePerStep > 0 && Double.isFinite(timePerStep)) {
            sb.metadata(MetadataKeys.DWELL_S, Double.toString(timePerStep));
        }
        if (ratioNote != null) {
            sb.step("kAlpha2Ratio", ratioNote);
        }
        return sb.build();
    }

    /** A radiation from header fields; absent (null) when λ1 is missing or not plausible. */
    private static Radiation radiation(double ka1, double ka2, double ratio, double kb) {
        if (!(ka1 > 0.05 && ka1 < 20)) {
            return null;
        }
        boolean doublet = ka2 > 0.05 && ka2 < 20 && ratio > 0 && ratio < 10;
        OptionalDouble beta = kb > 0.05 && kb < 20 ? OptionalDouble.of(kb) : OptionalDouble.empty();
        return new Radiation("file", ka1, doublet ? OptionalDouble.of(ka2) : OptionalDouble.empty(),
                doublet ? ratio : 0, beta);
    }

    private static List<Spectrum> readV1(String name, LittleEndianBytes b) throws DataFormatException {
        List<Spectrum> out = new ArrayList<>();
        long pos = 0;
        long rawTag = b.uint32(0, "magic 'RAW '");
        boolean more = true;
        int rangeNo = 0;
        while (more) {
            rangeNo++;
            // Early DIFFRAC-AT files do not repeat the "RAW " tag on later ranges: their fields then
            // sit 4 bytes earlier than in a tagged range (xylib load_version1).
            boolean tagged = rangeNo == 1 || pos + 4 <= b.length() && b.uint32(pos, "range tag") == rawTag;
            long base = tagged ? pos : pos - 4;
            long steps = b.uint32(base + 4, "number of steps");
            double timePerStep = b.float32(base + 8, "time per step");
            double step = b.float32(base + 12, "step size");
            double start = b.float32(base + 24, "start 2θ");
            String sample = b.ascii(base + 40, 32, "sample name");
            double ka1 = b.float32(base + 72, "Kα1");
            double ka2 = b.float32(base + 76, "Kα2");
            more = b.uint32(base + 152, "following-range flag") != 0;
            double[] y = b.float32Array(base + 156, steps, "range " + rangeNo + " counts");
            Radiation r = radiation(ka1, ka2, 0.5, 0);
            out.add(range(name, 1, rangeNo, start, step, y, timePerStep, r, sample,
                    r != null && r.isDoublet() ? "assumed 0.5 (RAW v1 stores no ratio)" : null));
            pos = base + 156 + 4 * steps;
        }
        return out;
    }

    private static List<Spectrum> readV2(String name, LittleEndianBytes b) throws DataFormatException {
        int ranges = b.uint16(4, "number of ranges");
        Radiation r = radiation(b.float32(190, "Kα1"), b.float32(194, "Kα2"), b.float32(198, "Kα2/Kα1 ratio"),
                b.float32(206, "Kβ"));
        List<Spectrum> out = new ArrayList<>();
        long pos = 256;
        for (int k = 1; k <= ranges; k++) {
            int headerLength = b.uint16(pos, "range " + k + " header length");
            if (headerLength < 48) {
                throw b.error(pos, "range " + k + " header length " + headerLength + " is shorter than 48 bytes");
            }
            int steps = b.uint16(pos + 2, "range " + k + " number of steps");
            double timePerStep = b.float32(pos + 8, "time per step");
            double step = b.float32(pos + 12, "step size");
            double start = b.float32(pos + 16, "start 2θ");
            double[] y = b.float32Array(pos + headerLength, steps, "range " + k + " counts");
            out.add(range(name, 2, k, start, step, y, timePerStep, r, null, null));
            pos += headerLength + 4L * steps;
        }
        return out;
    }

    private static List<Spectrum> readV3(String name, LittleEndianBytes b) throws DataFormatException {
        long ranges = b.uint32(12, "number of ranges");
        if (ranges > 10000) {
            throw b.error(12, "implausible number of ranges " + ranges);
        }
        String sample = b.ascii(326, 60, "sample ID");
        Radiation r = radiation(b.float64(624, "Kα1"), b.float64(632, "Kα2"), b.float64(648, "Kα2/Kα1 ratio"),
                b.float64(640, "Kβ"));
        List<Spectrum> out = new ArrayList<>();
        long pos = 712;
        for (int k = 1; k <= ranges; k++) {
            long headerLength = b.uint32(pos, "range " + k + " header length");
            if (headerLength != 304) {
                throw b.error(pos, "range " + k + " header length " + headerLength + ", expected 304 (RAW1.01)");
            }
            long steps = b.uint32(pos + 4, "range " + k + " number of steps");
            double start = b.float64(pos + 16, "start 2θ");
            double step = b.float64(pos + 176, "step size");
            double timePerStep = b.float32(pos + 192, "time per step");
            long supplementary = b.uint32(pos + 256, "supplementary header size");
            long data = pos + headerLength + supplementary;
            double[] y = b.float32Array(data, steps, "range " + k + " counts");
            out.add(range(name, 3, k, start, step, y, timePerStep, r, sample, null));
            pos = data + 4 * steps;
        }
        return out;
    }

    private static List<Spectrum> readV4(String name, LittleEndianBytes b) throws DataFormatException {
        Radiation r = null;
        long pos = 61;
        long type = b.uint32(pos, "segment type");
        while (type != 0 && type != 160) {
            long length = b.uint32(pos + 4, "segment length");
            if (length < 8) {
                throw b.error(pos + 4, "segment length " + length + " < 8");
            }
            if (type == 30) {
                if (length < 120) {
                    throw b.error(pos + 4, "hardware segment length " + length + " < 120");
                }
                r = radiation(b.float64(pos + 80, "Kα1"), b.float64(pos + 88, "Kα2"),
                        b.float64(pos + 104, "Kα2/Kα1 ratio"), b.float64(pos + 96, "Kβ"));
            }
            pos += length;
            type = b.uint32(pos, "segment type");
        }
        List<Spectrum> out = new ArrayList<>();
        int rangeNo = 0;
        while (true) {
            rangeNo++;
            String scanType = b.ascii(pos + 32, 24, "scan type");
            double start = b.float64(pos + 72, "start angle");
            double step = b.float64(pos + 80, "step size");
            long steps = b.uint32(pos + 88, "number of steps");
            double timePerStep = b.float32(pos + 92, "time per step");
            long datumSize = b.uint32(pos + 136, "datum size");
            long extra = b.uint32(pos + 140, "additional range header size");
            long data = pos + 160 + extra;
            if (datumSize != 4) {
                throw b.error(pos + 136, "datum size " + datumSize + ", expected 4 (float32 counts)");
            }
            double[] y = b.float32Array(data, steps, "range " + rangeNo + " counts");
            if (isTwoThetaScan(scanType)) {
                out.add(range(name, 4, rangeNo, start, step, y, timePerStep / 1000.0, r, null, null)
                        .withMetadata("scanType", scanType));
            }
            pos = data + 4 * steps;
            if (pos + 4 > b.length()) {
                break;
            }
            long next = b.uint32(pos, "next range type");
            if (next != 0 && next != 160) {
                throw b.error(pos, "expected the next range header (type 0 or 160) or the end of file, found type " + next);
            }
        }
        return out;
    }

    /** Scans whose x is 2θ: Bragg–Brentano coupled scans and detector (2θ-only) scans. */
    private static boolean isTwoThetaScan(String scanType) {
        String s = scanType.toLowerCase(java.util.Locale.ROOT);
        return s.contains("coupled") || s.contains("detector") || s.contains("2theta") || s.contains("twotheta");
    }
}
