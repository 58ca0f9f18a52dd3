package org.crystallite.plugins.tem;

import java.awt.Color;
import java.util.List;
import java.util.Locale;

import org.crystallite.tem.lattice.Spot;

import ij.gui.OvalRoi;
import ij.gui.Overlay;
import ij.gui.TextRoi;

/** Circles on the accepted spots of an FFT display, each labelled with its d-spacing in nm. */
final class SpotOverlay {

    /** Circle radius in FFT pixels: the Hann main lobe is ±2 pixels wide. */
    static final double RADIUS_PX = 4;

    private SpotOverlay() {
    }

    static Overlay of(List<Spot> spots) {
        Overlay overlay = new Overlay();
        for (int i = 0; i < spots.size(); i++) {
            Spot s = spots.get(i);
            // ImageJ overlay coordinates put the centre of pixel (i, j) at (i + 0.5, j + 0.5).
            double x = s.column() + 0.5;
            double y = s.row() + 0.5;
            OvalRoi circle = new OvalRoi(x - RADIUS_PX, y - RADIUS_PX, 2 * RADIUS_PX, 2 * RADIUS_PX);
            circle.setStrokeColor(Color.YELLOW);
            circle.setName("spot " + (i + 1));
            overlay.add(circle);
            if (i < s.friedelMate()) { // label one member of each Friedel pair
                TextRoi label = new TextRoi(x + RADIUS_PX, y - 3 * RADIUS_PX,
                        String.format(Locale.ROOT, "%.4f nm", s.dNm()));
                label.setStrokeColor(Color.YELLOW);
                overlay.add(label);
            }
        }
        return overlay;
    }
}
