package org.crystallite.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;

import javax.imageio.ImageIO;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.XYPlot;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;

class FigureWriterTest {

    @TempDir
    Path folder;

    /** Synthetic XPS-like region: two Gaussian components on a constant, Poisson-ish noise, seeded. */
    private static Plot fitPlot(int points) {
        Random random = new Random(42);
        double[] energy = new double[points];
        double[] data = new double[points];
        double[] fit = new double[points];
        double[] first = new double[points];
        double[] second = new double[points];
        double[] residual = new double[points];
        for (int i = 0; i < points; i++) {
            energy[i] = 700 + 30.0 * i / (points - 1);
            first[i] = 900 * gaussian(energy[i], 710.8, 1.4);
            second[i] = 500 * gaussian(energy[i], 724.3, 1.8);
            fit[i] = 100 + first[i] + second[i];
            data[i] = fit[i] + Math.sqrt(fit[i]) * random.nextGaussian();
            residual[i] = data[i] - fit[i];
        }
        return Plot.of("Fe 2p", "Binding energy (eV)", "Intensity (counts)", List.of(
                new Series("Data", energy, data, Style.POINTS),
                new Series("Fit", energy, fit, Style.LINE),
                new Series("Fe2+ & Fe3+ <1>", energy, first, Style.FILLED),
                new Series("Satellite", energy, second, Style.DASHED)))
                .withResiduals(new Series("Residual", energy, residual, Style.LINE))
                .withReversedX();
    }

    private static double gaussian(double x, double centre, double fwhm) {
        double sigma = fwhm / (2 * Math.sqrt(2 * Math.log(2)));
        return Math.exp(-0.5 * Math.pow((x - centre) / sigma, 2)) / (sigma * Math.sqrt(2 * Math.PI));
    }

    @Test
    void pngHasRequestedSizeAndDrawsInThePlotArea() throws IOException {
        Path file = folder.resolve("fit.png");

        FigureWriter.png(fitPlot(600), file, 900, 640);

        BufferedImage image = ImageIO.read(file.toFile());
        assertNotNull(image, "PNG must be readable");
        assertEquals(900, image.getWidth());
        assertEquals(640, image.getHeight());
        assertEquals(0xFFFFFF, image.getRGB(2, 2) & 0xFFFFFF, "background is white");
        int inked = 0;
        for (int y = image.getHeight() / 4; y < image.getHeight() * 3 / 4; y++) {
            for (int x = image.getWidth() / 4; x < image.getWidth() * 3 / 4; x++) {
                int rgb = image.getRGB(x, y);
                int darkest = Math.min((rgb >> 16) & 0xFF, Math.min((rgb >> 8) & 0xFF, rgb & 0xFF));
                if (darkest < 150) {
                    inked++;
                }
            }
        }
        assertTrue(inked > 500, "central plot area shows the curves, inked pixels: " + inked);
    }

    @Test
    void reversedAxisPutsHighXOnTheLeft() throws IOException {
        double[] x = new double[400];
        double[] peak = new double[400];
        double[] flat = new double[400];
        for (int i = 0; i < x.length; i++) {
            x[i] = i * 0.25;
            peak[i] = 100 * gaussian(x[i], 80, 2);
        }
        Plot normal = Plot.of("", "x", "y", List.of(new Series("Flat", x, flat, Style.POINTS),
                new Series("Peak", x, peak, Style.LINE)));
        int width = 800;

        double normalColumn = topmostVermillionColumn(FigureWriter.render(normal, width, 500));
        double reversedColumn = topmostVermillionColumn(FigureWriter.render(normal.withReversedX(), width, 500));

        // x = 80 of 0–100: about 4/5 of the data width from the left, or from the right when reversed
        assertTrue(normalColumn > 0.65 * width, "peak column " + normalColumn);
        assertTrue(reversedColumn < 0.45 * width, "reversed peak column " + reversedColumn);
    }

    /** Column of the highest pixel in the second palette colour (vermillion, #D55E00). */
    private static int topmostVermillionColumn(BufferedImage image) {
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int rgb = image.getRGB(x, y);
                int r = (rgb >> 16) & 0xFF;
                int g = (rgb >> 8) & 0xFF;
                int b = rgb & 0xFF;
                if (r > 180 && g > 60 && g < 140 && b < 80) {
                    return x;
                }
            }
        }
        throw new AssertionError("no vermillion pixel drawn");
    }

    @Test
    void residualPanelTakesAQuarterAndSharesTheReversedAxis() {
        JFreeChart chart = ChartBuilder.build(fitPlot(200), 800, 600);

        CombinedDomainXYPlot combined = (CombinedDomainXYPlot) chart.getXYPlot();
        List<XYPlot> panels = combined.getSubplots();
        assertEquals(2, panels.size());
        assertEquals(0.25, panels.get(1).getWeight() / (double) (panels.get(0).getWeight() + panels.get(1).getWeight()));
        assertTrue(combined.getDomainAxis().isInverted());
        assertEquals("Residual", panels.get(1).getRangeAxis().getLabel());
        assertEquals(5, combined.getLegendItems().getItemCount(), "one legend entry per series incl. residual");
        assertEquals("Data", combined.getLegendItems().get(0).getLabel(), "legend keeps the given order");
    }

    @Test
    void svgIsWellFormedAndNamesTheSeries() throws Exception {
        Path file = folder.resolve("fit.svg");

        FigureWriter.svg(fitPlot(600), file, 900, 640);

        Document svg = parseXml(file);
        assertEquals("svg", svg.getDocumentElement().getLocalName());
        String text = svg.getDocumentElement().getTextContent();
        for (String name : List.of("Data", "Fit", "Fe2+ & Fe3+ <1>", "Satellite", "Residual", "Binding energy (eV)")) {
            assertTrue(text.contains(name), "SVG text should contain " + name);
        }
    }

    @Test
    void hundredThousandPointsAreThinnedForTheFigure() throws Exception {
        int width = 1000;
        int height = 700;
        Plot plot = fitPlot(100_000);

        JFreeChart chart = ChartBuilder.build(plot, width, height);
        Path file = folder.resolve("large.svg");
        FigureWriter.svg(plot, file, width, height);

        for (XYPlot panel : ((CombinedDomainXYPlot) chart.getXYPlot()).getSubplots()) {
            for (int d = 0; d < panel.getDatasetCount(); d++) {
                int drawn = panel.getDataset(d).getItemCount(0);
                if (isMarkers(panel, d)) {
                    // one marker per occupied 2 x 2 px cell; the noisy data fills a band of cells
                    assertTrue(drawn < 100_000 / 2, "markers of dataset " + d + ": " + drawn);
                } else {
                    // M4: first, lowest, highest, last point of each pixel column
                    assertTrue(drawn <= 4 * width, "line of dataset " + d + ": " + drawn + " points");
                }
            }
        }
        parseXml(file);
        long bytes = Files.size(file);
        // Before thinning, the five series of this plot gave a 48 MB SVG.
        assertTrue(bytes < 6_000_000, "SVG of 10^5-point series is " + bytes + " bytes");
    }

    private static boolean isMarkers(XYPlot panel, int dataset) {
        return panel.getRenderer(dataset) instanceof org.jfree.chart.renderer.xy.XYLineAndShapeRenderer renderer
                && !renderer.getDefaultLinesVisible();
    }

    private static Document parseXml(Path file) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        try (InputStream in = Files.newInputStream(file)) {
            return factory.newDocumentBuilder().parse(in);
        }
    }
}
