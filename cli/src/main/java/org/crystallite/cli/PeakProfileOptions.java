package org.crystallite.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import org.crystallite.xrd.io.GsasInstrumentParameters;
import org.crystallite.xrd.peaks.AxialDivergence;
import org.crystallite.xrd.peaks.PeakProfile;
import org.crystallite.xrd.peaks.XrdPeakFitter;
import picocli.CommandLine.Option;

/**
 * The line-profile options shared by {@code xrd peaks} and {@code xrd lattice} (a picocli mixin):
 * {@code --profile} and {@code --axial}, the Finger–Cox–Jephcoat S/L and H/L of the {@code fcj-pv} profile,
 * given as {@code S/L,H/L} or as a GSAS instrument parameter file whose profile function is type 3.
 */
final class PeakProfileOptions {

    @Option(names = "--profile", paramLabel = "NAME", defaultValue = "pseudo-voigt",
            description = "Line profile: pseudo-voigt (default), tch, pearson7, split-pv, fcj-pv (axial-divergence "
                    + "asymmetry; its centres are Bragg positions; needs --axial).")
    String profile;

    @Option(names = "--axial", paramLabel = "S/L,H/L|FILE.prm",
            description = "Axial divergence of the fcj-pv profile: S/L,H/L (e.g. 0.0011,0.0011) or a GSAS .prm file "
                    + "with a type-3 profile (its S/L and H/L terms).")
    String axial;

    /** {@code base} with the chosen profile and, for {@code fcj-pv}, its axial divergence. */
    XrdPeakFitter.Options applyTo(XrdPeakFitter.Options base) throws IOException {
        PeakProfile peakProfile;
        try {
            peakProfile = PeakProfile.parse(profile);
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage(), e);
        }
        return base.withProfile(peakProfile).withAxialDivergence(parse(axial, peakProfile));
    }

    /**
     * @throws UsageException when {@code fcj-pv} has no {@code --axial}, {@code --axial} is given with another
     *     profile, or the value is neither two numbers nor a .prm with S/L and H/L
     */
    private static AxialDivergence parse(String text, PeakProfile profile) throws IOException {
        if (text == null) {
            if (profile == PeakProfile.FCJ_PV) {
                throw new UsageException("--profile fcj-pv needs --axial S/L,H/L (e.g. 0.0011,0.0011) or a GSAS "
                        + ".prm file with a type-3 profile");
            }
            return AxialDivergence.NONE;
        }
        if (profile != PeakProfile.FCJ_PV) {
            throw new UsageException("--axial applies to --profile fcj-pv only (got " + profile.cliName() + ")");
        }
        Path file = asFile(text);
        if (file != null) {
            GsasInstrumentParameters prm = GsasInstrumentParameters.read(file);
            for (GsasInstrumentParameters.ProfileCoefficients c : prm.profiles().values()) {
                if (c.sOverL().isPresent() && c.hOverL().isPresent()) {
                    try {
                        return new AxialDivergence(c.sOverL().getAsDouble(), c.hOverL().getAsDouble());
                    } catch (IllegalArgumentException e) {
                        throw new UsageException(file + ": " + e.getMessage(), e);
                    }
                }
            }
            throw new UsageException(file + ": no type-3 profile function (PRCF with S/L and H/L terms) in the file");
        }
        try {
            return AxialDivergence.parse(text);
        } catch (IllegalArgumentException e) {
            throw new UsageException("--axial: " + e.getMessage(), e);
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

    /** {@code {sOverL, hOverL}} for the JSON output. */
    static Map<String, Object> json(AxialDivergence axial) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("sOverL", axial.sOverL());
        m.put("hOverL", axial.hOverL());
        return m;
    }
}
