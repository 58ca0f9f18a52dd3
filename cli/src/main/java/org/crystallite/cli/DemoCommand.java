package org.crystallite.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.crystallite.cli.demo.Demo;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code crystallite demo}: every analysis on bundled data, one HTML report. */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = "Run every analysis on bundled data and write DIR/report.html.")
final class DemoCommand implements Callable<Integer> {

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "out", description = "Output folder (default: out).")
    Path outDir;

    @Option(names = "--debug", description = "Print the stack trace with an error.")
    boolean debug;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        Path report = new Demo().run(outDir);
        spec.commandLine().getOut().println("demo report: " + report.toAbsolutePath());
        return 0;
    }
}
