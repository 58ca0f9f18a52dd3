package org.crystallite.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HtmlReportTest {

    @TempDir
    Path folder;

    private static Plot smallPlot() {
        double[] x = {1, 2, 3, 4, 5};
        double[] y = {1, 4, 9, 4, 1};
        return Plot.of("Peak", "2θ (°)", "Intensity", List.of(new Series("Data", x, y, Style.POINTS)));
    }

    @Test
    void escapesMarkupAndLinksExistingFigures() throws IOException {
        assertTrue(folder.toUri().toString().endsWith("/"));
        Path png = folder.resolve("figures").resolve("fit plot.png");
        Path svg = folder.resolve("fit#1.svg");
        FigureWriter.png(smallPlot(), png, 400, 300);
        FigureWriter.svg(smallPlot(), svg, 400, 300);
        Map<String, Object> statistics = new LinkedHashMap<>();
        statistics.put("χ²ν", 1.0234567891);
        statistics.put("converged <yes>", true);
        Table components = Table.builder().column("name").column("center", "eV").row("<b>Fe</b> & co", 710.812345678).build();
        Path html = folder.resolve("report.html");

        new HtmlReport("<script>alert('x')</script> report")
                .paragraph("Intro with 5 < 6")
                .section("Fit").keyValues(statistics).figure(png, "Data & fit").figure(svg, "Vector version")
                .section("Components").table(components, "Fitted components")
                .provenance("read C:\\data\\<sample>.vms")
                .write(html);

        String page = Files.readString(html);
        assertFalse(page.contains("<script>"), "title must be escaped");
        assertTrue(page.contains("<title>&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; report</title>"), page);
        assertTrue(page.contains("&lt;b&gt;Fe&lt;/b&gt; &amp; co"));
        assertTrue(page.contains("<td class=\"num\">710.812</td>"), "numbers shown to 6 significant digits");
        assertTrue(page.contains("<dt>converged &lt;yes&gt;</dt><dd>true</dd>"));
        assertTrue(page.contains("read C:\\data\\&lt;sample&gt;.vms"));
        assertTrue(page.indexOf("<h2>Fit</h2>") < page.indexOf("<h2>Components</h2>"));
        assertTrue(page.indexOf("<h2>Components</h2>") < page.indexOf("<h2>Provenance</h2>"));

        List<String> sources = attributeValues(page, "src");
        assertEquals(List.of("figures/fit%20plot.png", "fit%231.svg"), sources);
        for (String source : sources) {
            // the directory URI ends in '/', so the link resolves the way a browser resolves it
            Path target = Path.of(folder.toUri().resolve(URI.create(source)));
            assertTrue(Files.isRegularFile(target), "figure link resolves to an existing file: " + source);
        }
    }

    @Test
    void missingFigureIsReportedByName() {
        Path missing = folder.resolve("absent.png");
        HtmlReport report = new HtmlReport("t").figure(missing, "gone");
        Path html = folder.resolve("report.html");

        NoSuchFileException error = assertThrows(NoSuchFileException.class, () -> report.write(html));

        assertTrue(error.getMessage().contains("absent.png"), error.getMessage());
        assertFalse(Files.exists(html), "no page written when a figure is missing");
    }

    @Test
    void rejectsFiguresThatBrowsersCannotShow() {
        assertThrows(IllegalArgumentException.class, () -> new HtmlReport("t").figure(folder.resolve("a.tif"), ""));
    }

    private static List<String> attributeValues(String html, String attribute) {
        Matcher matcher = Pattern.compile(attribute + "=\"([^\"]*)\"").matcher(html);
        List<String> values = new ArrayList<>();
        while (matcher.find()) {
            values.add(matcher.group(1).replace("&amp;", "&"));
        }
        return values;
    }
}
