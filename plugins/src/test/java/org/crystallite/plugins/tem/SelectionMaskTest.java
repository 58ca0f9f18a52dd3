package org.crystallite.plugins.tem;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.crystallite.tem.radial.PixelMask;
import org.junit.jupiter.api.Test;

import ij.gui.Line;
import ij.gui.OvalRoi;
import ij.gui.Roi;

/** {@link SelectionMask}: ImageJ selections as excluded pixels. */
class SelectionMaskTest {

    @Test
    void aRectangleExcludesItsPixelsAndWhatLiesOutsideTheImageIsIgnored() {
        PixelMask m = SelectionMask.of(new Roi(-3, 2, 6, 4), 10, 8);
        assertEquals(3 * 4, m.excludedCount(), "columns 0-2 of rows 2-5");
        assertTrue(m.isExcluded(0, 2) && m.isExcluded(2, 5));
        assertFalse(m.isExcluded(3, 2) || m.isExcluded(0, 1) || m.isExcluded(0, 6));
    }

    @Test
    void anOvalExcludesThePixelsWhoseCentresItHolds() {
        // A circle of radius 5 px about (10, 10) in ImageJ coordinates: pixel (i, j) has its centre at (i + ½, j + ½).
        PixelMask m = SelectionMask.of(new OvalRoi(5, 5, 10, 10), 20, 20);
        int inside = 0;
        for (int j = 0; j < 20; j++) {
            for (int i = 0; i < 20; i++) {
                inside += Math.hypot(i + 0.5 - 10, j + 0.5 - 10) < 5 ? 1 : 0;
            }
        }
        assertEquals(inside, m.excludedCount(), 4, "about π·5² pixels");
        assertTrue(m.isExcluded(9, 9) && !m.isExcluded(5, 5) && !m.isExcluded(14, 14));
    }

    @Test
    void aLineIsNotAnArea() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> SelectionMask.of(new Line(1, 1, 8, 8), 10, 10));
        assertTrue(e.getMessage().contains("not an area"), e.getMessage());
    }
}
