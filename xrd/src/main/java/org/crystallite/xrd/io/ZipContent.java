package org.crystallite.xrd.io;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

import org.crystallite.spectrum.io.DataFormatException;

/** Reads the member files of a zip archive (BRML, RASX, zipped GSAS data), with a size cap per member. */
final class ZipContent {

    /** Largest member we inflate (a 11-BM FXYE is 6 MB; a BRML RawData rarely exceeds 50 MB). */
    static final long MAX_MEMBER_BYTES = 256L * 1024 * 1024;

    private ZipContent() {
    }

    static boolean looksLikeZip(byte[] head) {
        return head.length >= 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4;
    }

    /** The names of the (non-directory) members, in archive order. */
    static Map<String, Long> list(Path file) throws IOException {
        Map<String, Long> names = new LinkedHashMap<>();
        try (ZipFile zip = new ZipFile(file.toFile())) {
            Enumeration<? extends ZipEntry> en = zip.entries();
            while (en.hasMoreElements()) {
                ZipEntry e = en.nextElement();
                if (!e.isDirectory()) {
                    names.put(e.getName(), e.getSize());
                }
            }
        } catch (ZipException e) {
            throw new DataFormatException(file.getFileName() + ": not a readable zip archive (" + e.getMessage() + ")", e);
        }
        return names;
    }

    /** The content of one member. */
    static byte[] read(Path file, String member) throws IOException {
        return read(file, member, MAX_MEMBER_BYTES, true);
    }

    /** At most the first {@code max} bytes of one member (for format sniffing). */
    static byte[] readHead(Path file, String member, int max) throws IOException {
        return read(file, member, max, false);
    }

    private static byte[] read(Path file, String member, long max, boolean whole) throws IOException {
        String label = file.getFileName() + "!" + member;
        try (ZipFile zip = new ZipFile(file.toFile())) {
            ZipEntry e = zip.getEntry(member);
            if (e == null) {
                throw new DataFormatException(file.getFileName() + ": zip member '" + member + "' not found");
            }
            try (InputStream in = zip.getInputStream(e)) {
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                byte[] buf = new byte[65536];
                long total = 0;
                int n;
                while ((n = in.read(buf, 0, (int) Math.min(buf.length, max + 1 - total))) > 0) {
                    total += n;
                    if (total > max) {
                        if (!whole) {
                            out.write(buf, 0, n - 1);
                            break;
                        }
                        throw new DataFormatException(label + ": member larger than " + max + " bytes");
                    }
                    out.write(buf, 0, n);
                }
                return out.toByteArray();
            }
        } catch (ZipException e) {
            throw new DataFormatException(label + ": corrupt zip data (" + e.getMessage() + ")", e);
        } catch (java.io.EOFException e) {
            throw new DataFormatException(label + ": zip data end unexpectedly (truncated archive)", e);
        }
    }

    /** The first bytes of a file, for format sniffing. */
    static byte[] head(Path file, int max) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return in.readNBytes(max);
        }
    }
}
