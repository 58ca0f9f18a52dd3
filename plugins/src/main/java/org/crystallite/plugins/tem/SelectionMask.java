package org.crystallite.plugins.tem;

import java.awt.Rectangle;

import org.crystallite.tem.radial.PixelMask;

import ij.gui.Roi;
import ij.process.ImageProcessor;

/**
 * The pixels of an ImageJ area selection as a {@link PixelMask} (selected = excluded), for the "Exclude
 * selection" option of Radial Profile. A pixel belongs to the selection as ImageJ decides it for
 * measurements: the selection's own mask ({@link Roi#getMask()}; every pixel of the bounding rectangle
 * for a plain rectangle). The part of a selection outside the image is ignored.
 */
final class SelectionMask {

    private SelectionMask() {
    }

    /** @throws IllegalArgumentException when {@code selection} is not an area (a line or points) */
    static PixelMask of(Roi selection, int width, int height) {
        if (!selection.isArea()) {
            throw new IllegalArgumentException("the selection '" + selection.getTypeAsString()
                    + "' is not an area; draw a rectangle, oval, polygon or freehand selection");
        }
        Rectangle b = selection.getBounds();
        ImageProcessor inside = selection.getMask();
        boolean[] excluded = new boolean[width * height];
        for (int y = Math.max(0, b.y); y < Math.min(height, b.y + b.height); y++) {
            for (int x = Math.max(0, b.x); x < Math.min(width, b.x + b.width); x++) {
                excluded[y * width + x] = inside == null || inside.get(x - b.x, y - b.y) != 0;
            }
        }
        return PixelMask.of(width, height, excluded);
    }
}
