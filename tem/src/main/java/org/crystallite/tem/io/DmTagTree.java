package org.crystallite.tem.io;

import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import org.crystallite.spectrum.io.DataFormatException;

/**
 * The tag tree of a Gatan DigitalMicrograph DM3 or DM4 file, flattened to paths such as
 * {@code ImageList.1.ImageData.Calibrations.Dimension.0.Scale} (unnamed entries are numbered from 0
 * within their group).
 *
 * <p>Layout, from the published descriptions of the format (C. Boothroyd's "DM3 file format" notes,
 * the DM4 additions documented by Gatan and by the open-source readers that learnt it): a header of
 * version (int32, big-endian), root length (int32 in DM3, int64 in DM4) and a byte-order flag
 * (int32; 1 = data little-endian); then the root tag group. A group is {@code sorted, open} (bytes) and
 * a tag count (int32/int64). Each tag is a type byte (20 group, 21 data), a label length (uint16) and
 * the label; DM4 adds an int64 byte size. A data tag has the marker {@code %%%%}, an info-array length
 * and the info words (int32/int64; all header fields big-endian) that describe a simple value, a
 * string, a struct or an array; the data follow in the byte order of the header flag.
 *
 * <p>Array values are not loaded: {@link ArrayRef} keeps their offset so the image data are decoded
 * once, directly into floats.
 */
final class DmTagTree {

    /** An array tag: element type code, element count, byte size of one element, data offset in the file. */
    record ArrayRef(int elementType, long length, int elementBytes, long offset) {
        long byteLength() {
            return length * elementBytes;
        }
    }

    private static final int MAX_DEPTH = 64;
    private static final long MAX_INFO_WORDS = 4096;

    static final int TYPE_INT16 = 2;
    static final int TYPE_INT32 = 3;
    static final int TYPE_UINT16 = 4;
    static final int TYPE_UINT32 = 5;
    static final int TYPE_FLOAT32 = 6;
    static final int TYPE_FLOAT64 = 7;
    static final int TYPE_BOOL = 8;
    static final int TYPE_CHAR = 9;
    static final int TYPE_OCTET = 10;
    static final int TYPE_INT64 = 11;
    static final int TYPE_UINT64 = 12;
    static final int TYPE_STRUCT = 15;
    static final int TYPE_STRING = 18;
    static final int TYPE_ARRAY = 20;

    private static final int TAG_GROUP = 20;
    private static final int TAG_DATA = 21;

    private final byte[] bytes;
    private final int version;
    private final ByteOrder dataOrder;
    private final Map<String, Object> entries;

    private DmTagTree(byte[] bytes, int version, ByteOrder dataOrder, Map<String, Object> entries) {
        this.bytes = bytes;
        this.version = version;
        this.dataOrder = dataOrder;
        this.entries = Collections.unmodifiableMap(entries);
    }

    int version() {
        return version;
    }

    ByteOrder dataOrder() {
        return dataOrder;
    }

    /** Path → value: {@link Long}, {@link Double}, {@link Boolean}, {@link String}, {@code Object[]} (struct) or {@link ArrayRef}. */
    Map<String, Object> entries() {
        return entries;
    }

    Object get(String path) {
        return entries.get(path);
    }

    /** An array of uint16 read as UTF-16 text (DM stores units and names this way). */
    String arrayText(ArrayRef array) {
        return new String(bytes, (int) array.offset(), (int) array.byteLength(),
                dataOrder == ByteOrder.LITTLE_ENDIAN ? StandardCharsets.UTF_16LE : StandardCharsets.UTF_16BE);
    }

    /** True when the first bytes look like a DM3/DM4 header (version 3 or 4, byte-order flag 0 or 1, when present). */
    static boolean looksLikeDm(byte[] head) {
        if (head.length < 4) {
            return false;
        }
        int version = ((head[0] & 0xff) << 24) | ((head[1] & 0xff) << 16) | ((head[2] & 0xff) << 8) | (head[3] & 0xff);
        int flagAt = version == 3 ? 8 : version == 4 ? 12 : -1;
        if (flagAt < 0) {
            return false;
        }
        if (head.length < flagAt + 4) {
            return true; // a truncated DM file: let the reader report it
        }
        int flag = ((head[flagAt] & 0xff) << 24) | ((head[flagAt + 1] & 0xff) << 16)
                | ((head[flagAt + 2] & 0xff) << 8) | (head[flagAt + 3] & 0xff);
        return flag == 0 || flag == 1;
    }

    static DmTagTree parse(String fileName, byte[] bytes) throws DataFormatException {
        BinaryCursor in = new BinaryCursor(fileName, bytes, ByteOrder.BIG_ENDIAN);
        if (bytes.length < 16) {
            throw new DataFormatException(fileName + ": " + bytes.length
                    + " bytes is too short for a DigitalMicrograph DM3/DM4 file (header alone is 12–16 bytes)");
        }
        int version = in.i32("DM version");
        if (version != 3 && version != 4) {
            throw in.error(0, "expected DigitalMicrograph version 3 or 4 in the first 4 bytes (big-endian), found "
                    + version + " (not a DM3/DM4 file)");
        }
        long rootLength = version == 3 ? in.u32("root tag length") : in.i64("root tag length");
        int orderFlag = in.i32("byte-order flag");
        if (orderFlag != 0 && orderFlag != 1) {
            throw in.error(in.position() - 4, "expected byte-order flag 0 or 1, found " + orderFlag);
        }
        if (rootLength <= 0) {
            throw in.error(4, "implausible root tag length " + rootLength);
        }
        Parser p = new Parser(in, version, orderFlag == 1 ? ByteOrder.LITTLE_ENDIAN : ByteOrder.BIG_ENDIAN);
        p.group("", 0);
        return new DmTagTree(bytes, version, p.dataOrder, p.entries);
    }

    /** Byte size of one element of a simple type, or -1 for a type that is not simple. */
    static int simpleSize(int type) {
        return switch (type) {
            case TYPE_INT16, TYPE_UINT16 -> 2;
            case TYPE_INT32, TYPE_UINT32, TYPE_FLOAT32 -> 4;
            case TYPE_FLOAT64, TYPE_INT64, TYPE_UINT64 -> 8;
            case TYPE_BOOL, TYPE_CHAR, TYPE_OCTET -> 1;
            default -> -1;
        };
    }

    private static final class Parser {
        private final BinaryCursor in;
        private final boolean dm4;
        private final ByteOrder dataOrder;
        private final Map<String, Object> entries = new LinkedHashMap<>();

        Parser(BinaryCursor in, int version, ByteOrder dataOrder) {
            this.in = in;
            this.dm4 = version == 4;
            this.dataOrder = dataOrder;
        }

        /** Tag counts, info-array lengths and info words: int32 in DM3, int64 in DM4, always big-endian. */
        private long headerWord(String what) throws DataFormatException {
            return dm4 ? in.i64(what) : in.i32(what);
        }

        void group(String path, int depth) throws DataFormatException {
            if (depth > MAX_DEPTH) {
                throw in.error(in.position(), "tag groups nested deeper than " + MAX_DEPTH + " (corrupt file)");
            }
            in.u8("tag group 'sorted' flag");
            in.u8("tag group 'open' flag");
            long tagCountAt = in.position();
            long tagCount = headerWord("tag count of group '" + path + "'");
            // every tag needs at least 3 bytes (type + label length)
            if (tagCount < 0 || tagCount * 3 > in.size() - in.position()) {
                throw in.error(tagCountAt, "implausible tag count " + tagCount + " in group '" + path
                        + "' (file truncated or corrupt)");
            }
            int unnamed = 0;
            for (long t = 0; t < tagCount; t++) {
                long tagAt = in.position();
                int tagType = in.u8("tag type (20 = group, 21 = data)");
                int labelLength = in.u16("tag label length");
                String label = in.text(labelLength, StandardCharsets.ISO_8859_1, "tag label");
                if (label.isEmpty()) {
                    label = Integer.toString(unnamed++);
                }
                String child = path.isEmpty() ? label : path + "." + label;
                long end = -1;
                if (dm4) {
                    long size = in.i64("DM4 tag byte size");
                    end = in.position() + size;
                    if (size < 0 || end > in.size()) {
                        throw in.error(in.position() - 8, "tag '" + child + "' claims " + size
                                + " bytes, beyond the end of the file (truncated)");
                    }
                }
                if (tagType == TAG_GROUP) {
                    group(child, depth + 1);
                } else if (tagType == TAG_DATA) {
                    data(child);
                } else {
                    throw in.error(tagAt, "expected tag type 20 (group) or 21 (data), found " + tagType
                            + " for tag '" + child + "'");
                }
                if (dm4 && in.position() != end) {
                    in.seek(end, "end of tag '" + child + "'");
                }
            }
        }

        private void data(String path) throws DataFormatException {
            long markerAt = in.position();
            String marker = in.text(4, StandardCharsets.ISO_8859_1, "'%%%%' marker of data tag '" + path + "'");
            if (!"%%%%".equals(marker)) {
                throw in.error(markerAt, "expected '%%%%' to start data tag '" + path + "', found '" + marker + "'");
            }
            long infoLength = headerWord("info length of tag '" + path + "'");
            if (infoLength < 1 || infoLength > MAX_INFO_WORDS) {
                throw in.error(in.position(), "implausible type-info length " + infoLength + " for tag '" + path + "'");
            }
            long[] info = new long[(int) infoLength];
            for (int i = 0; i < info.length; i++) {
                info[i] = headerWord("type info of tag '" + path + "'");
            }
            ByteOrder headerOrder = in.order();
            in.order(dataOrder);
            try {
                entries.put(path, value(path, info));
            } finally {
                in.order(headerOrder);
            }
        }

        private Object value(String path, long[] info) throws DataFormatException {
            int type = (int) info[0];
            if (simpleSize(type) > 0) {
                return simple(type, path);
            }
            switch (type) {
                case TYPE_STRING: {
                    need(info, 2, path);
                    long chars = info[1];
                    int n = in.count(chars, 2, "string length of tag '" + path + "'");
                    return in.text(2L * n, dataOrder == ByteOrder.LITTLE_ENDIAN
                            ? StandardCharsets.UTF_16LE : StandardCharsets.UTF_16BE, "string of tag '" + path + "'");
                }
                case TYPE_STRUCT: {
                    need(info, 3, path);
                    int fields = fieldCount(info[2], path);
                    need(info, 3 + 2 * fields, path);
                    Object[] values = new Object[fields];
                    for (int f = 0; f < fields; f++) {
                        int fieldType = (int) info[4 + 2 * f];
                        if (simpleSize(fieldType) < 0) {
                            throw in.error(in.position(), "struct field of type " + fieldType
                                    + " in tag '" + path + "' is not a simple type");
                        }
                        values[f] = simple(fieldType, path);
                    }
                    return values;
                }
                case TYPE_ARRAY: {
                    need(info, 3, path);
                    int elementType = (int) info[1];
                    int elementBytes;
                    long length;
                    if (elementType == TYPE_STRUCT) {
                        need(info, 4, path);
                        int fields = fieldCount(info[3], path);
                        need(info, 5 + 2 * fields, path);
                        elementBytes = 0;
                        for (int f = 0; f < fields; f++) {
                            int size = simpleSize((int) info[5 + 2 * f]);
                            if (size < 0) {
                                throw in.error(in.position(), "array of structs in tag '" + path
                                        + "' has a field of non-simple type " + info[5 + 2 * f]);
                            }
                            elementBytes += size;
                        }
                        length = info[4 + 2 * fields];
                    } else {
                        elementBytes = simpleSize(elementType);
                        if (elementBytes < 0) {
                            throw in.error(in.position(), "array element type " + elementType + " of tag '" + path
                                    + "' is not supported (expected a simple type or a struct)");
                        }
                        length = info[2];
                    }
                    if (length < 0 || length * elementBytes > in.size() - in.position()) {
                        throw in.error(in.position(), "array tag '" + path + "' declares " + length + " elements of "
                                + elementBytes + " bytes, but only " + (in.size() - in.position())
                                + " bytes remain (file truncated)");
                    }
                    ArrayRef ref = new ArrayRef(elementType, length, elementBytes, in.position());
                    in.skip(ref.byteLength(), "array data of tag '" + path + "'");
                    return ref;
                }
                default:
                    throw in.error(in.position(), "unknown data type " + type + " in tag '" + path + "'");
            }
        }

        private int fieldCount(long value, String path) throws DataFormatException {
            if (value < 0 || value > MAX_INFO_WORDS / 2) {
                throw in.error(in.position(), "implausible struct field count " + value + " in tag '" + path + "'");
            }
            return (int) value;
        }

        private void need(long[] info, int words, String path) throws DataFormatException {
            if (info.length < words) {
                throw in.error(in.position(), "type info of tag '" + path + "' has " + info.length
                        + " words, expected at least " + words);
            }
        }

        private Object simple(int type, String path) throws DataFormatException {
            String what = "value of tag '" + path + "'";
            return switch (type) {
                case TYPE_INT16 -> (long) in.i16(what);
                case TYPE_UINT16 -> (long) in.u16(what);
                case TYPE_INT32 -> (long) in.i32(what);
                case TYPE_UINT32 -> in.u32(what);
                case TYPE_FLOAT32 -> (double) in.f32(what);
                case TYPE_FLOAT64 -> in.f64(what);
                case TYPE_BOOL -> in.u8(what) != 0;
                case TYPE_CHAR, TYPE_OCTET -> (long) in.u8(what);
                case TYPE_INT64, TYPE_UINT64 -> in.i64(what);
                default -> throw in.error(in.position(), "type " + type + " is not simple");
            };
        }
    }
}
