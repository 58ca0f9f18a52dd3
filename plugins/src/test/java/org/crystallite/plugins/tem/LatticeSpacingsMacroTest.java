package org.crystallite.plugins.tem;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import ij.IJ;
import ij.WindowManager;

/**
 * macros/lattice_spacings.ijm run headless, as {@code fiji --headless -macro} would: a folder of
 * synthetic lattice images (MRC files) becomes one CSV with a row per image.
 */
class LatticeSpacingsMacroTest {

    /** Surefire runs in the module folder; the macros live at the repository root. */
    private static final Path MACRO = Path.of("..", "macros", "lattice_spacings.ijm");
    private static final double PIXEL_NM = 0.02;

    @TempDir
    Path tmp;

    @BeforeEach
    void start() {
        HeadlessImageJ.start();
    }

    @AfterEach
    void cleanUp() {
        HeadlessImageJ.reset();
    }

    private void writeLattice(Path folder, String name, double dxNm, double dyNm, long seed) throws IOException {
        int size = 256;
        float[] px = LatticeImages.pixels(size, size, PIXEL_NM, dxNm, dyNm, 0.5, seed);
        MrcTestFile.write(folder.resolve(name), size, size, px, 10 * PIXEL_NM);
    }

    @Test
    void folderOfImagesBecomesOneCsvOfSpacings() throws IOException {
        Path input = Files.createDirectories(tmp.resolve("images with space"));
        writeLattice(input, "a_sto.mrc", 0.3905, 0.3905, 31);
        writeLattice(input, "b_rect.mrc", 0.30, 0.25, 32);
        writeLattice(input, "c_fine.mrc", 0.2, 0.2, 33);
        Files.writeString(input.resolve("notes.txt"), "not an image");
        Path output = tmp.resolve("spacings.csv");

        String measured = IJ.runMacroFile(MACRO.toString(), "input=[" + input + "] output=[" + output + "]");

        assertEquals("3", measured, "three images measured, the text file skipped");
        assertEquals(0, WindowManager.getImageCount(), "the macro closes what it opens");
        List<String> lines = Files.readAllLines(output, StandardCharsets.UTF_8);
        assertEquals(4, lines.size(), "heading + one row per image: " + lines);
        List<String> heading = Arrays.asList(lines.get(0).split(","));
        int image = heading.indexOf("Image");
        int d1 = heading.indexOf("d1 (nm)");
        int d2 = heading.indexOf("d2 (nm)");
        int angle = heading.indexOf("Angle (deg)");
        assertTrue(image >= 0 && d1 >= 0 && d2 >= 0 && angle >= 0, lines.get(0));
        double[][] expected = {{0.3905, 0.3905}, {0.30, 0.25}, {0.2, 0.2}};
        String[] names = {"a_sto.mrc", "b_rect.mrc", "c_fine.mrc"};
        for (int i = 0; i < 3; i++) {
            String[] row = lines.get(i + 1).split(",");
            assertEquals(names[i], row[image]);
            assertEquals(expected[i][0], Double.parseDouble(row[d1]), 0.001 * expected[i][0]);
            assertEquals(expected[i][1], Double.parseDouble(row[d2]), 0.001 * expected[i][1]);
            assertEquals(90, Double.parseDouble(row[angle]), 0.1);
        }
    }
}
