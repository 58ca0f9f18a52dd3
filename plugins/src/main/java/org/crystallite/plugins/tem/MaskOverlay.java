package org.crystallite.plugins.tem;

import java.awt.Color;
import java.util.List;

import org.crystallite.tem.filter.AnnulusShape;
import org.crystallite.tem.filter.BraggMask;
import org.crystallite.tem.filter.CircleShape;
import org.crystallite.tem.filter.GaussianShape;
import org.crystallite.tem.filter.MaskShape;

import ij.gui.OvalRoi;
import ij.gui.Overlay;
import ij.gui.TextRoi;
import ij.measure.Calibration;

/**
 * The Bragg masks drawn on a calibrated FFT window, at +g and at the Friedel mate −g: a circle at the
 * radius of a circle mask (and a second one where its cosine edge reaches zero), at σ and 2σ of a
 * Gaussian, at the inner and outer radius of an annulus. Radii are in 1/nm, so on an FFT of a
 * non-square image the circles are ellipses in pixels. Each mask is labelled with its number in the
 * "Bragg Filter Reflections" table.
 */
final class MaskOverlay {

    static final Color MASK_COLOR = Color.CYAN;

    private MaskOverlay() {
    }

    /** {@code cal}: the FFT window's calibration (pixel size Δg in 1/nm, origin on the zero frequency). */
    static Overlay of(List<BraggMask> masks, Calibration cal) {
        Overlay overlay = new Overlay();
        for (int k = 0; k < masks.size(); k++) {
            BraggMask m = masks.get(k);
            for (int sign = 1; sign >= -1; sign -= 2) {
                // ImageJ overlay coordinates put the centre of pixel (i, j) at (i + 0.5, j + 0.5).
                double x = cal.xOrigin + sign * m.gx() / cal.pixelWidth + 0.5;
                double y = cal.yOrigin + sign * m.gy() / cal.pixelHeight + 0.5;
                String name = "mask " + (k + 1) + (sign > 0 ? " +g" : " -g");
                for (double radius : radiiInvNm(m.shape())) {
                    double rx = radius / cal.pixelWidth;
                    double ry = radius / cal.pixelHeight;
                    OvalRoi ring = new OvalRoi(x - rx, y - ry, 2 * rx, 2 * ry);
                    ring.setStrokeColor(MASK_COLOR);
                    ring.setName(name);
                    overlay.add(ring);
                }
                if (sign > 0) {
                    double r = radiiInvNm(m.shape())[0] / cal.pixelWidth;
                    TextRoi label = new TextRoi(x + r + 1, y - r - 12, String.valueOf(k + 1));
                    label.setStrokeColor(MASK_COLOR);
                    overlay.add(label);
                }
            }
        }
        return overlay;
    }

    /** The radii (1/nm) drawn for a shape; zero radii (an annulus from 0) are left out. */
    static double[] radiiInvNm(MaskShape shape) {
        if (shape instanceof CircleShape c) {
            return c.edgeInvNm() > 0 ? new double[] {c.radiusInvNm(), c.radiusInvNm() + c.edgeInvNm()}
                    : new double[] {c.radiusInvNm()};
        }
        if (shape instanceof GaussianShape g) {
            return new double[] {g.sigmaInvNm(), 2 * g.sigmaInvNm()};
        }
        AnnulusShape a = (AnnulusShape) shape;
        return a.innerInvNm() > 0 ? new double[] {a.outerInvNm(), a.innerInvNm()} : new double[] {a.outerInvNm()};
    }
}
