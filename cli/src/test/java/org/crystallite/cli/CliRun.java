package org.crystallite.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** One in-process run of {@link Main#run}: exit code and everything written to stdout and stderr. */
record CliRun(int exitCode, String stdout, String stderr) {

    static final ObjectMapper MAPPER = new ObjectMapper();

    static CliRun of(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code;
        try (PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
             PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
            code = Main.run(args, o, e);
        }
        return new CliRun(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    /** Lines of stderr (without line ends). */
    List<String> stderrLines() {
        return stderr.lines().toList();
    }

    /** True when stderr holds a Java stack trace ("\tat package.Class.method(...)" frames). */
    boolean stderrHasStackTrace() {
        return stderr.lines().anyMatch(l -> l.startsWith("\tat ") || l.matches("\\s+at [\\w$.]+\\(.*\\)"));
    }

    /** For assertion messages. */
    String describe() {
        return "exit " + exitCode + "\n--- stdout ---\n" + stdout + "\n--- stderr ---\n" + stderr;
    }

    /** Asserts that stdout is exactly one JSON object on one line and nothing else, and returns it. */
    JsonNode singleJsonObject() throws IOException {
        assertTrue(stdout.endsWith("\n"), "stdout should end with one newline: " + describe());
        String body = stdout.substring(0, stdout.length() - 1);
        assertTrue(body.startsWith("{") && body.endsWith("}"), "stdout is not one JSON object: " + describe());
        assertEquals(1, stdout.lines().count(), "stdout should be one line");
        try (JsonParser parser = MAPPER.createParser(body)) {
            JsonNode node = MAPPER.readTree(parser);
            assertTrue(node.isObject());
            assertNull(parser.nextToken(), "text after the JSON object on stdout");
            return node;
        }
    }
}
