package org.crystallite.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code crystallite demo --out DIR} writes report.html whose figure links point at real PNG files. */
class DemoCommandTest {

    private static final Pattern LINK = Pattern.compile("(?:href|src)\\s*=\\s*\"([^\"]*)\"");

    @TempDir
    Path dir;

    @Test
    void demoWritesAReportWhoseFiguresExist() throws IOException {
        Path out = dir.resolve("demo-out");
        CliRun run = CliRun.of("demo", "--out", out.toString());
        assertEquals(0, run.exitCode(), run.describe());
        assertEquals("", run.stderr(), run.describe());

        Path report = out.resolve("report.html");
        assertTrue(Files.isRegularFile(report), "no report.html in " + out);
        assertTrue(run.stdout().contains("report.html"), run.stdout());
        String html = Files.readString(report);

        List<String> links = new ArrayList<>();
        Matcher m = LINK.matcher(html);
        while (m.find()) {
            links.add(m.group(1));
        }
        List<String> pngs = links.stream().filter(l -> l.toLowerCase(Locale.ROOT).endsWith(".png")).toList();
        assertFalse(pngs.isEmpty(), "report.html links no PNG figure:\n" + links);
        for (String link : pngs) {
            assertFalse(link.contains(":") || link.startsWith("/"), "figure link is not relative: " + link);
            Path image = out.resolve(link).normalize();
            assertTrue(image.startsWith(out), "figure outside the output folder: " + link);
            assertTrue(Files.isRegularFile(image), "report links a missing figure: " + link);
            assertNotNull(ImageIO.read(image.toFile()), "not a readable PNG: " + link);
        }
        try (var list = Files.list(dir)) {
            assertEquals(List.of("demo-out"), list.map(p -> p.getFileName().toString()).toList(),
                    "staging folders left next to the output");
        }
    }
}
