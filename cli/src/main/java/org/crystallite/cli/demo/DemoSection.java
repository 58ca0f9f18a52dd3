package org.crystallite.cli.demo;

import org.crystallite.report.HtmlReport;
import org.crystallite.report.OutputDirectory;

/** One analysis of the demo: runs on bundled data, writes its files into a folder and adds itself to the report. */
interface DemoSection {

    /** Heading in the report. */
    String title();

    /** Runs the analysis; files go into {@code out} (next to the report), content into {@code report}. */
    void run(OutputDirectory out, HtmlReport report) throws Exception;
}
