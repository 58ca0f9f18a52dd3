package org.crystallite.plugins.tem;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import ij.IJ;
import ij.ImagePlus;
import ij.Menus;
import ij.WindowManager;
import ij.macro.Interpreter;
import ij.measure.ResultsTable;

/**
 * The ImageJ side of the plugin tests: registers the commands of our {@code plugins.config} (as Fiji
 * would after finding the jar in {@code plugins/}), and resets ImageJ's global state between tests.
 * ImageJ must already be patched for headless use ({@link PatchImageJ}).
 */
final class HeadlessImageJ {

    /** {@code Menu>Path, "Label", fully.qualified.Class} or {@code …Class("arg")}. */
    private static final Pattern CONFIG_LINE =
            Pattern.compile("^([^,\"]+),\\s*\"([^\"]+)\",\\s*([\\w.$]+)(?:\\(\"([^\"]*)\"\\))?\\s*$");

    private HeadlessImageJ() {
    }

    /** One command of plugins.config. */
    record MenuEntry(String menuPath, String label, String className, String argument) {
    }

    /** The entries of the plugin jar's {@code plugins.config}, in file order. */
    static List<MenuEntry> menuEntries() {
        try (InputStream in = HeadlessImageJ.class.getResourceAsStream("/plugins.config")) {
            if (in == null) {
                throw new IllegalStateException("plugins.config is not on the class path");
            }
            List<MenuEntry> entries = new ArrayList<>();
            String[] lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\\R");
            for (int i = 0; i < lines.length; i++) {
                String line = lines[i].strip();
                if (line.isEmpty() || line.startsWith("#")) {
                    continue;
                }
                Matcher m = CONFIG_LINE.matcher(line);
                if (!m.matches()) {
                    throw new IllegalStateException("plugins.config line " + (i + 1) + " is malformed: " + line);
                }
                entries.add(new MenuEntry(m.group(1).strip(), m.group(2), m.group(3), m.group(4)));
            }
            return entries;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Starts the headless session (batch mode, command table built) and adds our commands to the
     * command table, exactly as listed in plugins.config.
     */
    @SuppressWarnings("unchecked")
    static synchronized void start() {
        Interpreter.batchMode = true;
        if (Menus.getCommands() == null) {
            IJ.run("Clear Results"); // the first IJ.run builds ImageJ's command table
        }
        for (MenuEntry e : menuEntries()) {
            String target = e.argument() == null ? e.className() : e.className() + "(\"" + e.argument() + "\")";
            Menus.getCommands().put(e.label(), target);
        }
    }

    /** Closes every image (without "save changes?") and empties the Results table. */
    static synchronized void reset() {
        int[] ids = WindowManager.getIDList();
        if (ids != null) {
            for (int id : ids) {
                ImagePlus imp = WindowManager.getImage(id);
                if (imp != null) {
                    imp.changes = false;
                    imp.close();
                }
            }
        }
        ResultsTable.getResultsTable().reset();
    }

    /** Runs {@code action} and returns what it printed: headless ImageJ writes IJ.log and IJ.error there. */
    static String capturingOutput(Runnable action) {
        PrintStream original = System.out;
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        System.setOut(new PrintStream(buffer, true, StandardCharsets.UTF_8));
        try {
            action.run();
        } finally {
            System.setOut(original);
        }
        String text = buffer.toString(StandardCharsets.UTF_8);
        original.print(text);
        return text;
    }
}
