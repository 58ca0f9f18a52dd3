package org.crystallite.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Assembles one HTML page of results: a title, sections with paragraphs, key–value lists, tables and
 * figures, and a provenance list at the end. All text is escaped. Figures are PNG/SVG (or JPEG/GIF)
 * files that the page shows through relative links, so the page and its figures can be moved or
 * archived together; the only styling is a small inline style sheet, no scripts, nothing fetched.
 *
 * <pre>{@code
 * new HtmlReport("Fe 2p fit")
 *         .section("Fit").keyValues(statistics).figure(pngFile, "Data, fit and residuals")
 *         .section("Components").table(components)
 *         .provenance("read sample.vms, block Fe 2p")
 *         .write(staging.path("report.html"));
 * }</pre>
 *
 * <p>A builder: not thread-safe; {@link #write} may be called more than once.
 */
public final class HtmlReport {

    private static final String STYLE = """
            body { font-family: system-ui, -apple-system, "Segoe UI", Helvetica, Arial, sans-serif;
                   max-width: 72rem; margin: 2rem auto; padding: 0 1rem; color: #222; line-height: 1.45; }
            h1 { font-size: 1.7rem; border-bottom: 2px solid #0072B2; padding-bottom: .3rem; }
            h2 { font-size: 1.3rem; margin-top: 2rem; }
            table { border-collapse: collapse; margin: 1rem 0; font-size: .92rem; }
            th, td { border: 1px solid #ccc; padding: .25rem .6rem; }
            th { background: #f2f4f7; text-align: left; }
            td.num { text-align: right; font-variant-numeric: tabular-nums; }
            caption { caption-side: top; text-align: left; font-weight: 600; padding-bottom: .3rem; }
            dl.kv { display: grid; grid-template-columns: max-content auto; gap: .2rem 1rem; }
            dl.kv dt { font-weight: 600; }
            dl.kv dd { margin: 0; font-variant-numeric: tabular-nums; }
            figure { margin: 1.2rem 0; }
            figure img { max-width: 100%; height: auto; border: 1px solid #eee; }
            figcaption { font-size: .9rem; color: #555; }
            ol.provenance { font-family: ui-monospace, Menlo, Consolas, monospace; font-size: .85rem; }
            """;

    private static final List<String> FIGURE_EXTENSIONS = List.of("png", "svg", "jpg", "jpeg", "gif");

    /** One piece of the page body. */
    private sealed interface Block {
    }

    private record Heading(String text) implements Block {
    }

    private record Paragraph(String text) implements Block {
    }

    private record KeyValues(Map<String, Object> entries) implements Block {
    }

    private record TableBlock(Table table, String caption) implements Block {
    }

    private record Figure(Path file, String caption) implements Block {
    }

    private final String title;
    private final List<Block> blocks = new ArrayList<>();
    private final List<String> provenance = new ArrayList<>();

    /** A page with this title (shown as the document title and the top heading). */
    public HtmlReport(String title) {
        this.title = Objects.requireNonNull(title, "title");
    }

    /** Starts a new section with this heading; what follows belongs to it. */
    public HtmlReport section(String heading) {
        blocks.add(new Heading(Objects.requireNonNull(heading, "heading")));
        return this;
    }

    /** A paragraph of plain text (escaped; line breaks are kept). */
    public HtmlReport paragraph(String text) {
        blocks.add(new Paragraph(Objects.requireNonNull(text, "text")));
        return this;
    }

    /**
     * A list of named values shown in the map's iteration order (pass a {@link LinkedHashMap} for a
     * chosen order). Floating-point values are shown to {@value Html#DISPLAY_DIGITS} significant digits.
     */
    public HtmlReport keyValues(Map<String, ?> entries) {
        blocks.add(new KeyValues(new LinkedHashMap<>(Objects.requireNonNull(entries, "entries"))));
        return this;
    }

    /** A table with a header row of {@code name (unit)} labels. */
    public HtmlReport table(Table table) {
        return table(table, "");
    }

    /** A table with a caption above it ({@code ""} for none). */
    public HtmlReport table(Table table, String caption) {
        blocks.add(new TableBlock(Objects.requireNonNull(table, "table"), Objects.requireNonNull(caption, "caption")));
        return this;
    }

    /**
     * A figure: the image file (PNG, SVG, JPEG or GIF) shown through a relative link from the page,
     * with a caption. The file must exist when the page is written.
     */
    public HtmlReport figure(Path imageFile, String caption) {
        Objects.requireNonNull(imageFile, "imageFile");
        Objects.requireNonNull(caption, "caption");
        String name = String.valueOf(imageFile.getFileName());
        String extension = name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
        if (!name.contains(".") || !FIGURE_EXTENSIONS.contains(extension)) {
            throw new IllegalArgumentException("Figure " + imageFile + " is not one of " + FIGURE_EXTENSIONS);
        }
        blocks.add(new Figure(imageFile, caption));
        return this;
    }

    /** One entry of the provenance list (input file, processing step, program version …). */
    public HtmlReport provenance(String entry) {
        provenance.add(Objects.requireNonNull(entry, "provenance entry"));
        return this;
    }

    /** Several provenance entries, in order. */
    public HtmlReport provenance(List<String> entries) {
        entries.forEach(this::provenance);
        return this;
    }

    /**
     * Writes the page to {@code htmlFile} (UTF-8, atomically); figure links are relative to its folder.
     *
     * @throws NoSuchFileException naming the figure when a figure file does not exist
     */
    public void write(Path htmlFile) throws IOException {
        String page = toHtml(htmlFile);
        OutputFiles.writeAtomically(htmlFile, temporary -> Files.writeString(temporary, page, StandardCharsets.UTF_8));
    }

    /**
     * The page text as it would be written to {@code htmlFile}.
     *
     * @throws NoSuchFileException naming the figure when a figure file does not exist
     */
    public String toHtml(Path htmlFile) throws NoSuchFileException {
        Path folder = htmlFile.toAbsolutePath().normalize().getParent();
        StringBuilder html = new StringBuilder(4096);
        html.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<meta name=\"generator\" content=\"Crystallite\">\n")
                .append("<title>").append(Html.escape(title)).append("</title>\n")
                .append("<style>\n").append(STYLE).append("</style>\n</head>\n<body>\n")
                .append("<h1>").append(Html.escape(title)).append("</h1>\n");
        boolean inSection = false;
        for (Block block : blocks) {
            if (block instanceof Heading heading) {
                if (inSection) {
                    html.append("</section>\n");
                }
                html.append("<section>\n<h2>").append(Html.escape(heading.text())).append("</h2>\n");
                inSection = true;
            } else if (block instanceof Paragraph paragraph) {
                html.append("<p>").append(Html.escape(paragraph.text()).replace("\n", "<br>\n")).append("</p>\n");
            } else if (block instanceof KeyValues keyValues) {
                appendKeyValues(html, keyValues.entries());
            } else if (block instanceof TableBlock table) {
                appendTable(html, table.table(), table.caption());
            } else if (block instanceof Figure figure) {
                appendFigure(html, folder, figure);
            }
        }
        if (inSection) {
            html.append("</section>\n");
        }
        if (!provenance.isEmpty()) {
            html.append("<section>\n<h2>Provenance</h2>\n<ol class=\"provenance\">\n");
            for (String entry : provenance) {
                html.append("<li>").append(Html.escape(entry)).append("</li>\n");
            }
            html.append("</ol>\n</section>\n");
        }
        html.append("</body>\n</html>\n");
        return html.toString();
    }

    private static void appendKeyValues(StringBuilder html, Map<String, Object> entries) {
        html.append("<dl class=\"kv\">\n");
        entries.forEach((key, value) -> html.append("<dt>").append(Html.escape(String.valueOf(key)))
                .append("</dt><dd>").append(Html.escape(Html.display(value))).append("</dd>\n"));
        html.append("</dl>\n");
    }

    private static void appendTable(StringBuilder html, Table table, String caption) {
        html.append("<table>\n");
        if (!caption.isEmpty()) {
            html.append("<caption>").append(Html.escape(caption)).append("</caption>\n");
        }
        html.append("<thead><tr>");
        for (Table.Column column : table.columns()) {
            html.append("<th scope=\"col\">").append(Html.escape(column.label())).append("</th>");
        }
        html.append("</tr></thead>\n<tbody>\n");
        for (int r = 0; r < table.rowCount(); r++) {
            html.append("<tr>");
            for (int c = 0; c < table.columnCount(); c++) {
                Object cell = table.cell(r, c);
                html.append(Html.isNumber(cell) ? "<td class=\"num\">" : "<td>")
                        .append(Html.escape(Html.display(cell))).append("</td>");
            }
            html.append("</tr>\n");
        }
        html.append("</tbody>\n</table>\n");
    }

    private static void appendFigure(StringBuilder html, Path folder, Figure figure) throws NoSuchFileException {
        Path image = figure.file().toAbsolutePath().normalize();
        if (!Files.isRegularFile(image)) {
            throw new NoSuchFileException(image.toString(), null, "figure of report '" + figure.caption()
                    + "' does not exist; write the figure before the page");
        }
        String url = Html.escape(Html.relativeUrl(folder.relativize(image)));
        String alt = Html.escape(figure.caption().isEmpty() ? String.valueOf(image.getFileName()) : figure.caption());
        html.append("<figure>\n<a href=\"").append(url).append("\"><img src=\"").append(url)
                .append("\" alt=\"").append(alt).append("\"></a>\n");
        if (!figure.caption().isEmpty()) {
            html.append("<figcaption>").append(Html.escape(figure.caption())).append("</figcaption>\n");
        }
        html.append("</figure>\n");
    }
}
