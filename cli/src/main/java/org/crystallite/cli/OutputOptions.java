package org.crystallite.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** Options every analysis accepts (design guide §4). */
public final class OutputOptions {

    @Option(names = "--json", description = "Print one JSON object on stdout and nothing else.")
    boolean json;

    @Option(names = "--out", paramLabel = "DIR", description = "Write CSV, PNG and JSON files into DIR.")
    Path outDir;

    @Option(names = "--debug", description = "Print the stack trace with an error.")
    boolean debug;

    public boolean json() {
        return json;
    }

    public Path outDir() {
        return outDir;
    }
}
