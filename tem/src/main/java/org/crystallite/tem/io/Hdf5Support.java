package org.crystallite.tem.io;

import java.math.BigInteger;

import io.jhdf.api.Attribute;
import io.jhdf.api.Dataset;
import io.jhdf.api.Group;
import io.jhdf.api.Node;
import io.jhdf.object.datatype.DataType;
import io.jhdf.object.datatype.FixedPoint;
import io.jhdf.object.datatype.FloatingPoint;

import org.crystallite.spectrum.io.DataFormatException;

/** Shared HDF5 (jhdf) helpers: pixel type of a dataset, flat data to float, attribute values. */
final class Hdf5Support {

    private Hdf5Support() {
    }

    static PixelType pixelType(String fileName, Dataset dataset) throws DataFormatException {
        DataType type = dataset.getDataType();
        if (type instanceof FloatingPoint) {
            return switch (type.getSize()) {
                case 2 -> PixelType.FLOAT16;
                case 4 -> PixelType.FLOAT32;
                case 8 -> PixelType.FLOAT64;
                default -> throw new DataFormatException(fileName + ": dataset " + dataset.getPath()
                        + " has unsupported float size " + type.getSize() + " bytes");
            };
        }
        if (type instanceof FixedPoint fixed) {
            boolean signed = fixed.isSigned();
            return switch (type.getSize()) {
                case 1 -> signed ? PixelType.INT8 : PixelType.UINT8;
                case 2 -> signed ? PixelType.INT16 : PixelType.UINT16;
                case 4 -> signed ? PixelType.INT32 : PixelType.UINT32;
                case 8 -> signed ? PixelType.INT64 : PixelType.UINT64;
                default -> throw new DataFormatException(fileName + ": dataset " + dataset.getPath()
                        + " has unsupported integer size " + type.getSize() + " bytes");
            };
        }
        throw new DataFormatException(fileName + ": dataset " + dataset.getPath() + " holds "
                + type.getClass().getSimpleName() + " values, not numbers");
    }

    /**
     * The values of a flat primitive array from jhdf as float, taking {@code count} values starting at
     * {@code start} with step {@code stride} (stride 1 for a contiguous image).
     */
    static float[] toFloat(String fileName, Object flat, int start, int stride, int count) throws DataFormatException {
        float[] out = new float[count];
        if (flat instanceof float[] a) {
            checkLength(fileName, a.length, start, stride, count);
            for (int i = 0; i < count; i++) out[i] = a[start + i * stride];
        } else if (flat instanceof double[] a) {
            checkLength(fileName, a.length, start, stride, count);
            for (int i = 0; i < count; i++) out[i] = (float) a[start + i * stride];
        } else if (flat instanceof byte[] a) {
            checkLength(fileName, a.length, start, stride, count);
            for (int i = 0; i < count; i++) out[i] = a[start + i * stride];
        } else if (flat instanceof short[] a) {
            checkLength(fileName, a.length, start, stride, count);
            for (int i = 0; i < count; i++) out[i] = a[start + i * stride];
        } else if (flat instanceof int[] a) {
            checkLength(fileName, a.length, start, stride, count);
            for (int i = 0; i < count; i++) out[i] = a[start + i * stride];
        } else if (flat instanceof long[] a) {
            checkLength(fileName, a.length, start, stride, count);
            for (int i = 0; i < count; i++) out[i] = a[start + i * stride];
        } else if (flat instanceof BigInteger[] a) {
            checkLength(fileName, a.length, start, stride, count);
            for (int i = 0; i < count; i++) out[i] = a[start + i * stride].floatValue();
        } else {
            throw new DataFormatException(fileName + ": unexpected HDF5 data of Java type "
                    + (flat == null ? "null" : flat.getClass().getSimpleName()));
        }
        return out;
    }

    private static void checkLength(String fileName, int length, int start, int stride, int count)
            throws DataFormatException {
        if (count > 0 && (long) start + (long) (count - 1) * stride >= length) {
            throw new DataFormatException(fileName + ": HDF5 dataset holds " + length + " values, fewer than its shape needs");
        }
    }

    /** An attribute as text ({@code null} when absent or not a scalar); arrays of one element are unwrapped. */
    static String text(Node node, String name) {
        Attribute a = node.getAttribute(name);
        if (a == null) {
            return null;
        }
        Object v = a.getData();
        if (v != null && v.getClass().isArray() && java.lang.reflect.Array.getLength(v) == 1) {
            v = java.lang.reflect.Array.get(v, 0);
        }
        if (v == null || v.getClass().isArray()) {
            return null;
        }
        return v instanceof Double d ? ReaderSupport.format(d) : String.valueOf(v).trim();
    }

    /** An attribute as a number, or NaN when absent or not numeric. */
    static double number(Node node, String name) {
        String t = text(node, name);
        if (t == null) {
            return Double.NaN;
        }
        try {
            return Double.parseDouble(t);
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }

    /** The child group of {@code group} called {@code name}, or null. */
    static Group group(Group group, String name) {
        Node n = group.getChildren().get(name);
        return n instanceof Group g ? g : null;
    }

    /** The child dataset of {@code group} called {@code name}, or null. */
    static Dataset dataset(Group group, String name) {
        Node n = group.getChildren().get(name);
        return n instanceof Dataset d ? d : null;
    }
}
