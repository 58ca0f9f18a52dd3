package org.crystallite.tem.radial;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.crystallite.tem.io.CalibratedImage;
import org.crystallite.tem.io.ImageReaders;
import org.crystallite.tem.lattice.HklMatch;
import org.crystallite.tem.lattice.PhaseLibrary;
import org.junit.jupiter.api.Test;

/**
 * The project's test-images/ folder (a sibling of this module; tests run in the module folder): each
 * synthetic file is exactly what its recipe in {@link TestImages} gives, and the analysis finds what it was
 * made with.
 */
class TestImagesTest {

    private static final Path FOLDER = Path.of("..", "test-images");

    @Test
    void auSaedFileIsItsRecipeAndItsRingsIndexAsGold() throws Exception {
        CalibratedImage image = ImageReaders.read(FOLDER.resolve(TestImages.AU_SAED));
        SyntheticRings.Pattern recipe = TestImages.auSaed();
        assertEquals(recipe.width(), image.width());
        assertEquals(recipe.height(), image.height());
        float[] expected = new float[recipe.pixels().length];
        for (int i = 0; i < expected.length; i++) {
            expected[i] = Math.round(recipe.pixels()[i]);
        }
        assertArrayEquals(expected, image.pixels());
        assertEquals("1/nm", image.unitX());
        assertEquals(TestImages.AU_PER_NM_PER_PIXEL, image.pixelSizeX(), 1e-12);
        assertEquals(TestImages.AU_PER_NM_PER_PIXEL, image.pixelSizeY(), 1e-12);

        RingAnalyzer analyzer = new RingAnalyzer(RadialOptions.defaults().withMaskBelow(8));
        RingAnalysis a = analyzer.index(analyzer.diffraction(image, null, RingAnalyzer.fileScale(image).orElseThrow(),
                0, null), List.of(PhaseLibrary.find("au").orElseThrow()));
        assertEquals(recipe.centreX(), a.geometry().geometry().centreX(), 0.2);
        assertEquals(recipe.centreY(), a.geometry().geometry().centreY(), 0.2);
        assertEquals(0.02, a.geometry().geometry().ellipticity(), 0.002);
        String[] families = {"111", "200", "220", "311", "222", "400", "331", "420"};
        for (int i = 0; i < families.length; i++) {
            Ring r = a.rings().get(i);
            HklMatch m = r.match().orElseThrow(() -> new AssertionError("ring " + r + " not indexed"));
            assertEquals(families[i], RingAnalyzer.familyLabel(m));
            assertTrue(Math.abs(r.dNm() / m.dCalcNm() - 1) < 0.003, "d of " + families[i] + ": " + r.dNm());
        }
    }
}
