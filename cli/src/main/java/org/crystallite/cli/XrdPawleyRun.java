package org.crystallite.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.crystallite.report.CsvWriter;
import org.crystallite.report.FigureWriter;
import org.crystallite.report.Json;
import org.crystallite.report.OutputDirectory;
import org.crystallite.report.Plot;
import org.crystallite.report.Series;
import org.crystallite.report.Style;
import org.crystallite.spectrum.fit.FitCurves;
import org.crystallite.xrd.lattice.Centring;
import org.crystallite.xrd.lattice.CrystalSystem;
import org.crystallite.xrd.lattice.LatticeException;
import org.crystallite.xrd.lattice.PawleyPhase;
import org.crystallite.xrd.lattice.PawleyPhaseResult;
import org.crystallite.xrd.lattice.PawleyReflection;
import org.crystallite.xrd.lattice.PawleyRefinement;
import org.crystallite.xrd.lattice.PawleyResult;
import org.crystallite.xrd.lattice.PawleyWidths;
import org.crystallite.xrd.lattice.Reflection;
import org.crystallite.xrd.lattice.ReflectionConditions;
import org.crystallite.xrd.lattice.ShiftModel;
import org.crystallite.xrd.lattice.ShiftTerm;

/** The Pawley route of {@code crystallite xrd lattice} ({@code --phase …} or {@code --pawley}). */
final class XrdPawleyRun {

    /** Options of the peak route that mean nothing to a Pawley refinement. */
    private static final List<String> PEAK_ROUTE_ONLY = List.of("--isolation", "--tolerance", "--drop-outliers",
            "--profile", "--axial", "--instrument");

    private final XrdLatticeCommand command;

    XrdPawleyRun(XrdLatticeCommand command) {
        this.command = command;
    }

    Integer call() throws IOException, LatticeException {
        PawleyRefinement.Settings settings = settings();
        XrdInput input = XrdInput.read(command.file, command.wavelength);
        PawleyResult result = PawleyRefinement.run(input.pattern(), input.radiation(), settings);
        Map<String, Object> json = XrdPawleyJson.pawley(result, input);
        if (command.output.outDir() != null) {
            try (OutputDirectory out = OutputDirectory.stage(command.output.outDir(), List.of(command.file))) {
                CsvWriter.write(XrdPawleyJson.reflectionTable(result), out.path("pawley_reflections.csv"));
                Json.write(json, out.path("pawley.json"));
                FigureWriter.png(plot(input, result), out.path("pawley_fit.png"), 1200, 700);
                out.commit();
            }
        }
        if (command.output.json()) {
            command.spec.commandLine().getOut().println(Json.toString(json, Json.Layout.COMPACT));
        } else {
            printSummary(input, result);
        }
        return 0;
    }

    private PawleyRefinement.Settings settings() {
        var parsed = command.spec.commandLine().getParseResult();
        for (String o : PEAK_ROUTE_ONLY) {
            if (parsed.hasMatchedOption(o)) {
                throw new UsageException(o + " applies to the peak route (--system/--cell without --pawley), not to a"
                        + " Pawley refinement");
            }
        }
        try {
            List<PawleyPhase> list = new ArrayList<>();
            if (!command.phases.isEmpty()) {
                if (command.system != null || command.cell != null || command.spaceGroup != null
                        || command.centring != null || !command.conditions.isEmpty()) {
                    throw new UsageException("--phase gives each phase's system, lattice and cell: do not combine it"
                            + " with --system, --cell, --spacegroup, --centring or --condition");
                }
                for (int i = 0; i < command.phases.size(); i++) {
                    list.add(PawleyPhase.parse(command.phases.get(i), "phase" + (i + 1)));
                }
            } else {
                if (command.system == null || command.cell == null) {
                    throw new UsageException("--pawley needs --system and --cell, or --phase (repeatable)");
                }
                CrystalSystem sys = CrystalSystem.parse(command.system);
                ReflectionConditions rules;
                if (command.spaceGroup != null) {
                    if (command.centring != null || !command.conditions.isEmpty()) {
                        throw new UsageException("give either --spacegroup or --centring/--condition, not both");
                    }
                    rules = ReflectionConditions.forSpaceGroup(command.spaceGroup);
                } else {
                    rules = ReflectionConditions.of(command.centring == null ? Centring.P
                            : Centring.parse(command.centring), command.conditions);
                }
                list.add(new PawleyPhase("phase1", sys, sys.cellFrom(XrdLatticeCommand.parseCell(command.cell)),
                        rules));
            }
            RangeOption r = RangeOption.parse(command.range);
            return PawleyRefinement.Settings.of(list)
                    .withShift(ShiftModel.parse(command.shift == null ? "zero" : command.shift))
                    .withWidths(PawleyWidths.parse(command.widths))
                    .withBackgroundOrder(command.backgroundOrder)
                    .withStartFwhm(command.startFwhmDeg)
                    .withRange(r.min(), r.max());
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage(), e);
        }
    }

    private static Plot plot(XrdInput input, PawleyResult result) {
        FitCurves c = result.fit().curves();
        double[] background = c.components().get("background");
        double[] residual = c.residual();
        List<Series> series = new ArrayList<>();
        series.add(new Series("data", c.x(), c.y(), Style.POINTS));
        series.add(new Series("fit", c.x(), c.fit(), Style.LINE));
        if (background != null) {
            series.add(new Series("background", c.x(), background, Style.DASHED));
        }
        return Plot.of(input.file().getFileName().toString() + " (Pawley)", "2θ (°)", "intensity", series)
                .withResiduals(new Series("residual", c.x(), residual, Style.LINE));
    }

    private void printSummary(XrdInput input, PawleyResult r) {
        PrintWriter out = command.spec.commandLine().getOut();
        out.printf(Locale.ROOT, "%s: Pawley, %d phase(s), λ %.7f Å%s, widths per %s, shift %s, %d points, "
                        + "%d parameters, χ²ν %.4g, Rwp %.4g%n", command.file, r.phases().size(), r.wavelengthAngstrom(),
                r.kAlpha2() ? " + Kα2" : "", r.widths().cliName(), r.shift(), r.fit().points(),
                r.fit().freeParameters().size(), r.fit().reducedChi2(), r.fit().rwp());
        for (PawleyPhaseResult p : r.phases()) {
            double[] s = p.cellSigma();
            out.printf(Locale.ROOT, "%s (%s, %s): a = %.6f(%.6f) b = %.6f(%.6f) c = %.6f(%.6f) Å%n", p.phase().name(),
                    p.phase().system().name().toLowerCase(Locale.ROOT), p.phase().conditions(), p.cell().a(), s[0],
                    p.cell().b(), s[1], p.cell().c(), s[2]);
            out.printf(Locale.ROOT, "  α = %.4f(%.4f)°  β = %.4f(%.4f)°  γ = %.4f(%.4f)°  V = %.4f(%.4f) Å³%n",
                    p.cell().alphaDeg(), s[3], p.cell().betaDeg(), s[4], p.cell().gammaDeg(), s[5], p.volume(),
                    p.volumeSigma());
            out.printf(Locale.ROOT, "  %-14s %10s %9s %12s %8s %6s %8s%n", "hkl", "2θcalc", "d (Å)", "area", "FWHM",
                    "η", "χ²ν loc");
            for (PawleyReflection x : p.reflections()) {
                out.printf(Locale.ROOT, "  %-14s %10.4f %9.5f %12s %8.4f %6.3f %8.3f%n", x.reflection().label(),
                        x.twoThetaDeg(), x.dAngstrom(), String.format(Locale.ROOT, "%.1f(%.1f)", x.area(),
                                x.areaSigma()), x.fwhmDeg(), x.eta(), x.localReducedChi2());
            }
            if (!p.dropped().isEmpty()) {
                out.println("  dropped (intensity not significant): "
                        + String.join(", ", p.dropped().stream().map(Reflection::label).toList()));
            }
        }
        for (ShiftTerm t : r.shift().ordered()) {
            out.printf(Locale.ROOT, "%s = %.6g(%.2g)%n", t.parameterName(), r.shiftValue(t), r.shiftSigma(t));
        }
        for (String w : input.warnings()) {
            out.println("warning: " + w);
        }
        for (String w : r.warnings()) {
            out.println("warning: " + w);
        }
        out.println("(standard errors scaled by √χ²ν)");
    }
}
