package org.crystallite.report;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.temporal.Temporal;
import java.time.temporal.TemporalAmount;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.ToStringSerializer;

/**
 * A thin facade over Jackson for result files and {@code --json} output.
 *
 * <ul>
 *   <li>Records are written with their components in declaration order, maps in their iteration
 *       order (use a {@link java.util.LinkedHashMap} for a stable order), other objects through
 *       their getters; lists and arrays (including {@code double[]}) as JSON arrays.</li>
 *   <li>JSON has no NaN or Infinity (RFC 8259 §6), so non-finite {@code double}/{@code float} values,
 *       boxed or in arrays, are written as {@code null}: "no finite value".</li>
 *   <li>Other doubles use the shortest text that reads back to the same value.</li>
 *   <li>{@link Path}s and {@code java.time} values are written as their {@code toString()}
 *       (plain file path; ISO-8601).</li>
 * </ul>
 *
 * <p>Pretty output is indented by two spaces with {@code \n} line ends on every platform.
 */
public final class Json {

    /** Whether the text is indented for people or packed on one line. */
    public enum Layout { PRETTY, COMPACT }

    private static final ObjectWriter PRETTY;
    private static final ObjectWriter COMPACT;

    static {
        SimpleModule nonFinite = new SimpleModule("crystallite-report");
        nonFinite.addSerializer(Double.class, new FiniteDoubleSerializer());
        nonFinite.addSerializer(Double.TYPE, new FiniteDoubleSerializer());
        nonFinite.addSerializer(Float.class, new FiniteFloatSerializer());
        nonFinite.addSerializer(Float.TYPE, new FiniteFloatSerializer());
        nonFinite.addSerializer(double[].class, new FiniteDoubleArraySerializer());
        nonFinite.addSerializer(float[].class, new FiniteFloatArraySerializer());
        nonFinite.addSerializer(Path.class, ToStringSerializer.instance);
        nonFinite.addSerializer(Temporal.class, ToStringSerializer.instance);
        nonFinite.addSerializer(TemporalAmount.class, ToStringSerializer.instance);
        JsonMapper mapper = JsonMapper.builder()
                .addModule(nonFinite)
                .disable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
                .disable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .build();
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter()
                .withObjectIndenter(indenter)
                .withArrayIndenter(DefaultPrettyPrinter.FixedSpaceIndenter.instance);
        PRETTY = mapper.writer(printer);
        COMPACT = mapper.writer();
    }

    private Json() {
    }

    /** Writes {@code value} as pretty JSON (UTF-8, final newline) to {@code file}, atomically. */
    public static void write(Object value, Path file) throws IOException {
        write(value, file, Layout.PRETTY);
    }

    /** Writes {@code value} as JSON in the given layout (UTF-8, final newline) to {@code file}, atomically. */
    public static void write(Object value, Path file, Layout layout) throws IOException {
        String text = toString(value, layout) + "\n";
        OutputFiles.writeAtomically(file, temporary -> {
            try (OutputStream out = Files.newOutputStream(temporary)) {
                out.write(text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            }
        });
    }

    /** Pretty JSON text of {@code value}. */
    public static String toString(Object value) {
        return toString(value, Layout.PRETTY);
    }

    /**
     * JSON text of {@code value} in the given layout.
     *
     * @throws IllegalArgumentException if Jackson cannot serialise the value (e.g. a class without
     *         getters), naming the type
     */
    public static String toString(Object value, Layout layout) {
        ObjectWriter writer = layout == Layout.COMPACT ? COMPACT : PRETTY;
        try {
            return writer.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Cannot write " + (value == null ? "null" : value.getClass().getName())
                    + " as JSON: " + e.getOriginalMessage(), e);
        }
    }

    private static final class FiniteDoubleSerializer extends JsonSerializer<Double> {
        @Override
        public void serialize(Double value, JsonGenerator gen, SerializerProvider provider) throws IOException {
            writeFiniteOrNull(value, gen);
        }
    }

    private static final class FiniteFloatSerializer extends JsonSerializer<Float> {
        @Override
        public void serialize(Float value, JsonGenerator gen, SerializerProvider provider) throws IOException {
            if (Float.isFinite(value)) {
                gen.writeNumber(value.floatValue());
            } else {
                gen.writeNull();
            }
        }
    }

    private static final class FiniteDoubleArraySerializer extends JsonSerializer<double[]> {
        @Override
        public void serialize(double[] values, JsonGenerator gen, SerializerProvider provider) throws IOException {
            gen.writeStartArray(values, values.length);
            for (double value : values) {
                writeFiniteOrNull(value, gen);
            }
            gen.writeEndArray();
        }
    }

    private static final class FiniteFloatArraySerializer extends JsonSerializer<float[]> {
        @Override
        public void serialize(float[] values, JsonGenerator gen, SerializerProvider provider) throws IOException {
            gen.writeStartArray(values, values.length);
            for (float value : values) {
                if (Float.isFinite(value)) {
                    gen.writeNumber(value);
                } else {
                    gen.writeNull();
                }
            }
            gen.writeEndArray();
        }
    }

    private static void writeFiniteOrNull(double value, JsonGenerator gen) throws IOException {
        if (Double.isFinite(value)) {
            gen.writeNumber(value);
        } else {
            gen.writeNull();
        }
    }
}
