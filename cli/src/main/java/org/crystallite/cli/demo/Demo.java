package org.crystallite.cli.demo;

import java.nio.file.Path;
import java.util.List;
import org.crystallite.report.HtmlReport;
import org.crystallite.report.OutputDirectory;

/**
 * Runs every demo section on the data bundled in the jar and writes {@code report.html} with
 * its figures into the output folder. Files are staged and moved into place only when every
 * section succeeded.
 */
public final class Demo {

    private final List<DemoSection> sections = List.of(new XpsFitSection(), new XrdDemoSection(),
            new TemDemoSection());

    /** Returns the path of the written report. */
    public Path run(Path outDir) throws Exception {
        try (OutputDirectory out = OutputDirectory.stage(outDir)) {
            HtmlReport report = new HtmlReport("Crystallite demo report");
            report.paragraph("Every analysis below ran on data bundled with Crystallite (see "
                    + "cli/src/main/resources/org/crystallite/cli/demo/SOURCES.md for origins, licences and the "
                    + "known answers).");
            for (DemoSection s : sections) {
                report.section(s.title());
                s.run(out, report);
            }
            report.write(out.path("report.html"));
            out.commit();
        }
        return outDir.resolve("report.html");
    }
}
