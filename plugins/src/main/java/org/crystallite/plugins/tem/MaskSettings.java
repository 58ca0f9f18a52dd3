package org.crystallite.plugins.tem;

import org.crystallite.tem.filter.AnnulusShape;
import org.crystallite.tem.filter.CircleShape;
import org.crystallite.tem.filter.FourierFilter;
import org.crystallite.tem.filter.GaussianShape;
import org.crystallite.tem.filter.MaskShape;

import ij.gui.GenericDialog;

/**
 * The mask fields of "Bragg Filter (IFFT)", the dialog form of the CLI's {@code --mask
 * gaussian:SIGMA|circle:R[:EDGE]|annulus:R1:R2}: {@code mask=Circle|Gaussian|Annulus}, {@code radius},
 * {@code edge} (0 = hard edge, else a raised-cosine taper of that width), {@code sigma}, {@code inner},
 * {@code outer}, and {@code mask_units=1/nm|pixels} (pixels of the FFT, as the CLI's suffix px).
 */
final class MaskSettings {

    private static final String[] SHAPES = {"Circle", "Gaussian", "Annulus"};
    private static final String[] UNITS = {"1/nm", "pixels"};

    /** The numbers as typed; {@link #shape} turns them into a mask once the image's FFT is known. */
    record Request(int shapeIndex, double radius, double edge, double sigma, double inner, double outer,
            boolean inPixels) {

        /**
         * The mask shape in 1/nm (sizes in FFT pixels converted with the filter's reciprocal pixel).
         *
         * @throws IllegalArgumentException when a size is out of range (the engine's message)
         */
        MaskShape shape(FourierFilter filter) {
            return switch (shapeIndex) {
                case 0 -> new CircleShape(invNm(radius, filter), invNm(edge, filter));
                case 1 -> new GaussianShape(invNm(sigma, filter));
                default -> new AnnulusShape(invNm(inner, filter), invNm(outer, filter));
            };
        }

        private double invNm(double size, FourierFilter filter) {
            return inPixels ? filter.pixelsToInvNm(size) : size;
        }
    }

    private MaskSettings() {
    }

    static void addTo(GenericDialog gd) {
        gd.addChoice("Mask", SHAPES, SHAPES[0]);
        gd.addNumericField("Radius (circle)", 1.0, 4);
        gd.addNumericField("Edge (circle, 0 = hard edge)", 0.2, 4);
        gd.addNumericField("Sigma (gaussian)", 0.5, 4);
        gd.addNumericField("Inner (annulus)", 0, 4);
        gd.addNumericField("Outer (annulus)", 1.0, 4);
        gd.addChoice("Mask_units", UNITS, UNITS[0]);
    }

    /** Reads the fields added by {@link #addTo}, in the same order. */
    static Request read(GenericDialog gd) {
        int shape = gd.getNextChoiceIndex();
        double radius = gd.getNextNumber();
        double edge = gd.getNextNumber();
        double sigma = gd.getNextNumber();
        double inner = gd.getNextNumber();
        double outer = gd.getNextNumber();
        boolean pixels = gd.getNextChoiceIndex() == 1;
        return new Request(shape, radius, edge, sigma, inner, outer, pixels);
    }
}
