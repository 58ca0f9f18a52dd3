package org.crystallite.tem.radial;

import java.nio.file.Files;
import java.nio.file.Path;

import ij.ImagePlus;
import ij.io.FileSaver;
import ij.measure.Calibration;
import ij.process.ShortProcessor;

import org.crystallite.tem.lattice.Phase;
import org.crystallite.tem.lattice.PhaseLibrary;

/**
 * The synthetic images of the project's {@code test-images/} folder, made from their recipe and seed (see
 * test-images/SOURCES.md). {@link #main} writes them; {@code TestImagesTest} checks that the committed
 * files are exactly what the recipe gives and that the analysis finds what they were made with.
 */
final class TestImages {

    /** File name of the Au ring pattern in test-images/. */
    static final String AU_SAED = "au_saed_synthetic.tif";
    /** 1/nm per pixel of the Au pattern (camera constant 25 px·nm). */
    static final double AU_PER_NM_PER_PIXEL = 0.04;

    private TestImages() {
    }

    /**
     * Au (Fm-3m, a = 0.40782 nm) SAED ring pattern: 611 × 547 px, centre (318.37, 262.81) px, a/b = 1.02 with
     * the major axis at 25° (image axes, y down), beam stop, Poisson noise, seed 11.
     */
    static SyntheticRings.Pattern auSaed() {
        Phase au = PhaseLibrary.find("au").orElseThrow();
        return SyntheticRings.fcc(au, 611, 547, 318.37, 262.81, 1.02, Math.toRadians(25), AU_PER_NM_PER_PIXEL,
                120, 1.5, true, 11);
    }

    /** The pattern as an ImageJ 16-bit image calibrated in 1/nm (the counts are whole numbers below 65536). */
    static ImagePlus auSaedImage() {
        SyntheticRings.Pattern p = auSaed();
        ShortProcessor sp = new ShortProcessor(p.width(), p.height());
        for (int i = 0; i < p.pixels().length; i++) {
            sp.set(i, Math.round(p.pixels()[i]));
        }
        ImagePlus imp = new ImagePlus(AU_SAED, sp);
        Calibration cal = new Calibration();
        cal.pixelWidth = AU_PER_NM_PER_PIXEL;
        cal.pixelHeight = AU_PER_NM_PER_PIXEL;
        cal.setUnit("1/nm");
        imp.setCalibration(cal);
        return imp;
    }

    /** Writes the synthetic test images into the folder given as the first argument. */
    public static void main(String[] args) throws Exception {
        Path folder = Path.of(args[0]);
        Files.createDirectories(folder);
        if (!new FileSaver(auSaedImage()).saveAsTiff(folder.resolve(AU_SAED).toString())) {
            throw new IllegalStateException("could not write " + folder.resolve(AU_SAED));
        }
    }
}
