package org.crystallite.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
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
import org.crystallite.report.Table;
import org.crystallite.xrd.instrument.InstrumentProfile;
import org.crystallite.xrd.peaks.PeakList;
import org.crystallite.xrd.peaks.PeakProfile;
import org.crystallite.xrd.peaks.XrdPeakFitter;
import org.crystallite.xrd.size.Correction;
import org.crystallite.xrd.size.SamplePeak;
import org.crystallite.xrd.size.SizeMethod;
import org.crystallite.xrd.size.SizeStrainAnalysis;
import org.crystallite.xrd.size.SizeStrainResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code crystallite xrd size FILE --instrument instr.json}: crystallite size and microstrain. */
@Command(name = "size", mixinStandardHelpOptions = true,
        description = "Crystallite size (Scherrer) or size and microstrain (Williamson–Hall) from the fitted line "
                + "breadths, after removing the instrument's.")
final class XrdSizeCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "FILE", description = "Diffraction pattern of the sample.")
    Path file;

    @Option(names = "--instrument", required = true, paramLabel = "instr.json",
            description = "Instrument profile written by 'crystallite xrd instrument'.")
    Path instrumentFile;

    @Option(names = "--method", paramLabel = "scherrer|williamson-hall", defaultValue = "williamson-hall",
            description = "Williamson–Hall (default; size and strain) or Scherrer (size only).")
    String method;

    @Option(names = "--correction", paramLabel = "voigt|gaussian|lorentzian", defaultValue = "voigt",
            description = "Instrumental correction: voigt (default; Cauchy parts subtract, Gaussian parts in "
                    + "quadrature), gaussian (quadrature), lorentzian (linear).")
    String correction;

    @Option(names = "--k", paramLabel = "K", defaultValue = "0.9", description = "Scherrer constant (default 0.9).")
    double scherrerConstant;

    @Option(names = "--profile", paramLabel = "NAME", defaultValue = "tch",
            description = "Line profile of the sample's peaks: tch (default), pseudo-voigt, pearson7, split-pv.")
    String profile;

    @Option(names = "--wavelength", paramLabel = "Cu|Mo|Å", description = "Radiation (default: the file's).")
    String wavelength;

    @Option(names = "--range", paramLabel = "MIN:MAX", description = "2θ range of the lines to use.")
    String range;

    @Option(names = "--min-snr", paramLabel = "SNR", defaultValue = "5",
            description = "Minimum signal-to-noise of a search candidate (default 5).")
    double minSnr;

    @Mixin
    OutputOptions output;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        SizeStrainAnalysis.Options options;
        PeakProfile peakProfile;
        try {
            peakProfile = PeakProfile.parse(profile);
            options = new SizeStrainAnalysis.Options(SizeMethod.parse(method), Correction.parse(correction),
                    scherrerConstant);
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage(), e);
        }
        XrdPeakFitter.Options fitterOptions = XrdPeaksCommand.fitterOptions(range, minSnr).withProfile(peakProfile);
        InstrumentProfile instrument = PeakProfileOptions.readInstrument(instrumentFile);
        XrdInput input = XrdInput.read(file, wavelength);
        List<String> warnings = new ArrayList<>(input.warnings());
        double lambda = input.radiation().kAlpha1Angstrom();
        double instrumentLambda = instrument.radiation().kAlpha1Angstrom();
        if (Math.abs(lambda / instrumentLambda - 1) > 1e-4) {
            warnings.add(String.format("the pattern's λ1 %.6f Å differs from the instrument calibration's %.6f Å",
                    lambda, instrumentLambda));
        }
        PeakList peaks = new XrdPeakFitter(fitterOptions).fit(input.pattern(), input.radiation());
        if (peaks.peaks().isEmpty()) {
            throw new IllegalStateException(file + ": no peak found and fitted");
        }
        warnings.addAll(peaks.warnings());
        SizeStrainResult result = new SizeStrainAnalysis(options).analyse(peaks.peaks(), instrument);
        warnings.addAll(result.warnings());
        Map<String, Object> json = json(input, instrument, peaks, result, warnings);
        if (output.outDir() != null) {
            try (OutputDirectory out = OutputDirectory.stage(output.outDir(), List.of(file, instrumentFile))) {
                Json.write(json, out.path("size.json"));
                CsvWriter.write(lineTable(result), out.path("size.csv"));
                CsvWriter.write(XrdJson.peakTable(peaks), out.path("peaks.csv"));
                if (result.plot().x().length > 0) {
                    CsvWriter.write(whTable(result), out.path("williamson-hall.csv"));
                    FigureWriter.png(whPlot(result), out.path("williamson-hall.png"), 1000, 700);
                }
                out.commit();
            }
        }
        if (output.json()) {
            spec.commandLine().getOut().println(Json.toString(json, Json.Layout.COMPACT));
        } else {
            printSummary(result, warnings);
        }
        return 0;
    }

    private Map<String, Object> json(XrdInput input, InstrumentProfile instrument, PeakList peaks,
                                     SizeStrainResult r, List<String> warnings) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("file", file.toString());
        out.put("method", r.method().cliName());
        out.put("correction", r.correction().cliName());
        out.put("scherrerConstant", r.scherrerConstant());
        out.put("widthMeasure", SizeStrainResult.WIDTH_MEASURE);
        out.put("sizeNm", r.sizeNm().value());
        out.put("sizeNm_sigma", r.sizeNm().sigma());
        out.put("strain", r.strain().value());
        out.put("strain_sigma", r.strain().sigma());
        out.put("wavelength", input.radiation().kAlpha1Angstrom());
        out.put("radiation", XrdJson.radiation(input.radiation()));
        out.put("wavelengthSource", input.wavelengthSource());
        out.put("profile", peaks.profile().cliName());
        Map<String, Object> inst = new LinkedHashMap<>();
        inst.put("file", instrumentFile.toString());
        inst.put("standard", instrument.standard());
        inst.put("date", instrument.date());
        out.put("instrument", inst);
        List<Map<String, Object>> lines = new ArrayList<>();
        for (SamplePeak p : r.peaks()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("twoTheta", p.twoThetaDeg());
            m.put("fwhm", p.observedFwhmDeg());
            m.put("instrumentFwhm", p.instrumentFwhmDeg());
            m.put("integralBreadth", p.observedBreadthDeg());
            m.put("instrumentIntegralBreadth", p.instrumentBreadthDeg());
            m.put("sampleIntegralBreadth", p.sampleBreadthDeg().value());
            m.put("sampleIntegralBreadth_sigma", p.sampleBreadthDeg().sigma());
            m.put("sizeNm", p.scherrerSizeNm().value());
            m.put("sizeNm_sigma", p.scherrerSizeNm().sigma());
            m.put("used", p.used());
            m.put("refusal", p.refusal().orElse(null));
            lines.add(m);
        }
        out.put("peaks", lines);
        if (r.method() == SizeMethod.WILLIAMSON_HALL) {
            Map<String, Object> wh = new LinkedHashMap<>();
            wh.put("x", r.plot().x());
            wh.put("y", r.plot().y());
            wh.put("y_sigma", r.plot().ySigma());
            wh.put("intercept", r.plot().intercept());
            wh.put("slope", r.plot().slope());
            out.put("williamsonHall", wh);
        }
        out.put("warnings", warnings);
        return out;
    }

    private static Table lineTable(SizeStrainResult r) {
        Table.Builder b = Table.builder().column("twoTheta", "°").column("fwhm", "°").column("instrumentFwhm", "°")
                .column("integralBreadth", "°").column("instrumentIntegralBreadth", "°")
                .column("sampleIntegralBreadth", "°").column("sampleIntegralBreadth_sigma", "°").column("sizeNm", "nm")
                .column("sizeNm_sigma", "nm").column("used").column("refusal");
        for (SamplePeak p : r.peaks()) {
            b.row(p.twoThetaDeg(), p.observedFwhmDeg(), p.instrumentFwhmDeg(), p.observedBreadthDeg(),
                    p.instrumentBreadthDeg(), p.sampleBreadthDeg().value(), p.sampleBreadthDeg().sigma(),
                    p.scherrerSizeNm().value(), p.scherrerSizeNm().sigma(), p.used() ? "yes" : "no", p.refusal().orElse(""));
        }
        return b.build();
    }

    private static Table whTable(SizeStrainResult r) {
        SizeStrainResult.WilliamsonHallPlot p = r.plot();
        return Table.builder().column("fourSinTheta", "").column("betaCosTheta", "rad").column("betaCosTheta_sigma", "rad")
                .column("line", "rad").rowsFromColumns(p.x(), p.y(), p.ySigma(), line(p, p.x())).build();
    }

    private static double[] line(SizeStrainResult.WilliamsonHallPlot p, double[] x) {
        double[] y = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            y[i] = p.intercept() + p.slope() * x[i];
        }
        return y;
    }

    private static Plot whPlot(SizeStrainResult r) {
        SizeStrainResult.WilliamsonHallPlot p = r.plot();
        double max = 0;
        for (double v : p.x()) {
            max = Math.max(max, v);
        }
        double[] lx = {0, max * 1.05};
        return Plot.of("Williamson–Hall", "4 sin θ", "β cos θ (rad)", List.of(
                new Series("lines", p.x(), p.y(), Style.POINTS),
                new Series("fit", lx, line(p, lx), Style.LINE)));
    }

    private void printSummary(SizeStrainResult r, List<String> warnings) {
        var out = spec.commandLine().getOut();
        out.printf("%s: %s, %s correction, K = %s, %s%n", file, r.method().cliName(), r.correction().cliName(),
                r.scherrerConstant(), SizeStrainResult.WIDTH_MEASURE);
        if (r.sizeNm().isDefined()) {
            out.printf("size = %.4g ± %.2g nm%n", r.sizeNm().value(), r.sizeNm().sigma());
        } else {
            out.println("size: not reported (see warnings)");
        }
        if (r.method() == SizeMethod.WILLIAMSON_HALL && r.strain().isDefined()) {
            out.printf("microstrain = %.4g ± %.2g (%.3f %%)%n", r.strain().value(), r.strain().sigma(),
                    100 * r.strain().value());
        }
        long used = r.peaks().stream().filter(SamplePeak::used).count();
        out.printf("%d of %d lines used%n", used, r.peaks().size());
        for (String w : warnings) {
            out.println("warning: " + w);
        }
    }
}
