package org.crystallite.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What a figure shows, independent of how it is drawn: a title, axis labels, the series of the main
 * panel, an optional residual panel below it that shares the x axis, and whether x runs from high to
 * low (XPS binding energy). Immutable; the {@code with…} methods return modified copies.
 *
 * <pre>{@code
 * Plot plot = Plot.of("Fe 2p", "Binding energy (eV)", "Intensity (counts/s)",
 *                 List.of(new Series("Data", be, counts, Style.POINTS),
 *                         new Series("Fit", be, fit, Style.LINE)))
 *         .withResiduals(new Series("Residual", be, residual, Style.LINE))
 *         .withReversedX();
 * }</pre>
 */
public final class Plot {

    private final String title;
    private final String xAxisLabel;
    private final String yAxisLabel;
    private final List<Series> series;
    private final Series residuals;
    private final boolean xReversed;

    private Plot(String title, String xAxisLabel, String yAxisLabel, List<Series> series, Series residuals,
            boolean xReversed) {
        this.title = Objects.requireNonNull(title, "title");
        this.xAxisLabel = Objects.requireNonNull(xAxisLabel, "xAxisLabel");
        this.yAxisLabel = Objects.requireNonNull(yAxisLabel, "yAxisLabel");
        this.series = List.copyOf(series);
        this.residuals = residuals;
        this.xReversed = xReversed;
    }

    /** A plot of {@code series} (drawn with filled series at the back, then in list order). */
    public static Plot of(String title, String xAxisLabel, String yAxisLabel, List<Series> series) {
        return new Plot(title, xAxisLabel, yAxisLabel, series, null, false);
    }

    /** A copy with one more series in the main panel. */
    public Plot withSeries(Series added) {
        List<Series> more = new ArrayList<>(series);
        more.add(Objects.requireNonNull(added, "series"));
        return new Plot(title, xAxisLabel, yAxisLabel, more, residuals, xReversed);
    }

    /**
     * A copy with a residual panel (about a quarter of the height) under the main panel; its y axis
     * is labelled with the series name and a zero line is drawn.
     */
    public Plot withResiduals(Series residualSeries) {
        return new Plot(title, xAxisLabel, yAxisLabel, series, Objects.requireNonNull(residualSeries, "residuals"),
                xReversed);
    }

    /** A copy whose x axis runs from high values on the left to low values on the right. */
    public Plot withReversedX() {
        return new Plot(title, xAxisLabel, yAxisLabel, series, residuals, true);
    }

    public String title() {
        return title;
    }

    public String xAxisLabel() {
        return xAxisLabel;
    }

    public String yAxisLabel() {
        return yAxisLabel;
    }

    public List<Series> series() {
        return series;
    }

    public Optional<Series> residuals() {
        return Optional.ofNullable(residuals);
    }

    public boolean xReversed() {
        return xReversed;
    }
}
