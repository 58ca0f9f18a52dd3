package org.crystallite.plugins.tem;

import java.util.List;

import org.crystallite.tem.filter.BraggMask;

import ij.measure.ResultsTable;

/**
 * The "Bragg Filter Reflections" table: one row per mask (each also acts at the Friedel mate −g), with
 * the image title, where the reflection came from, g, d = 1/|g|, its direction and the mask shape.
 */
final class BraggTables {

    static final String REFLECTIONS = "Bragg Filter Reflections";

    private BraggTables() {
    }

    /** {@code spots.get(k)} is the reflection {@code masks.get(k)} is centred on. */
    static void addReflections(ResultsTable rt, String image, String source, List<BraggMask> masks,
            List<ChosenSpot> spots) {
        for (int k = 0; k < masks.size(); k++) {
            BraggMask m = masks.get(k);
            rt.incrementCounter();
            rt.addValue("Image", image);
            rt.addValue("Reflection", k + 1);
            rt.addValue("Spots", source);
            rt.addValue("gx (1/nm)", m.gx());
            rt.addValue("gy (1/nm)", m.gy());
            rt.addValue("g (1/nm)", m.g());
            rt.addValue("d (nm)", m.dNm());
            // Counter-clockwise from +x as seen on screen (y down), as the Lattice Spots table.
            rt.addValue("Angle (deg)", Math.toDegrees(Math.atan2(-m.gy(), m.gx())));
            rt.addValue("SNR", spots.get(k).snr());
            rt.addValue("Mask", m.shape().describe() + " at ±g");
        }
    }
}
