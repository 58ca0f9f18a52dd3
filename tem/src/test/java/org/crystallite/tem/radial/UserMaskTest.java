package org.crystallite.tem.radial;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.SplittableRandom;

import org.crystallite.spectrum.io.DataFormatException;
import org.crystallite.tem.fft.Roi;
import org.crystallite.tem.io.CalibratedImage;
import org.crystallite.tem.io.PixelType;
import org.crystallite.tem.lattice.HklMatch;
import org.crystallite.tem.lattice.Phase;
import org.crystallite.tem.lattice.PhaseLibrary;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import ij.ImagePlus;
import ij.io.FileSaver;
import ij.process.ByteProcessor;
import ij.process.FloatProcessor;

/**
 * A mask given by the user ({@link MaskImageReader}, {@link PixelMask#nonZero}) on the synthetic Au pattern of
 * {@link TestImages} with a bright beam-stop holder painted across it: a holder that is brighter than the rings
 * cannot be masked by a threshold, only by an explicit mask.
 */
class UserMaskTest {

    private static final Phase AU = PhaseLibrary.find("au").orElseThrow();
    private static final SyntheticRings.Pattern GOLD = TestImages.auSaed();
    /** The holder: columns 312–323 (through the centre at x = 318.37), the full height, 800 counts. */
    private static final int HOLDER_X0 = 312;
    private static final int HOLDER_WIDTH = 12;

    @TempDir
    Path dir;

    private static boolean[] holder() {
        boolean[] bar = new boolean[GOLD.width() * GOLD.height()];
        for (int y = 0; y < GOLD.height(); y++) {
            for (int x = HOLDER_X0; x < HOLDER_X0 + HOLDER_WIDTH; x++) {
                bar[y * GOLD.width() + x] = true;
            }
        }
        return bar;
    }

    /** The Au pattern with the holder painted on it (Poisson counts about 800, seed 7). */
    private static CalibratedImage goldWithHolder() {
        float[] v = GOLD.pixels().clone();
        boolean[] bar = holder();
        SplittableRandom rnd = new SplittableRandom(7);
        for (int i = 0; i < v.length; i++) {
            if (bar[i]) {
                v[i] = (float) SyntheticRings.poisson(rnd, 800);
            }
        }
        return CalibratedImage.builder("au-holder.tif", GOLD.width(), GOLD.height(), v, PixelType.FLOAT32)
                .pixelSize(TestImages.AU_PER_NM_PER_PIXEL, TestImages.AU_PER_NM_PER_PIXEL, "1/nm", "1/nm").build();
    }

    /** The holder as ImageJ's Edit › Selection › Create Mask makes it: 8-bit, 255 inside, inverting LUT. */
    private Path imageJMask(String name, boolean[] excluded, int w, int h) {
        ByteProcessor bp = new ByteProcessor(w, h);
        for (int i = 0; i < excluded.length; i++) {
            bp.set(i, excluded[i] ? 255 : 0);
        }
        bp.invertLut();
        Path file = dir.resolve(name);
        assertTrue(new FileSaver(new ImagePlus(name, bp)).saveAsTiff(file.toString()));
        return file;
    }

    private static RingAnalysis analyse(CalibratedImage image, PixelMask mask) {
        RingAnalyzer analyzer = new RingAnalyzer(RadialOptions.defaults().withMaskBelow(8));
        return analyzer.index(analyzer.diffraction(image, null, RingAnalyzer.fileScale(image).orElseThrow(), 0, mask),
                List.of(AU));
    }

    @Test
    void aBrightHolderBiasesTheAnalysisUnlessItIsMaskedByAMaskImage() throws Exception {
        CalibratedImage image = goldWithHolder();

        RingAnalysis biased = analyse(image, null);
        // The holder passes the threshold mask: it pulls the centre off and its profile makes rings of its own.
        assertTrue(Math.hypot(biased.geometry().geometry().centreX() - GOLD.centreX(),
                biased.geometry().geometry().centreY() - GOLD.centreY()) > 5, "centre " + biased.geometry());
        long indexed = biased.rings().stream().filter(r -> r.match().isPresent()).count();
        assertTrue(indexed < 3, "unmasked: " + indexed + " of " + biased.rings().size() + " rings indexed as Au");

        PixelMask mask = MaskImageReader.read(imageJMask("holder.tif", holder(), GOLD.width(), GOLD.height()), image,
                null);
        assertEquals(PixelMask.of(GOLD.width(), GOLD.height(), holder()), mask, "255 = excluded, 0 = kept");
        RingAnalysis a = analyse(image, mask);
        GeometryFit g = a.geometry();
        assertTrue(g.refined());
        assertEquals(GOLD.centreX(), g.geometry().centreX(), 0.2);
        assertEquals(GOLD.centreY(), g.geometry().centreY(), 0.2);
        assertEquals(0.02, g.geometry().ellipticity(), 0.002);
        String[] expected = {"111", "200", "220", "311", "222", "400", "331", "420"};
        for (int i = 0; i < expected.length; i++) {
            Ring r = a.rings().get(i);
            HklMatch m = r.match().orElseThrow(() -> new AssertionError("ring " + r + " not indexed"));
            assertEquals(expected[i], RingAnalyzer.familyLabel(m), "ring " + i);
            assertEquals(m.dCalcNm(), r.dNm(), 0.003 * m.dCalcNm(), "d of " + expected[i]);
        }
        // Either mask excludes: the holder and the dark beam stop (below 8 counts, grown by 2 px).
        PixelMask both = PixelMask.below(image.pixels(), image.width(), image.height(), 8, 2).union(mask);
        assertEquals(both.excludedCount(), a.maskedPixels());
        assertTrue(a.maskedPixels() > mask.excludedCount() + 1000, "beam stop and holder: " + a.maskedPixels());
    }

    @Test
    void aMaskOverTheBrightestRegionStartsTheCentreFromTheSharpestProfile() {
        // A holder arm from the beam stop to the right edge, masked generously: the mask takes the right part of
        // the bright halo round the stop, whose centroid (the usual start) moves left by several ring widths.
        float[] v = GOLD.pixels().clone();
        boolean[] arm = new boolean[v.length];
        SplittableRandom rnd = new SplittableRandom(9);
        for (int y = 0; y < GOLD.height(); y++) {
            for (int x = 0; x < GOLD.width(); x++) {
                int i = y * GOLD.width() + x;
                if (x >= 318 && y >= 256 && y < 270 && !GOLD.beamStop()[i]) {
                    v[i] = (float) SyntheticRings.poisson(rnd, 800);
                }
                arm[i] = x >= 306 && y >= 236 && y < 290;
            }
        }
        CalibratedImage image = CalibratedImage.builder("au-arm.tif", GOLD.width(), GOLD.height(), v,
                PixelType.FLOAT32).pixelSize(TestImages.AU_PER_NM_PER_PIXEL, TestImages.AU_PER_NM_PER_PIXEL, "1/nm",
                        "1/nm").build();
        PixelMask mask = PixelMask.of(GOLD.width(), GOLD.height(), arm);
        double[] centroid = CentreEstimator.brightestRegion(image.pixels(), GOLD.width(), GOLD.height(),
                PixelMask.below(image.pixels(), GOLD.width(), GOLD.height(), 8, 2).union(mask)).orElseThrow();
        assertTrue(Math.hypot(centroid[0] - GOLD.centreX(), centroid[1] - GOLD.centreY()) > 10,
                "the centroid start is off: " + centroid[0] + ", " + centroid[1]);
        RingAnalysis a = analyse(image, mask);
        assertTrue(a.warnings().stream().anyMatch(w -> w.contains("sharpest profile")), a.warnings().toString());
        assertTrue(a.geometry().refined());
        assertEquals(GOLD.centreX(), a.geometry().geometry().centreX(), 0.2);
        assertEquals(GOLD.centreY(), a.geometry().geometry().centreY(), 0.2);
        assertEquals(0.02, a.geometry().geometry().ellipticity(), 0.002);
        assertEquals(AU.dAng(2, 0, 0) / 10, a.rings().get(1).dNm(), 0.003 * AU.dAng(2, 0, 0) / 10);
        // Given a start centre, the analysis starts there and does not search.
        RingAnalyzer guided = new RingAnalyzer(RadialOptions.defaults().withMaskBelow(8).withCentreGuess(319, 262));
        RingAnalysis fromGuess = guided.diffraction(image, null, RingAnalyzer.fileScale(image).orElseThrow(), 0, mask);
        assertEquals(GOLD.centreX(), fromGuess.geometry().geometry().centreX(), 0.2);
        assertTrue(fromGuess.warnings().stream().noneMatch(w -> w.contains("sharpest profile")));
    }

    @Test
    void theMaskIsGivenForTheWholeImageAndCutWithTheRegion() throws Exception {
        CalibratedImage image = goldWithHolder();
        Roi region = new Roi(40, 30, 540, 500);
        PixelMask mask = MaskImageReader.read(imageJMask("holder.tif", holder(), GOLD.width(), GOLD.height()), image,
                region);
        RingAnalyzer analyzer = new RingAnalyzer(RadialOptions.defaults().withMaskBelow(8));
        RingAnalysis a = analyzer.diffraction(image, region, RingAnalyzer.fileScale(image).orElseThrow(), 0, mask);
        assertEquals(GOLD.centreX(), a.geometry().geometry().centreX(), 0.2);
        assertEquals(GOLD.centreY(), a.geometry().geometry().centreY(), 0.2);
        float[] cut = new float[540 * 500];
        for (int y = 0; y < 500; y++) {
            System.arraycopy(image.pixels(), (30 + y) * image.width() + 40, cut, y * 540, 540);
        }
        assertEquals(PixelMask.below(cut, 540, 500, 8, 2).union(mask.crop(40, 30, 540, 500)).excludedCount(),
                a.maskedPixels());
        assertEquals(AU.dAng(1, 1, 1) / 10, a.rings().get(0).dNm(), 0.003 * AU.dAng(1, 1, 1) / 10);
    }

    @Test
    void nonZeroValuesOfAnyKindAreExcluded() throws Exception {
        float[] v = {0, 1, -3, Float.NaN, 0.5f, 0, 255, 0};
        PixelMask m = PixelMask.nonZero(v, 4, 2);
        boolean[] expected = {false, true, true, true, true, false, true, false};
        assertEquals(PixelMask.of(4, 2, expected), m);
        assertEquals(5, m.excludedCount());

        // A 32-bit float mask file with a dead column (value 1) and a NaN pixel.
        int w = 40;
        int h = 30;
        float[] f = new float[w * h];
        for (int y = 0; y < h; y++) {
            f[y * w + 7] = 1;
        }
        f[3 * w + 20] = Float.NaN;
        Path file = dir.resolve("dead.tif");
        assertTrue(new FileSaver(new ImagePlus("dead", new FloatProcessor(w, h, f))).saveAsTiff(file.toString()));
        CalibratedImage image = CalibratedImage.builder("pattern.tif", w, h, new float[w * h], PixelType.FLOAT32)
                .uncalibrated("test").build();
        PixelMask read = MaskImageReader.read(file, image, null);
        assertEquals(h + 1, read.excludedCount());
        assertTrue(read.isExcluded(7, 12) && read.isExcluded(20, 3) && !read.isExcluded(8, 12));
    }

    @Test
    void badMasksAreRefusedNamingTheMaskFile() throws Exception {
        CalibratedImage image = CalibratedImage.builder("pattern.tif", 64, 48, new float[64 * 48], PixelType.FLOAT32)
                .uncalibrated("test").build();

        Path small = imageJMask("small.tif", new boolean[60 * 48], 60, 48);
        DataFormatException size = assertThrows(DataFormatException.class,
                () -> MaskImageReader.read(small, image, null));
        assertTrue(size.getMessage().startsWith("small.tif: ") && size.getMessage().contains("60 × 48")
                && size.getMessage().contains("pattern.tif is 64 × 48"), size.getMessage());

        boolean[] all = new boolean[64 * 48];
        java.util.Arrays.fill(all, true);
        Path inverted = imageJMask("inverted.tif", all, 64, 48);
        DataFormatException everything = assertThrows(DataFormatException.class,
                () -> MaskImageReader.read(inverted, image, null));
        assertTrue(everything.getMessage().startsWith("inverted.tif: ")
                && everything.getMessage().contains("inverted?"), everything.getMessage());

        boolean[] left = new boolean[64 * 48];
        for (int y = 0; y < 48; y++) {
            for (int x = 0; x < 32; x++) {
                left[y * 64 + x] = true;
            }
        }
        Path half = imageJMask("left.tif", left, 64, 48);
        assertEquals(32 * 48, MaskImageReader.read(half, image, new Roi(16, 0, 40, 48)).excludedCount());
        DataFormatException region = assertThrows(DataFormatException.class,
                () -> MaskImageReader.read(half, image, new Roi(4, 10, 20, 30)));
        assertTrue(region.getMessage().startsWith("left.tif: ") && region.getMessage().contains("4,10,20,30"),
                region.getMessage());

        Path garbage = dir.resolve("mask.tif");
        Files.writeString(garbage, "not an image");
        DataFormatException unreadable = assertThrows(DataFormatException.class,
                () -> MaskImageReader.read(garbage, image, null));
        assertTrue(unreadable.getMessage().startsWith("mask image mask.tif"), unreadable.getMessage());

        Path missing = dir.resolve("nowhere.tif");
        NoSuchFileException none = assertThrows(NoSuchFileException.class,
                () -> MaskImageReader.read(missing, image, null));
        assertTrue(none.getMessage().contains("nowhere.tif") && none.getMessage().contains("mask"), none.getMessage());
    }

    @Test
    void aMaskLeavingAlmostNothingStopsTheAnalysisWithTheCounts() {
        SyntheticRings.Pattern p = GOLD;
        boolean[] e = new boolean[p.width() * p.height()];
        for (int i = 0; i < e.length; i++) {
            e[i] = i % 50 != 0;
        }
        CalibratedImage image = p.calibrated("au.tif");
        IllegalArgumentException ex = assertThrows(IllegalArgumentException.class, () -> new RingAnalyzer()
                .diffraction(image, null, RingAnalyzer.fileScale(image).orElseThrow(), 0,
                        PixelMask.of(p.width(), p.height(), e)));
        int kept = (e.length + 49) / 50;
        assertTrue(ex.getMessage().startsWith("au.tif: ") && ex.getMessage().contains("only " + kept + " of "
                + e.length) && ex.getMessage().contains((e.length - kept) + " excluded by the given mask"),
                ex.getMessage());
    }
}
