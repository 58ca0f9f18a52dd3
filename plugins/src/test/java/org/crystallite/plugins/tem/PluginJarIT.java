package org.crystallite.plugins.tem;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.crystallite.spectrum.testing.ValidationData;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged plugin jar as a user gets it: a separate ImageJ process whose class path holds only
 * ImageJ (+ the headless patcher), commons-math3 (which Fiji ships) and the one shaded jar, with the
 * menu commands coming from the jar's plugins.config. Catches what the in-module tests cannot: a
 * missing class or resource in the shade, a broken relocation (Jackson, jHDF, JTransforms).
 * Run by failsafe in {@code mvn verify}, after the jar is built.
 */
class PluginJarIT {

    private static final Pattern NUMBER = Pattern.compile("%s=([-+0-9.Ee]+)");

    @TempDir
    Path tmp;

    /** The jar (or folder) on this JVM's class path that holds {@code resource}. */
    private static String locate(String resource) {
        URL url = PluginJarIT.class.getClassLoader().getResource(resource);
        if (url == null) {
            throw new IllegalStateException(resource + " is not on the test class path");
        }
        String s = url.toString();
        if (!s.startsWith("jar:file:")) {
            throw new IllegalStateException(resource + " is not inside a jar: " + s);
        }
        return Path.of(java.net.URI.create(s.substring(4, s.indexOf("!/")))).toString();
    }

    private static Path pluginJar() {
        Path jar = Path.of(System.getProperty("crystallite.pluginJar", "target/missing.jar"));
        assertTrue(Files.isRegularFile(jar), "the packaged plugin jar exists: " + jar);
        return jar;
    }

    /** Runs {@code macro} in a fresh headless ImageJ with the plugin jar and returns what it printed. */
    private String runImageJ(String macro) throws IOException, InterruptedException {
        Path pluginsDir = Files.createDirectories(tmp.resolve("Fiji.app").resolve("plugins"));
        Path jar = Files.copy(pluginJar(), pluginsDir.resolve(pluginJar().getFileName()));
        Path macroFile = Files.writeString(tmp.resolve("check.ijm"), macro);
        String patcher = locate("net/imagej/patcher/LegacyInjector.class");
        String classPath = String.join(File.pathSeparator, locate("ij/IJ.class"), patcher,
                locate("javassist/ClassPool.class"), locate("io/github/classgraph/ClassGraph.class"),
                locate("org/apache/commons/math3/util/FastMath.class"), jar.toString());
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "--add-opens=java.base/java.lang=ALL-UNNAMED", "-javaagent:" + patcher + "=init",
                "-Djava.awt.headless=true", "-Dplugins.dir=" + pluginsDir.getParent(), "-cp", classPath, "ij.ImageJ",
                "-batch", macroFile.toString()));
        Path output = tmp.resolve("imagej.out");
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(output.toFile()).start();
        if (!process.waitFor(180, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            fail("ImageJ did not finish within 180 s: " + Files.readString(output));
        }
        String printed = Files.readString(output, StandardCharsets.UTF_8);
        System.out.print(printed);
        return printed;
    }

    private static double printedValue(String printed, String key) {
        Matcher m = Pattern.compile(String.format(NUMBER.pattern(), Pattern.quote(key))).matcher(printed);
        assertTrue(m.find(), key + "= printed: " + printed);
        return Double.parseDouble(m.group(1));
    }

    @Test
    void jarAloneImportsAndMeasuresALatticeInImageJ() throws Exception {
        int size = 256;
        double pixelNm = 0.02;
        Path mrc = MrcTestFile.write(tmp.resolve("lattice.mrc"), size, size,
                LatticeImages.pixels(size, size, pixelNm, 0.3905, 0.2761, 0.5, 41), 10 * pixelNm);

        String printed = runImageJ("run(\"Crystallite...\", \"open=[" + mrc + "]\");\n"
                + "getPixelSize(unit, pw, ph);\n"
                + "print(\"pixel=\" + d2s(pw, 6) + \" unit \" + unit);\n"
                + "run(\"Measure Lattice Spacings\", \"window=Hann minimum_snr=25 refinement=[Hann ratio] "
                + "maximum_spots=60 display\");\n"
                + "print(\"d1=\" + d2s(getResult(\"d1 (nm)\", 0), 6) + \" d2=\" + d2s(getResult(\"d2 (nm)\", 0), 6));\n");

        assertEquals(pixelNm, printedValue(printed, "pixel"), 1e-6);
        assertTrue(printed.contains("unit nm"), printed);
        assertEquals(0.3905, printedValue(printed, "d1"), 0.001 * 0.3905);
        assertEquals(0.2761, printedValue(printed, "d2"), 0.001 * 0.2761);
        assertTrue(!printed.contains("Exception") && !printed.contains("SLF4J"), printed);
    }

    @Tag("validation")
    @Test
    void jarAloneReadsVeloxEmdThroughTheRelocatedHdf5AndJsonLibraries() throws Exception {
        Path emd = ValidationData.file("tem", "Camera_Ceta_Imaging_Micro.emd");

        String printed = runImageJ("run(\"Crystallite...\", \"open=[" + emd + "]\");\n"
                + "getPixelSize(unit, pw, ph);\n"
                + "getStatistics(area, mean);\n"
                + "print(\"pixel=\" + d2s(pw, 6) + \" mean=\" + d2s(mean, 5));\n"
                + "print(getImageInfo());\n");

        assertEquals(3.138837, printedValue(printed, "pixel"), 5e-6);
        assertEquals(-1.5705, printedValue(printed, "mean"), 5e-5);
        assertTrue(printed.contains("voltage_kV = 300"), printed);
    }
}
