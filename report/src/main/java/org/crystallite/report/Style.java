package org.crystallite.report;

/** How a {@link Series} is drawn. */
public enum Style {
    /** Solid line through the points (e.g. a fit envelope). */
    LINE,
    /** Small markers, no line (e.g. measured data). */
    POINTS,
    /** Dashed line (e.g. a background). */
    DASHED,
    /** Line with the area between it and zero filled translucently (e.g. fit components). */
    FILLED
}
