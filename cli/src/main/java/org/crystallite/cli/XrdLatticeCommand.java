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
import org.crystallite.xrd.lattice.Centring;
import org.crystallite.xrd.lattice.CrystalSystem;
import org.crystallite.xrd.lattice.LatticeException;
import org.crystallite.xrd.lattice.LatticeFit;
import org.crystallite.xrd.lattice.PatternCellRefinement;
import org.crystallite.xrd.lattice.PeakResidual;
import org.crystallite.xrd.lattice.ReflectionConditions;
import org.crystallite.xrd.lattice.RefinementOptions;
import org.crystallite.xrd.lattice.ShiftModel;
import org.crystallite.xrd.lattice.ShiftTerm;
import org.crystallite.xrd.lattice.UnitCell;
import org.crystallite.xrd.peaks.XrdPeakFitter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code crystallite xrd lattice FILE --system S --cell …}: lattice parameters by least squares on fitted peaks;
 * {@code --phase …} (repeatable) or {@code --pawley}: Pawley refinement of one or more phases against the whole
 * pattern.
 */
@Command(name = "lattice", mixinStandardHelpOptions = true,
        description = {"Refine lattice parameters from a pattern. One phase (--system, --cell): the isolated reflections "
                + "of the start cell are fitted (Kα1/Kα2 doublets), indexed and refined by weighted least squares with "
                + "a peak-shift model.",
                "Several phases (--phase, repeatable) or --pawley: Pawley refinement of the whole pattern, every "
                + "reflection a pseudo-Voigt at the position its phase's cell gives, with free intensities, widths per "
                + "phase or per reflection, a Chebyshev background and a shared shift; use it where lines of the "
                + "phases overlap."})
final class XrdLatticeCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "FILE", description = "Diffraction pattern (RAW, BRML, XRDML, RAS/RASX, "
            + "GSAS, xy/xye/csv …).")
    Path file;

    @Option(names = "--system", paramLabel = "SYSTEM",
            description = "cubic, tetragonal, hexagonal (also trigonal/rhombohedral in hexagonal axes), orthorhombic, "
                    + "monoclinic (unique axis b) or triclinic.")
    String system;

    @Option(names = "--cell", paramLabel = "a[,b,c,alpha,beta,gamma]",
            description = "Start cell: the system's free parameters (cubic a; tetragonal/hexagonal a,c; orthorhombic "
                    + "a,b,c; monoclinic a,b,c,beta; triclinic all six) or all six a,b,c,α,β,γ (Å, °).")
    String cell;

    @Option(names = "--spacegroup", paramLabel = "SYMBOL",
            description = "Space group (Hermann–Mauguin, e.g. Fm-3m, P6_3/m, P2_1/c, R-3m): centring and glide/screw "
                    + "absences.")
    String spaceGroup;

    @Option(names = "--centring", paramLabel = "P|A|B|C|I|F|R",
            description = "Lattice centring when no --spacegroup is given (default P; R = obverse, hexagonal axes).")
    String centring;

    @Option(names = "--condition", paramLabel = "RULE",
            description = "Extra reflection condition with --centring, e.g. '00l: l=2n' (repeatable).")
    List<String> conditions = new ArrayList<>();

    @Option(names = "--shift", paramLabel = "MODEL",
            description = "Peak-shift model: none, zero, displacement (Bragg–Brentano), transparency, or a "
                    + "combination such as displacement+transparency. Default: displacement; zero with --pawley.")
    String shift;

    @Option(names = "--phase", paramLabel = "[NAME=]SYSTEM:LATTICE:CELL",
            description = "A phase for the Pawley refinement (repeatable), e.g. SiC=cubic:F:4.36 or "
                    + "Zn=hexagonal:P6_3/mmc:2.665,4.947. LATTICE is a centring letter or a space group; CELL as "
                    + "--cell. Replaces --system/--cell/--spacegroup/--centring/--condition.")
    List<String> phases = new ArrayList<>();

    @Option(names = "--pawley",
            description = "Whole-pattern Pawley refinement (automatic with --phase); with --system/--cell for one phase.")
    boolean pawley;

    @Option(names = "--widths", paramLabel = "phase|reflection", defaultValue = "phase",
            description = "Pawley line widths: phase (default; Caglioti U, V, W and η per phase) or reflection (FWHM "
                    + "and η free per reflection, as fityk's Pawley script).")
    String widths;

    @Option(names = "--background-order", paramLabel = "N", defaultValue = "6",
            description = "Pawley: order of the Chebyshev background (default 6).")
    int backgroundOrder;

    @Option(names = "--fwhm", paramLabel = "DEG", defaultValue = "0.2",
            description = "Pawley: start FWHM of the lines (default 0.2°).")
    double startFwhmDeg;

    @Option(names = "--wavelength", paramLabel = "Cu|Mo|Å",
            description = "Radiation: an anode (Cu = Kα1/Kα2 doublet; CuKa1 = Kα1 only) or a wavelength in Å. "
                    + "Default: the file's.")
    String wavelength;

    @Option(names = "--range", paramLabel = "MIN:MAX", description = "2θ range of the reflections used (degrees).")
    String range;

    @Mixin
    PeakProfileOptions profileOptions;

    @Option(names = "--isolation", paramLabel = "DEG", defaultValue = "0.1",
            description = "Skip a reflection with another one closer than this in 2θ (default 0.1°).")
    double isolationDeg;

    @Option(names = "--tolerance", paramLabel = "DEG", defaultValue = "0.1",
            description = "Indexing tolerance in 2θ (default 0.1°).")
    double toleranceDeg;

    @Option(names = "--drop-outliers", description = "Refit once without peaks beyond 4σ·√χ²ν.")
    boolean dropOutliers;

    @Mixin
    OutputOptions output;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException, LatticeException {
        if (pawley || !phases.isEmpty()) {
            return new XrdPawleyRun(this).call();
        }
        if (system == null || cell == null) {
            throw new UsageException("give --system and --cell (one phase), or --phase (repeatable) for a Pawley "
                    + "refinement");
        }
        PeakProfileOptions.Choice profileChoice = profileOptions.choose();
        PatternCellRefinement.Settings settings = settings(profileChoice);
        XrdInput input = XrdInput.read(file, wavelength);
        PatternCellRefinement.Result result;
        try {
            result = PatternCellRefinement.run(input.pattern(), input.radiation(), settings);
        } catch (LatticeException e) {
            throw new LatticeException(file + ": " + e.getMessage(), e);
        }
        Map<String, Object> json = XrdLatticeJson.lattice(result, input, settings.conditions().toString());
        profileChoice.addTo(json);
        if (output.outDir() != null) {
            try (OutputDirectory out = OutputDirectory.stage(output.outDir(), List.of(file))) {
                CsvWriter.write(XrdLatticeJson.peakTable(result.fit()), out.path("lattice_peaks.csv"));
                Json.write(json, out.path("lattice.json"));
                FigureWriter.png(residualPlot(result.fit()), out.path("lattice_residuals.png"), 1000, 600);
                out.commit();
            }
        }
        if (output.json()) {
            spec.commandLine().getOut().println(Json.toString(json, Json.Layout.COMPACT));
        } else {
            printSummary(input, result);
        }
        return 0;
    }

    private PatternCellRefinement.Settings settings(PeakProfileOptions.Choice profileChoice) {
        try {
            CrystalSystem sys = CrystalSystem.parse(system);
            UnitCell start = sys.cellFrom(parseCell(cell));
            ReflectionConditions rules;
            if (spaceGroup != null) {
                if (centring != null || !conditions.isEmpty()) {
                    throw new UsageException("give either --spacegroup or --centring/--condition, not both");
                }
                rules = ReflectionConditions.forSpaceGroup(spaceGroup);
            } else {
                rules = ReflectionConditions.of(centring == null ? Centring.P : Centring.parse(centring), conditions);
            }
            if (!(isolationDeg >= 0) || !(toleranceDeg > 0)) {
                throw new UsageException("--isolation must be ≥ 0 and --tolerance > 0");
            }
            RangeOption r = RangeOption.parse(range);
            RefinementOptions ro = RefinementOptions.defaults().withTolerance(toleranceDeg)
                    .withDropOutliers(dropOutliers);
            XrdPeakFitter.Options po = profileChoice.applyTo(XrdPeakFitter.Options.defaults());
            return PatternCellRefinement.Settings.of(sys, start, rules,
                            ShiftModel.parse(shift == null ? "displacement" : shift))
                    .withRange(r.min(), r.max()).withIsolation(isolationDeg).withRefinement(ro).withPeakOptions(po);
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage(), e);
        }
    }

    static double[] parseCell(String text) {
        String[] parts = text.split(",");
        double[] v = new double[parts.length];
        for (int i = 0; i < parts.length; i++) {
            try {
                v[i] = Double.parseDouble(parts[i].trim());
            } catch (NumberFormatException e) {
                throw new UsageException("--cell must be numbers separated by commas, got '" + text + "'");
            }
        }
        return v;
    }

    private static Plot residualPlot(LatticeFit fit) {
        double[] x = fit.peaks().stream().filter(PeakResidual::used).mapToDouble(PeakResidual::twoThetaObsDeg).toArray();
        double[] y = fit.peaks().stream().filter(PeakResidual::used).mapToDouble(PeakResidual::residualDeg).toArray();
        return Plot.of("lattice residuals (" + fit.shift() + ")", "2θ (°)", "2θobs − 2θcalc (°)",
                List.of(new Series("residual", x, y, Style.POINTS)));
    }

    private void printSummary(XrdInput input, PatternCellRefinement.Result result) {
        LatticeFit fit = result.fit();
        var out = spec.commandLine().getOut();
        double[] s = fit.cellSigma();
        out.printf("%s: %s, %d peaks used, λ %.7f Å, shift %s, χ²ν %.4g%n", file,
                fit.system().name().toLowerCase(java.util.Locale.ROOT), fit.peaksUsed(), fit.wavelengthAngstrom(),
                fit.shift(), fit.reducedChi2());
        out.printf("a = %.6f(%.6f) Å  b = %.6f(%.6f) Å  c = %.6f(%.6f) Å%n", fit.cell().a(), s[0], fit.cell().b(),
                s[1], fit.cell().c(), s[2]);
        out.printf("α = %.4f(%.4f)°  β = %.4f(%.4f)°  γ = %.4f(%.4f)°  V = %.4f(%.4f) Å³%n", fit.cell().alphaDeg(),
                s[3], fit.cell().betaDeg(), s[4], fit.cell().gammaDeg(), s[5], fit.volume(), fit.volumeSigma());
        for (ShiftTerm t : fit.shift().ordered()) {
            out.printf("%s = %.6g(%.2g)%n", t.parameterName(), fit.shiftValue(t), fit.shiftSigma(t));
        }
        out.printf("%-14s %10s %10s %10s %9s%n", "hkl", "2θobs", "2θcalc", "residual", "d (Å)");
        for (PeakResidual p : fit.peaks()) {
            out.printf("%-14s %10.4f %10.4f %10.5f %9.5f%s%n", p.reflection().label(), p.twoThetaObsDeg(),
                    p.twoThetaCalcDeg(), p.residualDeg(), p.dObsAngstrom(),
                    p.used() ? (p.outlier() ? "  outlier" : "") : "  (not used)");
        }
        for (String w : input.warnings()) {
            out.println("warning: " + w);
        }
        for (String w : result.warnings()) {
            out.println("warning: " + w);
        }
        for (String w : fit.warnings()) {
            out.println("warning: " + w);
        }
        out.println("(standard errors scaled by √χ²ν)");
    }
}
