package org.crystallite.tem.lattice;

import java.util.List;
import java.util.Locale;

/**
 * How the basis spacings of a lattice vary across the field of view: each quadrant of the analysed
 * region measured on its own. A perfect crystal imaged with a uniform scan gives the same spacing in
 * every quadrant; sample drift during a STEM frame or a non-linear scan (flyback, slow-scan
 * acceleration) makes the apparent spacing change from one part of the image to another. The whole-image
 * FFT spacing is then an average weighted towards the centre by the window, and no calibration constant
 * can make it right everywhere.
 *
 * @param quadrants       the four quadrants
 * @param d1SpreadPercent (largest − smallest) quadrant d1 as a percentage of the whole-image d1; NaN
 *                        when fewer than two quadrants show the spot
 * @param d2SpreadPercent the same for d2
 */
public record FieldVariation(List<QuadrantSpacing> quadrants, double d1SpreadPercent, double d2SpreadPercent) {

    public FieldVariation {
        quadrants = List.copyOf(quadrants);
    }

    /** E.g. "d1 not resolved in the quadrants, d2 0.95 %". */
    public String describe() {
        return "d1 " + percent(d1SpreadPercent) + ", d2 " + percent(d2SpreadPercent);
    }

    private static String percent(double spread) {
        return Double.isNaN(spread) ? "not resolved in the quadrants" : String.format(Locale.ROOT, "%.2f %%", spread);
    }

    /** The larger of the two spreads (NaN only when both are). */
    public double largestSpreadPercent() {
        if (Double.isNaN(d1SpreadPercent)) {
            return d2SpreadPercent;
        }
        return Double.isNaN(d2SpreadPercent) ? d1SpreadPercent : Math.max(d1SpreadPercent, d2SpreadPercent);
    }
}
