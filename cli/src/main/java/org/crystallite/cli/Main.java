package org.crystallite.cli;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * The {@code crystallite} command: {@code crystallite <technique|action> …}. Exit codes: 0 success,
 * 1 analysis failure (unreadable data, failed fit), 2 usage error (unknown option or model name,
 * malformed range). Errors are one line naming the file and the problem; {@code --debug} adds
 * the stack trace.
 */
@Command(name = "crystallite", mixinStandardHelpOptions = true, version = "Crystallite 0.1.0",
        description = "Characterisation data analysis: XRD, XPS, XAS spectra and TEM images.",
        subcommands = {FitCommand.class, XrdCommand.class, TemCommand.class, DemoCommand.class})
public final class Main implements Runnable {

    /** Exit code for an analysis failure. */
    public static final int ANALYSIS_FAILURE = 1;
    /** Exit code for a usage error. */
    public static final int USAGE_ERROR = 2;

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "a command is required");
    }

    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    /** Runs the command line with the given streams and returns the exit code (used by tests). */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        boolean debug = Arrays.asList(args).contains("--debug");
        PrintWriter errWriter = new PrintWriter(new java.io.OutputStreamWriter(err, StandardCharsets.UTF_8), true);
        CommandLine cli = new CommandLine(new Main())
                .setOut(new PrintWriter(new java.io.OutputStreamWriter(out, StandardCharsets.UTF_8), true))
                .setErr(errWriter)
                .setParameterExceptionHandler((ex, arguments) -> {
                    // One line, like every other error; the usage text is one --help away.
                    errWriter.println("crystallite: " + oneLine(ex) + suggestions(ex) + " (see '"
                            + ex.getCommandLine().getCommandSpec().qualifiedName() + " --help')");
                    if (debug) {
                        ex.printStackTrace(errWriter);
                    }
                    errWriter.flush();
                    return USAGE_ERROR;
                })
                .setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
                    int code = ex instanceof UsageException ? USAGE_ERROR : ANALYSIS_FAILURE;
                    errWriter.println("crystallite: " + oneLine(ex));
                    if (debug) {
                        ex.printStackTrace(errWriter);
                    }
                    errWriter.flush();
                    return code;
                });
        int code = cli.execute(args);
        out.flush();
        return code;
    }

    private static String suggestions(CommandLine.ParameterException ex) {
        if (ex instanceof CommandLine.UnmatchedArgumentException unmatched && !unmatched.getSuggestions().isEmpty()) {
            return "; did you mean " + String.join(" or ", unmatched.getSuggestions()) + "?";
        }
        return "";
    }

    private static String oneLine(Throwable ex) {
        String message = ex.getMessage();
        if (message == null || message.isBlank()) {
            message = ex.getClass().getSimpleName();
        }
        return message.strip().replace("\r", "").replace('\n', ' ');
    }
}
