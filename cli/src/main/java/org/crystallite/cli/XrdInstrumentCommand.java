package org.crystallite.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.concurrent.Callable;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.crystallite.report.Json;
import org.crystallite.report.OutputFiles;
import org.crystallite.xrd.instrument.AxialDivergenceCalibration;
import org.crystallite.xrd.instrument.CalibrationPeak;
import org.crystallite.xrd.instrument.InstrumentAxialDivergence;
import org.crystallite.xrd.instrument.InstrumentCalibration;
import org.crystallite.xrd.instrument.InstrumentProfile;
import org.crystallite.xrd.instrument.InstrumentProfileFitter;
import org.crystallite.xrd.instrument.InstrumentProfileJson;
import org.crystallite.xrd.instrument.StandardPhase;
import org.crystallite.xrd.peaks.PeakProfile;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code crystallite xrd instrument STANDARD --phase P --out instr.json [--axial S/L,H/L|FILE.prm|fit]}: instrument
 * profile from a standard, with the axial divergence that later {@code --profile fcj-pv} fits take from the file.
 */
@Command(name = "instrument", mixinStandardHelpOptions = true,
        description = "Fit the instrument profile (Caglioti U, V, W; Lorentzian X, Y) to the peaks of a "
                + "line-profile standard and save it as JSON; with --axial, also the instrument's axial divergence "
                + "for the fcj-pv profile of 'xrd peaks' and 'xrd lattice' (--instrument).")
final class XrdInstrumentCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "STANDARD", description = "Pattern of the standard.")
    Path file;

    @Option(names = "--phase", required = true, paramLabel = "LaB6|Si|CeO2|cubic:a",
            description = "The standard: LaB6 (a = 4.15692 Å, SRM 660a), Si (5.431194 Å, SRM 640c), CeO2 "
                    + "(5.4113 Å), or cubic:a for any primitive cubic phase.")
    String phase;

    @Option(names = "--out", required = true, paramLabel = "instr.json", description = "Instrument profile file to write.")
    Path outFile;

    @Option(names = "--wavelength", paramLabel = "Cu|Mo|Å", description = "Radiation (default: the file's).")
    String wavelength;

    @Option(names = "--range", paramLabel = "MIN:MAX", description = "2θ range of the standard's peaks to use.")
    String range;

    @Option(names = "--min-snr", paramLabel = "SNR", defaultValue = "5",
            description = "Minimum signal-to-noise of a search candidate (default 5).")
    double minSnr;

    @Option(names = "--axial", paramLabel = "S/L,H/L|FILE.prm|fit[:R]",
            description = "Record the axial divergence (Finger–Cox–Jephcoat S/L and H/L of fcj-pv) in the file: "
                    + "S/L,H/L (e.g. 0.0011,0.0011), a GSAS .prm file with a type-3 profile, or fit: fitted to the "
                    + "standard's low-angle peaks with H/L = S/L (fit:R holds H/L = R·S/L).")
    String axial;

    @Option(names = "--json", description = "Print one JSON object on stdout and nothing else.")
    boolean json;

    @Option(names = "--debug", description = "Print the stack trace with an error.")
    boolean debug;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        StandardPhase standard;
        try {
            standard = StandardPhase.parse(phase);
        } catch (IllegalArgumentException e) {
            throw new UsageException("--phase: " + e.getMessage(), e);
        }
        var options = XrdPeaksCommand.fitterOptions(range, minSnr).withProfile(PeakProfile.TCH);
        OutputFiles.requireNotInput(outFile, List.of(file));
        OptionalDouble fitRatio = fitRatio(axial);
        InstrumentAxialDivergence given = axial == null || fitRatio.isPresent() ? null
                : PeakProfileOptions.axialValue(axial, "--axial");
        XrdInput input = XrdInput.read(file, wavelength);
        InstrumentCalibration calibration = new InstrumentProfileFitter(options)
                .fit(input.pattern(), input.radiation(), standard, LocalDate.now());
        AxialDivergenceCalibration.Result axialFit = fitRatio.isEmpty() ? null : AxialDivergenceCalibration.fit(
                input.pattern(), input.radiation(), calibration, options, fitRatio.getAsDouble());
        InstrumentProfile profile = calibration.profile();
        if (axialFit != null) {
            profile = profile.withAxialDivergence(axialFit.axial());
        } else if (given != null) {
            profile = profile.withAxialDivergence(given);
        }
        InstrumentProfile written = profile;
        OutputFiles.writeAtomically(outFile, tmp -> InstrumentProfileJson.write(written, tmp));
        if (json) {
            spec.commandLine().getOut().println(Json.toString(result(input, calibration, written, axialFit),
                    Json.Layout.COMPACT));
        } else {
            printSummary(input, calibration, written, axialFit);
        }
        return 0;
    }

    /** The H/L ÷ S/L ratio of {@code fit} (1) or {@code fit:R}; empty for any other value. */
    private static OptionalDouble fitRatio(String text) {
        if (text == null) {
            return OptionalDouble.empty();
        }
        String t = text.trim().toLowerCase(Locale.ROOT);
        if (t.equals("fit")) {
            return OptionalDouble.of(1);
        }
        if (!t.startsWith("fit:")) {
            return OptionalDouble.empty();
        }
        try {
            double r = Double.parseDouble(t.substring(4).trim());
            if (r > 0 && Double.isFinite(r)) {
                return OptionalDouble.of(r);
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new UsageException("--axial fit:R needs a positive ratio R = H/L ÷ S/L, got '" + text + "'");
    }

    private Map<String, Object> result(XrdInput input, InstrumentCalibration c, InstrumentProfile written,
                                       AxialDivergenceCalibration.Result axialFit) throws IOException {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("file", file.toString());
        out.put("instrumentFile", outFile.toString());
        out.put("wavelengthSource", input.wavelengthSource());
        out.put("instrument", new ObjectMapper().readTree(InstrumentProfileJson.toJson(written)));
        out.put("gaussianChi2r", c.gaussianReducedChi2());
        out.put("lorentzianChi2r", c.lorentzianReducedChi2());
        List<Map<String, Object>> peaks = new ArrayList<>();
        for (CalibrationPeak p : c.peaks()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("hkl", p.reflection().hkl());
            m.put("twoThetaCalc", p.reflection().twoThetaDeg());
            m.putAll(XrdJson.peak(p.peak()));
            m.put("usedForGaussian", p.usedForGaussian());
            m.put("usedForLorentzian", p.usedForLorentzian());
            peaks.add(m);
        }
        out.put("peaks", peaks);
        if (axialFit != null) {
            List<Map<String, Object>> axialPeaks = new ArrayList<>();
            List<double[]> values = axialFit.fit().perPeakSOverL();
            for (int i = 0; i < values.size(); i++) {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("twoTheta", axialFit.fit().peaksUsedDeg().get(i));
                m.put("sOverL", values.get(i)[0]);
                m.put("sOverL_sigma", values.get(i)[1]);
                axialPeaks.add(m);
            }
            out.put("axialPeaks", axialPeaks);
        }
        List<String> warnings = new ArrayList<>(input.warnings());
        warnings.addAll(c.warnings());
        if (axialFit != null) {
            axialFit.fit().warnings().forEach(w -> warnings.add("axial divergence: " + w));
        }
        out.put("warnings", warnings);
        return out;
    }

    private void printSummary(XrdInput input, InstrumentCalibration c, InstrumentProfile p,
                              AxialDivergenceCalibration.Result axialFit) {
        var out = spec.commandLine().getOut();
        out.printf("%s: %s, %d peaks of %s (%.1f–%.1f°), %s%n", file, p.radiation(), c.peaks().size(), p.standard(),
                p.minTwoThetaDeg(), p.maxTwoThetaDeg(), "TCH pseudo-Voigt");
        out.printf("U = %.5g ± %.2g, V = %.5g ± %.2g, W = %.5g ± %.2g deg² (χ²ν %.2f)%n", p.u().value(), p.u().sigma(),
                p.v().value(), p.v().sigma(), p.w().value(), p.w().sigma(), c.gaussianReducedChi2());
        out.printf("X = %.5g ± %.2g, Y = %.5g ± %.2g deg (χ²ν %.2f)%n", p.x().value(), p.x().sigma(), p.y().value(),
                p.y().sigma(), c.lorentzianReducedChi2());
        p.axialDivergence().ifPresent(a -> out.println(axialLine(a)));
        out.println("written to " + outFile);
        for (String w : input.warnings()) {
            out.println("warning: " + w);
        }
        for (String w : c.warnings()) {
            out.println("warning: " + w);
        }
        if (axialFit != null) {
            for (String w : axialFit.fit().warnings()) {
                out.println("warning: axial divergence: " + w);
            }
        }
    }

    private static String axialLine(InstrumentAxialDivergence a) {
        String sigma = Double.isNaN(a.sOverLSigma()) ? "" : String.format(Locale.ROOT, " ± %.2g", a.sOverLSigma());
        String origin = a.origin().isEmpty() ? "" : ": " + a.origin();
        return String.format(Locale.ROOT, "axial divergence S/L = %.5g%s, H/L = %.5g (%s%s)", a.axial().sOverL(), sigma,
                a.axial().hOverL(), a.source().jsonName(), origin);
    }
}
