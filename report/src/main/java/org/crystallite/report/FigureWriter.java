package org.crystallite.report;

import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import javax.imageio.ImageIO;

import org.jfree.chart.JFreeChart;
import org.jfree.svg.SVGGraphics2D;

/**
 * Draws a {@link Plot} to a PNG or SVG file with JFreeChart (PNG through ImageIO, SVG through
 * JFreeSVG), without a display. Files are written atomically ({@link OutputFiles#writeAtomically}).
 * Series longer than a few points per pixel column are thinned first (see {@link Decimator}).
 */
public final class FigureWriter {

    /** Smallest and largest accepted figure side, in pixels. */
    public static final int MIN_SIDE_PX = 32;
    public static final int MAX_SIDE_PX = 16384;

    private static final double SVG_STEPS_PER_PX = 10;

    static {
        // Drawing into an image needs no display; make sure AWT does not look for one (a caller that
        // chose a mode explicitly keeps it).
        if (System.getProperty("java.awt.headless") == null) {
            System.setProperty("java.awt.headless", "true");
        }
    }

    private FigureWriter() {
    }

    /** Writes {@code plot} as a {@code widthPx} × {@code heightPx} PNG (opaque RGB) to {@code file}. */
    public static void png(Plot plot, Path file, int widthPx, int heightPx) throws IOException {
        BufferedImage image = render(plot, widthPx, heightPx);
        OutputFiles.writeAtomically(file, temporary -> {
            try (OutputStream out = Files.newOutputStream(temporary)) {
                if (!ImageIO.write(image, "png", out)) {
                    throw new IOException(file + ": no PNG writer available in this Java runtime");
                }
            }
        });
    }

    /** Writes {@code plot} as an SVG document of {@code width} × {@code height} user units (pixels). */
    public static void svg(Plot plot, Path file, int width, int height) throws IOException {
        String document = svgDocument(plot, width, height);
        OutputFiles.writeAtomically(file, temporary -> Files.writeString(temporary, document, StandardCharsets.UTF_8));
    }

    /** The plot drawn into an opaque image, e.g. for embedding in a window or another document. */
    public static BufferedImage render(Plot plot, int widthPx, int heightPx) {
        checkSize(widthPx, heightPx);
        JFreeChart chart = ChartBuilder.build(plot, widthPx, heightPx);
        return chart.createBufferedImage(widthPx, heightPx, BufferedImage.TYPE_INT_RGB, null);
    }

    /** The plot as SVG text (UTF-8 XML with a {@code width}/{@code height} in pixels). */
    public static String svgDocument(Plot plot, int width, int height) {
        checkSize(width, height);
        JFreeChart chart = ChartBuilder.build(plot, width, height);
        SVGGraphics2D graphics = new SVGGraphics2D(width, height);
        // A tenth of a pixel is below what a viewer shows at nominal size; fewer digits keep files small.
        graphics.setGeomDoubleConverter(FigureWriter::svgCoordinate);
        chart.draw(graphics, new Rectangle2D.Double(0, 0, width, height));
        return graphics.getSVGDocument();
    }

    /** A coordinate rounded to 1/{@value #SVG_STEPS_PER_PX} px, without a needless ".0". */
    private static String svgCoordinate(double value) {
        double rounded = Math.rint(value * SVG_STEPS_PER_PX) / SVG_STEPS_PER_PX;
        return rounded == (long) rounded ? Long.toString((long) rounded) : Double.toString(rounded);
    }

    private static void checkSize(int width, int height) {
        if (width < MIN_SIDE_PX || height < MIN_SIDE_PX || width > MAX_SIDE_PX || height > MAX_SIDE_PX) {
            throw new IllegalArgumentException("Figure size " + width + " x " + height + " px is outside "
                    + MIN_SIDE_PX + "–" + MAX_SIDE_PX + " px");
        }
    }
}
