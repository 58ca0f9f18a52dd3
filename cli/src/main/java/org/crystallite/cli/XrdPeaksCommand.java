package org.crystallite.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import org.crystallite.report.CsvWriter;
import org.crystallite.report.FigureWriter;
import org.crystallite.report.Json;
import org.crystallite.report.OutputDirectory;
import org.crystallite.report.Plot;
import org.crystallite.report.Series;
import org.crystallite.report.Style;
import org.crystallite.spectrum.fit.FitCurves;
import org.crystallite.xrd.peaks.PeakList;
import org.crystallite.xrd.peaks.PeakWindow;
import org.crystallite.xrd.peaks.XrdPeak;
import org.crystallite.xrd.peaks.XrdPeakFitter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code crystallite xrd peaks FILE}: automatic peak search and Kα-doublet fits. */
@Command(name = "peaks", mixinStandardHelpOptions = true,
        description = "Find and fit the peaks of a powder pattern (Kα1/Kα2 doublets, one window per group of "
                + "overlapping peaks).")
final class XrdPeaksCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "FILE", description = "Diffraction pattern (RAW, BRML, XRDML, RAS/RASX, "
            + "GSAS, xy/xye/csv …).")
    Path file;

    @Option(names = "--wavelength", paramLabel = "Cu|Mo|Å",
            description = "Radiation: an anode (Cu, Mo, … = Kα1/Kα2 doublet; CuKa1 = Kα1 only) or a wavelength in Å "
                    + "(monochromatic). Default: the file's.")
    String wavelength;

    @Option(names = "--range", paramLabel = "MIN:MAX", description = "2θ range to search and fit (degrees).")
    String range;

    @Mixin
    PeakProfileOptions profileOptions;

    @Option(names = "--min-snr", paramLabel = "SNR", defaultValue = "5",
            description = "Minimum signal-to-noise of a search candidate (default 5).")
    double minSnr;

    @Mixin
    OutputOptions output;

    @Spec
    CommandSpec spec;

    /** Fitter options for a 2θ range and minimum search SNR (pseudo-Voigt; callers set the profile). */
    static XrdPeakFitter.Options fitterOptions(String range, double minSnr) {
        RangeOption r = RangeOption.parse(range);
        try {
            return XrdPeakFitter.Options.defaults().withRange(r.min(), r.max()).withMinSnr(minSnr);
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage(), e);
        }
    }

    @Override
    public Integer call() throws IOException {
        PeakProfileOptions.Choice profileChoice = profileOptions.choose();
        XrdPeakFitter.Options options = profileChoice.applyTo(fitterOptions(range, minSnr));
        XrdInput input = XrdInput.read(file, wavelength);
        PeakList peaks = new XrdPeakFitter(options).fit(input.pattern(), input.radiation());
        if (peaks.peaks().isEmpty()) {
            throw new IllegalStateException(file + ": no peak found and fitted" + (peaks.warnings().isEmpty() ? ""
                    : " (" + String.join("; ", peaks.warnings()) + ")"));
        }
        Map<String, Object> json = XrdJson.peaks(peaks, input, List.of());
        profileChoice.addTo(json);
        if (output.outDir() != null) {
            try (OutputDirectory out = OutputDirectory.stage(output.outDir(), List.of(file))) {
                CsvWriter.write(XrdJson.peakTable(peaks), out.path("peaks.csv"));
                Json.write(json, out.path("peaks.json"));
                FigureWriter.png(plot(input, peaks, options), out.path("peaks.png"), 1200, 700);
                out.commit();
            }
        }
        if (output.json()) {
            spec.commandLine().getOut().println(Json.toString(json, Json.Layout.COMPACT));
        } else {
            printSummary(input, peaks);
        }
        return 0;
    }

    /** Data in the range, the fit of every window (gaps between windows) and the residuals. */
    private static Plot plot(XrdInput input, PeakList peaks, XrdPeakFitter.Options options) {
        List<Double> fx = new ArrayList<>();
        List<Double> fy = new ArrayList<>();
        List<Double> rx = new ArrayList<>();
        List<Double> ry = new ArrayList<>();
        List<PeakWindow> windows = new ArrayList<>(peaks.windows());
        windows.sort(java.util.Comparator.comparingDouble(PeakWindow::minDeg));
        for (PeakWindow w : windows) {
            FitCurves c = w.fit().curves();
            for (int i = 0; i < c.x().length; i++) {
                fx.add(c.x()[i]);
                fy.add(c.fit()[i]);
                rx.add(c.x()[i]);
                ry.add(c.residual()[i]);
            }
            fx.add(Double.NaN);
            fy.add(Double.NaN);
            rx.add(Double.NaN);
            ry.add(Double.NaN);
        }
        List<Double> dx = new ArrayList<>();
        List<Double> dy = new ArrayList<>();
        for (int i = 0; i < input.pattern().size(); i++) {
            double x = input.pattern().x(i);
            if (x >= options.xMinDeg() && x <= options.xMaxDeg()) {
                dx.add(x);
                dy.add(input.pattern().y(i));
            }
        }
        List<Series> series = List.of(
                new Series("data", unbox(dx), unbox(dy), Style.POINTS),
                new Series("fit", unbox(fx), unbox(fy), Style.LINE));
        return Plot.of(input.file().getFileName().toString(), "2θ (°)", "intensity", series)
                .withResiduals(new Series("residual", unbox(rx), unbox(ry), Style.LINE));
    }

    private static double[] unbox(List<Double> v) {
        return v.stream().mapToDouble(Double::doubleValue).toArray();
    }

    private void printSummary(XrdInput input, PeakList peaks) {
        var out = spec.commandLine().getOut();
        out.printf("%s: %d peaks, %s, %s profile%s%n", file, peaks.peaks().size(), peaks.radiation(),
                peaks.profile().cliName(), peaks.radiation().isDoublet() ? " (Kα1/Kα2 doublets)" : "");
        out.printf("%10s %9s %9s %8s %8s %8s %12s %7s%n", "2θ (°)", "σ", "d (Å)", "FWHM", "β", peaks.profile()
                .shapeParameterName(), "area", "χ²ν");
        for (XrdPeak p : peaks.peaks()) {
            out.printf("%10.4f %9.4f %9.5f %8.4f %8.4f %8.3f %12.5g %7.2f%n", p.twoThetaDeg().value(),
                    p.twoThetaDeg().sigma(), p.dAngstrom().value(), p.fwhmDeg().value(),
                    p.integralBreadthDeg().value(), p.shapeParameter().value(), p.area().value(),
                    p.windowReducedChi2());
        }
        for (String w : input.warnings()) {
            out.println("warning: " + w);
        }
        for (String w : peaks.warnings()) {
            out.println("warning: " + w);
        }
        out.println("(" + org.crystallite.report.FitReport.SIGMA_SCALING + ")");
    }
}
