package org.crystallite.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.crystallite.report.FigureWriter;
import org.crystallite.report.FitReport;
import org.crystallite.report.Json;
import org.crystallite.report.OutputDirectory;
import org.crystallite.spectrum.Spectrum;
import org.crystallite.spectrum.fit.FitException;
import org.crystallite.spectrum.fit.FitOptions;
import org.crystallite.spectrum.fit.FitResult;
import org.crystallite.spectrum.fit.Fitter;
import org.crystallite.spectrum.fit.MonteCarloUncertainty;
import org.crystallite.spectrum.fit.Weighting;
import org.crystallite.spectrum.io.ColumnReader;
import org.crystallite.spectrum.model.Model;
import org.crystallite.spectrum.model.ModelJson;
import org.crystallite.spectrum.model.ModelLibrary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code crystallite fit FILE --model NAME|MODEL.json}: least-squares fit of one spectrum. */
@Command(name = "fit", mixinStandardHelpOptions = true,
        description = "Fit peaks (and a background) to a column-text spectrum.")
final class FitCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "FILE", description = "Column text: x y [sigma] (xy, xye, csv, tsv, dat).")
    Path file;

    @Option(names = "--model", required = true, paramLabel = "NAME|MODEL.json",
            description = "Shorthand (gaussian, pseudo-voigt+linear, voigt+voigt+chebyshev3, …) or a JSON model file.")
    String model;

    @Option(names = "--range", paramLabel = "MIN:MAX", description = "x range of the fit.")
    String range;

    @Option(names = "--weights", paramLabel = "poisson|none|sigma", defaultValue = "poisson",
            description = "Weighting: poisson (σ=√max(y,1), default), none, or the file's sigma column.")
    String weights;

    @Option(names = "--monte-carlo", paramLabel = "N", defaultValue = "0",
            description = "Also estimate uncertainties from N seeded Poisson/Gaussian replicas of the fit (0: off).")
    int monteCarloReplicas;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "1", description = "Seed of the Monte-Carlo replicas.")
    long seed;

    @Mixin
    OutputOptions output;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException, FitException {
        Weighting weighting = parseWeighting(weights);
        RangeOption r = RangeOption.parse(range);
        Spectrum data = ColumnReader.read(file);
        Model m = buildModel(data, r);
        if (monteCarloReplicas == 1 || monteCarloReplicas < 0) {
            throw new UsageException("--monte-carlo needs 0 (off) or at least 2 replicas, got " + monteCarloReplicas);
        }
        Fitter fitter = new Fitter(FitOptions.defaults().withWeighting(weighting));
        FitResult result = fitter.fit(data, m);
        Map<String, Object> json = FitReport.json(result, file.toString());
        if (monteCarloReplicas > 0) {
            json.put("monteCarlo", FitReport.monteCarloJson(
                    new MonteCarloUncertainty(fitter).estimate(data, result, monteCarloReplicas, seed), seed));
        }
        if (output.outDir() != null) {
            writeFiles(result, json, data);
        }
        if (output.json()) {
            spec.commandLine().getOut().println(Json.toString(json, Json.Layout.COMPACT));
        } else {
            printSummary(result);
        }
        return 0;
    }

    static Weighting parseWeighting(String text) {
        try {
            return Weighting.parse(text);
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage(), e);
        }
    }

    private Model buildModel(Spectrum data, RangeOption r) throws IOException, FitException {
        if (ModelLibrary.isShorthand(model)) {
            requirePoints(data, r.min(), r.max(), ModelLibrary.MIN_POINTS);
            try {
                return ModelLibrary.build(model, data, r.min(), r.max());
            } catch (IllegalArgumentException e) {
                throw new UsageException(fileName() + ": " + e.getMessage(), e);
            }
        }
        Path modelFile = Path.of(model);
        if (!Files.isRegularFile(modelFile)) {
            throw new UsageException(model + ": model file not found");
        }
        Model parsed;
        try {
            parsed = ModelJson.read(modelFile, data);
            parsed = r.isAll() ? parsed : parsed.withRange(r.min(), r.max());
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage(), e);
        }
        requirePoints(data, parsed.rangeMin(), parsed.rangeMax(), 1);
        return parsed;
    }

    /** A range that selects (almost) no points is a problem of the data for this fit (exit 1), not of usage. */
    private void requirePoints(Spectrum data, double min, double max, int needed) throws FitException {
        int n = 0;
        for (int i = 0; i < data.size(); i++) {
            if (data.x(i) >= min && data.x(i) <= max) {
                n++;
            }
        }
        if (n < needed) {
            String found = n == 0 ? "no data points" : "only " + n + " data point" + (n == 1 ? "" : "s");
            throw new FitException(fileName() + ": " + found + " in the fit range " + min + ":" + max
                    + " (the data span " + data.x(0) + " to " + data.x(data.size() - 1)
                    + (needed > 1 ? "; at least " + needed + " needed)" : ")"));
        }
    }

    private String fileName() {
        return file.getFileName() == null ? file.toString() : file.getFileName().toString();
    }

    private void writeFiles(FitResult result, Map<String, Object> json, Spectrum axes) throws IOException {
        try (OutputDirectory out = OutputDirectory.stage(output.outDir(), List.of(file))) {
            org.crystallite.report.CsvWriter.write(
                    FitReport.curves(result, axes.xQuantity(), axes.yQuantity()), out.path("fit.csv"));
            FigureWriter.png(FitReport.plot(result, file.getFileName().toString(), axes.xQuantity(),
                    axes.yQuantity()), out.path("fit.png"), 1000, 700);
            Json.write(json, out.path("fit.json"));
            out.commit();
        }
    }

    private void printSummary(FitResult r) {
        var out = spec.commandLine().getOut();
        out.printf("%s: %d points, %d free parameters, chi2 = %.6g, chi2r = %.6g, Rwp = %.4f, %s%n",
                file, r.points(), r.freeParameters().size(), r.chi2(), r.reducedChi2(), r.rwp(),
                r.converged() ? "converged" : "NOT converged");
        out.print(org.crystallite.report.CsvWriter.toString(FitReport.parameters(r)));
        for (String w : r.warnings()) {
            out.println("warning: " + w);
        }
        out.println("(" + FitReport.SIGMA_SCALING + ")");
    }
}
