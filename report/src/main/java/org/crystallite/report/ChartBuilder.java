package org.crystallite.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Stroke;
import java.awt.geom.Ellipse2D;
import java.util.ArrayList;
import java.util.List;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.DatasetRenderingOrder;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYAreaRenderer;
import org.jfree.chart.renderer.xy.XYItemRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.data.xy.DefaultXYDataset;

/**
 * Turns a {@link Plot} into a JFreeChart with a publication look: white background, light grid,
 * sans-serif fonts readable at print size, legend below, residual panel of one quarter of the height
 * sharing the x axis. Series are thinned to the pixel size first (see {@link Decimator}).
 */
final class ChartBuilder {

    /**
     * Okabe &amp; Ito colour-blind-safe palette ("Color Universal Design", 2008), ordered so the usual
     * data, fit, background, components sequence gets black, vermillion, blue, then the others.
     */
    private static final Color[] PALETTE = {
        new Color(0x000000), new Color(0xD55E00), new Color(0x0072B2), new Color(0x009E73),
        new Color(0xE69F00), new Color(0xCC79A7), new Color(0x56B4E9), new Color(0xF0E442)
    };
    private static final Color GRID = new Color(0xDDDDDD);
    /** Residuals are drawn in neutral grey so they do not read as one more model curve. */
    private static final Color RESIDUAL = new Color(0x555555);
    private static final Color FRAME = new Color(0x888888);
    private static final int FILL_ALPHA = 90;
    private static final String FONT = Font.SANS_SERIF;
    private static final Font TITLE_FONT = new Font(FONT, Font.BOLD, 18);
    private static final Font LABEL_FONT = new Font(FONT, Font.PLAIN, 15);
    private static final Font TICK_FONT = new Font(FONT, Font.PLAIN, 13);
    private static final Font LEGEND_FONT = new Font(FONT, Font.PLAIN, 13);
    private static final Stroke LINE = new BasicStroke(1.6f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);
    private static final Stroke THIN_LINE = new BasicStroke(1.0f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);
    private static final Stroke DASHED = new BasicStroke(1.6f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10f,
            new float[] {7f, 4f}, 0f);
    private static final double MARKER_DIAMETER = 4.0;
    /**
     * Markers are thinned on a grid of half their diameter: a dropped marker would have been drawn
     * at most that far from a kept one, hidden under it.
     */
    private static final double MARKER_CELL_PX = MARKER_DIAMETER / 2;
    private static final int MAIN_PANEL_WEIGHT = 3;
    private static final int RESIDUAL_PANEL_WEIGHT = 1;

    private final Plot plot;
    private final int columns;
    private final int rows;
    private final List<LegendItem> legend = new ArrayList<>();

    private ChartBuilder(Plot plot, int widthPx, int heightPx) {
        this.plot = plot;
        this.columns = widthPx;
        this.rows = heightPx;
    }

    /** The chart of {@code plot}, thinned for drawing at {@code widthPx} × {@code heightPx}. */
    static JFreeChart build(Plot plot, int widthPx, int heightPx) {
        return new ChartBuilder(plot, widthPx, heightPx).build();
    }

    private JFreeChart build() {
        NumberAxis xAxis = axis(plot.xAxisLabel(), false);
        xAxis.setInverted(plot.xReversed());
        xAxis.setLowerMargin(0.01);
        xAxis.setUpperMargin(0.01);

        boolean anyFilled = plot.series().stream().anyMatch(s -> s.style() == Style.FILLED);
        XYPlot main = panel(axis(plot.yAxisLabel(), anyFilled));
        addSeries(main, plot.series(), null);

        XYPlot drawn;
        if (plot.residuals().isPresent()) {
            Series residual = plot.residuals().get();
            XYPlot lower = panel(axis(residual.name(), false));
            ValueMarker zero = new ValueMarker(0.0, FRAME, THIN_LINE);
            lower.addRangeMarker(zero);
            addSeries(lower, List.of(residual), RESIDUAL);
            CombinedDomainXYPlot combined = new CombinedDomainXYPlot(xAxis);
            combined.setGap(8.0);
            combined.add(main, MAIN_PANEL_WEIGHT);
            combined.add(lower, RESIDUAL_PANEL_WEIGHT);
            drawn = combined;
        } else {
            main.setDomainAxis(xAxis);
            drawn = main;
        }
        LegendItemCollection items = new LegendItemCollection();
        legend.forEach(items::add);
        drawn.setFixedLegendItems(items);

        JFreeChart chart = new JFreeChart(plot.title().isEmpty() ? null : plot.title(), TITLE_FONT, drawn, !legend.isEmpty());
        chart.setBackgroundPaint(Color.WHITE);
        chart.setAntiAlias(true);
        chart.setTextAntiAlias(true);
        chart.setPadding(new RectangleInsets(8, 8, 8, 16));
        TextTitle title = chart.getTitle();
        if (title != null) {
            title.setPaint(Color.BLACK);
        }
        LegendTitle legendTitle = chart.getLegend();
        if (legendTitle != null) {
            legendTitle.setItemFont(LEGEND_FONT);
            legendTitle.setFrame(BlockBorder.NONE);
            legendTitle.setBackgroundPaint(Color.WHITE);
            legendTitle.setPosition(RectangleEdge.BOTTOM);
        }
        return chart;
    }

    private static NumberAxis axis(String label, boolean includeZero) {
        NumberAxis axis = new NumberAxis(label.isEmpty() ? null : label);
        axis.setAutoRangeIncludesZero(includeZero);
        axis.setLabelFont(LABEL_FONT);
        axis.setTickLabelFont(TICK_FONT);
        axis.setLabelPaint(Color.BLACK);
        axis.setTickLabelPaint(Color.BLACK);
        axis.setAxisLinePaint(FRAME);
        axis.setTickMarkPaint(FRAME);
        return axis;
    }

    private static XYPlot panel(NumberAxis yAxis) {
        XYPlot panel = new XYPlot();
        panel.setRangeAxis(yAxis);
        panel.setBackgroundPaint(Color.WHITE);
        panel.setDomainGridlinePaint(GRID);
        panel.setRangeGridlinePaint(GRID);
        panel.setDomainGridlineStroke(THIN_LINE);
        panel.setRangeGridlineStroke(THIN_LINE);
        panel.setOutlinePaint(FRAME);
        panel.setAxisOffset(RectangleInsets.ZERO_INSETS);
        panel.setDatasetRenderingOrder(DatasetRenderingOrder.FORWARD);
        return panel;
    }

    /**
     * Adds filled series first (drawn at the back), then the others in order; legend in given order.
     * Colours come from the palette unless {@code fixedColour} is given.
     */
    private void addSeries(XYPlot panel, List<Series> seriesList, Color fixedColour) {
        LegendItem[] items = new LegendItem[seriesList.size()];
        int datasetIndex = 0;
        for (boolean filledPass : new boolean[] {true, false}) {
            for (int i = 0; i < seriesList.size(); i++) {
                Series series = seriesList.get(i);
                if ((series.style() == Style.FILLED) != filledPass) {
                    continue;
                }
                Color colour = fixedColour != null ? fixedColour : PALETTE[(legend.size() + i) % PALETTE.length];
                DefaultXYDataset dataset = dataset(series);
                if (series.style() == Style.FILLED) {
                    XYAreaRenderer area = new XYAreaRenderer(XYAreaRenderer.AREA);
                    area.setSeriesPaint(0, translucent(colour));
                    area.setOutline(false);
                    panel.setDataset(datasetIndex, dataset);
                    panel.setRenderer(datasetIndex, area);
                    items[i] = area.getLegendItem(datasetIndex, 0);
                    datasetIndex++;
                }
                XYItemRenderer renderer = lineOrMarkers(series.style(), colour);
                panel.setDataset(datasetIndex, dataset);
                panel.setRenderer(datasetIndex, renderer);
                if (items[i] == null) {
                    items[i] = renderer.getLegendItem(datasetIndex, 0);
                }
                datasetIndex++;
            }
        }
        for (LegendItem item : items) {
            if (item != null) {
                item.setLabelFont(LEGEND_FONT);
                legend.add(item);
            }
        }
    }

    private DefaultXYDataset dataset(Series series) {
        double[] x = series.x();
        double[] y = series.y();
        Decimator.Points points = series.style() == Style.POINTS
                ? Decimator.forMarkers(x, y, cells(columns), cells(rows))
                : Decimator.forLine(x, y, columns);
        DefaultXYDataset dataset = new DefaultXYDataset();
        dataset.addSeries(series.name(), new double[][] {points.x(), points.y()});
        return dataset;
    }

    private static int cells(int pixels) {
        return Math.max(1, (int) (pixels / MARKER_CELL_PX));
    }

    private static XYLineAndShapeRenderer lineOrMarkers(Style style, Color colour) {
        boolean markers = style == Style.POINTS;
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(!markers, markers);
        renderer.setDrawSeriesLineAsPath(true);
        renderer.setSeriesPaint(0, colour);
        renderer.setSeriesStroke(0, switch (style) {
            case DASHED -> DASHED;
            case FILLED -> THIN_LINE;
            default -> LINE;
        });
        if (markers) {
            double r = MARKER_DIAMETER / 2;
            renderer.setSeriesShape(0, new Ellipse2D.Double(-r, -r, MARKER_DIAMETER, MARKER_DIAMETER));
            renderer.setSeriesShapesFilled(0, true);
            renderer.setDrawOutlines(false);
        }
        return renderer;
    }

    private static Color translucent(Color colour) {
        return new Color(colour.getRed(), colour.getGreen(), colour.getBlue(), FILL_ALPHA);
    }
}
