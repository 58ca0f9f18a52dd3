package org.crystallite.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import org.crystallite.xrd.instrument.InstrumentAxialDivergence;
import org.crystallite.xrd.instrument.InstrumentProfile;
import org.crystallite.xrd.instrument.InstrumentProfileJson;
import org.crystallite.xrd.io.GsasInstrumentParameters;
import org.crystallite.xrd.peaks.AxialDivergence;
import org.crystallite.xrd.peaks.PeakProfile;
import org.crystallite.xrd.peaks.XrdPeakFitter;
import picocli.CommandLine.Option;

/**
 * The line-profile options shared by {@code xrd peaks} and {@code xrd lattice} (a picocli mixin):
 * {@code --profile}, and the Finger–Cox–Jephcoat S/L and H/L of the {@code fcj-pv} profile, given with
 * {@code --axial} as {@code S/L,H/L} or a GSAS instrument parameter file whose profile function is type 3, or
 * taken from the instrument profile file of {@code --instrument} (written by {@code xrd instrument --axial …}).
 * An explicit {@code --axial} wins over the instrument file.
 */
final class PeakProfileOptions {

    @Option(names = "--profile", paramLabel = "NAME", defaultValue = "pseudo-voigt",
            description = "Line profile: pseudo-voigt (default), tch, pearson7, split-pv, fcj-pv (axial-divergence "
                    + "asymmetry; its centres are Bragg positions; needs --axial or --instrument).")
    String profile;

    @Option(names = "--axial", paramLabel = "S/L,H/L|FILE.prm",
            description = "Axial divergence of the fcj-pv profile: S/L,H/L (e.g. 0.0011,0.0011) or a GSAS .prm file "
                    + "with a type-3 profile (its S/L and H/L terms). Wins over --instrument.")
    String axial;

    @Option(names = "--instrument", paramLabel = "instr.json",
            description = "Instrument profile file written by 'crystallite xrd instrument … --axial …': the S/L and "
                    + "H/L of fcj-pv when --axial is not given.")
    Path instrumentFile;

    /**
     * The chosen profile and, for {@code fcj-pv}, its axial divergence and where it came from.
     *
     * @param profile the line profile
     * @param axial S/L and H/L ({@link AxialDivergence#NONE} for the other profiles)
     * @param axialJson the {@code axialDivergence} object of the JSON output ({@code sOverL}, {@code hOverL},
     *     {@code source}: {@code given}, {@code prm} or {@code instrument}, and the file they came from); null
     *     for the other profiles
     */
    record Choice(PeakProfile profile, AxialDivergence axial, Map<String, Object> axialJson) {

        /** {@code base} with this profile and axial divergence. */
        XrdPeakFitter.Options applyTo(XrdPeakFitter.Options base) {
            return base.withProfile(profile).withAxialDivergence(axial);
        }

        /** Adds {@code axialDivergence} to a command's JSON output when the profile is {@code fcj-pv}. */
        void addTo(Map<String, Object> json) {
            if (axialJson != null) {
                json.put("axialDivergence", axialJson);
            }
        }
    }

    /**
     * @throws UsageException when {@code fcj-pv} has neither {@code --axial} nor an instrument file with an axial
     *     divergence, {@code --axial} or {@code --instrument} is given with another profile, the instrument file
     *     is missing, or the {@code --axial} value is neither two numbers nor a .prm with S/L and H/L
     */
    Choice choose() throws IOException {
        PeakProfile peakProfile;
        try {
            peakProfile = PeakProfile.parse(profile);
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage(), e);
        }
        if (peakProfile != PeakProfile.FCJ_PV) {
            if (axial != null || instrumentFile != null) {
                throw new UsageException((axial != null ? "--axial" : "--instrument") + " applies to --profile fcj-pv "
                        + "only (it gives the axial divergence S/L, H/L); got --profile " + peakProfile.cliName());
            }
            return new Choice(peakProfile, AxialDivergence.NONE, null);
        }
        InstrumentProfile instrument = instrumentFile == null ? null : readInstrument(instrumentFile);
        if (axial != null) {
            InstrumentAxialDivergence given = axialValue(axial, "--axial");
            Map<String, Object> json = json(given.axial());
            json.put("source", given.source().jsonName());
            if (given.source() == InstrumentAxialDivergence.Source.PRM) {
                json.put("file", given.origin());
            }
            if (instrument != null) {
                json.put("overrides", instrumentFile.toString());
            }
            return new Choice(peakProfile, given.axial(), json);
        }
        if (instrument == null) {
            throw new UsageException("--profile fcj-pv needs --axial S/L,H/L (e.g. 0.0011,0.0011), --axial with a "
                    + "GSAS .prm file with a type-3 profile, or --instrument with an instrument file that holds the "
                    + "axial divergence");
        }
        InstrumentAxialDivergence stored = instrument.axialDivergence().orElseThrow(() -> new UsageException(
                instrumentFile + ": this instrument file has no axial divergence; write one with 'crystallite xrd "
                        + "instrument STANDARD --phase … --axial S/L,H/L|FILE.prm|fit --out …', or give --axial"));
        Map<String, Object> json = json(stored.axial());
        if (stored.source() == InstrumentAxialDivergence.Source.FITTED) {
            json.put("sOverL_sigma", stored.sOverLSigma());
        }
        json.put("source", "instrument");
        json.put("file", instrumentFile.toString());
        json.put("instrumentSource", stored.source().jsonName());
        if (!stored.origin().isEmpty()) {
            json.put("origin", stored.origin());
        }
        return new Choice(peakProfile, stored.axial(), json);
    }

    /** Reads an instrument profile file given on the command line. */
    static InstrumentProfile readInstrument(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new UsageException(file + ": instrument profile file not found");
        }
        return InstrumentProfileJson.read(file);
    }

    /**
     * An {@code S/L,H/L} or {@code FILE.prm} option value (source {@code given} or {@code prm}).
     *
     * @param option the option's name, for the messages
     * @throws UsageException when the value is neither two numbers in range nor a .prm with S/L and H/L
     */
    static InstrumentAxialDivergence axialValue(String text, String option) throws IOException {
        Path file = asFile(text);
        if (file != null) {
            GsasInstrumentParameters prm = GsasInstrumentParameters.read(file);
            for (GsasInstrumentParameters.ProfileCoefficients c : prm.profiles().values()) {
                if (c.sOverL().isPresent() && c.hOverL().isPresent()) {
                    try {
                        return InstrumentAxialDivergence.fromPrm(
                                new AxialDivergence(c.sOverL().getAsDouble(), c.hOverL().getAsDouble()), file.toString());
                    } catch (IllegalArgumentException e) {
                        throw new UsageException(file + ": " + e.getMessage(), e);
                    }
                }
            }
            throw new UsageException(file + ": no type-3 profile function (PRCF with S/L and H/L terms) in the file");
        }
        try {
            return InstrumentAxialDivergence.given(AxialDivergence.parse(text));
        } catch (IllegalArgumentException e) {
            throw new UsageException(option + ": " + e.getMessage(), e);
        }
    }

    private static Path asFile(String text) {
        try {
            Path p = Path.of(text);
            return Files.isRegularFile(p) ? p : null;
        } catch (InvalidPathException e) {
            return null;
        }
    }

    private static Map<String, Object> json(AxialDivergence axial) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("sOverL", axial.sOverL());
        m.put("hOverL", axial.hOverL());
        return m;
    }
}
