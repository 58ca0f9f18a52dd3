package org.crystallite.tem.io;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes minimal DigitalMicrograph DM3/DM4 files for tests: a tag tree with an ImageList of images,
 * each with Data, DataType, Dimensions, per-axis Calibrations and a few Microscope Info tags. Header
 * words big-endian, data little-endian, as GMS writes them.
 */
final class DmFileWriter {

    /** One image of the ImageList; {@code data} holds the raw little-endian samples. */
    record Image(int width, int height, int dataType, int arrayElementType, byte[] data,
                 double scaleX, double scaleY, String unitX, String unitY, double originX, double originY,
                 Double voltageV, String microscope) {
    }

    private final boolean dm4;

    private DmFileWriter(int version) {
        this.dm4 = version == 4;
    }

    static byte[] write(int version, List<Image> images) {
        DmFileWriter w = new DmFileWriter(version);
        List<byte[]> list = new ArrayList<>();
        for (Image image : images) {
            list.add(w.group("", w.imageTags(image)));
        }
        byte[] root = w.groupBody(List.of(w.group("ImageList", list), w.data("InImageMode", w.simpleInfo(8), new byte[] {1})));
        ByteBuffer head = ByteBuffer.allocate(w.dm4 ? 16 : 12).order(ByteOrder.BIG_ENDIAN);
        head.putInt(version);
        if (w.dm4) {
            head.putLong(root.length);
        } else {
            head.putInt(root.length);
        }
        head.putInt(1);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(head.array());
        out.writeBytes(root);
        out.writeBytes(new byte[8]);
        return out.toByteArray();
    }

    private List<byte[]> imageTags(Image im) {
        List<byte[]> cal = new ArrayList<>();
        cal.add(group("", List.of(float32("Origin", im.originX()), float32("Scale", im.scaleX()), units("Units", im.unitX()))));
        cal.add(group("", List.of(float32("Origin", im.originY()), float32("Scale", im.scaleY()), units("Units", im.unitY()))));
        int elementBytes = DmTagTree.simpleSize(im.arrayElementType());
        List<byte[]> imageData = List.of(
                group("Calibrations", List.of(group("Dimension", cal))),
                data("Data", new long[] {20, im.arrayElementType(), im.data().length / elementBytes}, im.data()),
                int32("DataType", im.dataType()),
                group("Dimensions", List.of(uint32("", im.width()), uint32("", im.height()))));
        List<byte[]> info = new ArrayList<>();
        if (im.voltageV() != null) {
            info.add(float64("Voltage", im.voltageV()));
        }
        if (im.microscope() != null) {
            info.add(units("Microscope", im.microscope()));
        }
        return List.of(group("ImageData", imageData), group("ImageTags", List.of(group("Microscope Info", info))),
                units("Name", "test image"));
    }

    private byte[] float32(String label, double v) {
        return data(label, simpleInfo(6), le(4).putFloat((float) v).array());
    }

    private byte[] float64(String label, double v) {
        return data(label, simpleInfo(7), le(8).putDouble(v).array());
    }

    private byte[] int32(String label, int v) {
        return data(label, simpleInfo(3), le(4).putInt(v).array());
    }

    private byte[] uint32(String label, int v) {
        return data(label, simpleInfo(5), le(4).putInt(v).array());
    }

    private byte[] units(String label, String text) {
        byte[] chars = text.getBytes(StandardCharsets.UTF_16LE);
        return data(label, new long[] {20, 4, text.length()}, chars);
    }

    private long[] simpleInfo(int type) {
        return new long[] {type};
    }

    private static ByteBuffer le(int n) {
        return ByteBuffer.allocate(n).order(ByteOrder.LITTLE_ENDIAN);
    }

    private ByteBuffer be(int n) {
        return ByteBuffer.allocate(n).order(ByteOrder.BIG_ENDIAN);
    }

    private byte[] data(String label, long[] info, byte[] payload) {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes("%%%%".getBytes(StandardCharsets.ISO_8859_1));
        body.writeBytes(word(info.length));
        for (long w : info) {
            body.writeBytes(word(w));
        }
        body.writeBytes(payload);
        return tag(21, label, body.toByteArray());
    }

    private byte[] group(String label, List<byte[]> tags) {
        return tag(20, label, groupBody(tags));
    }

    private byte[] groupBody(List<byte[]> tags) {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.write(0);
        body.write(1);
        body.writeBytes(word(tags.size()));
        tags.forEach(body::writeBytes);
        return body.toByteArray();
    }

    private byte[] tag(int type, String label, byte[] body) {
        byte[] name = label.getBytes(StandardCharsets.ISO_8859_1);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(type);
        out.writeBytes(be(2).putShort((short) name.length).array());
        out.writeBytes(name);
        if (dm4) {
            out.writeBytes(be(8).putLong(body.length).array());
        }
        out.writeBytes(body);
        return out.toByteArray();
    }

    private byte[] word(long v) {
        return dm4 ? be(8).putLong(v).array() : be(4).putInt((int) v).array();
    }
}
