package org.crystallite.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import org.crystallite.report.Json;
import org.crystallite.tem.io.CalibratedImage;
import org.crystallite.tem.lattice.CalibrationJson;
import org.crystallite.tem.lattice.LatticeAnalyzer;
import org.crystallite.tem.lattice.LatticeCalibration;
import org.crystallite.tem.lattice.LatticeCalibrator;
import org.crystallite.tem.lattice.LatticeFit;
import org.crystallite.tem.lattice.LatticeMeasurement;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code crystallite tem calibrate IMAGE --known-d d1[,d2] --out calib.json}: pixel-grid correction. */
@Command(name = "calibrate", mixinStandardHelpOptions = true,
        description = "Calibrate x and y scale and shear of the pixel grid from a lattice of known spacing.")
final class TemCalibrateCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "IMAGE", description = "Image of a crystal with known lattice.")
    Path file;

    @Option(names = "--known-d", required = true, split = ",", paramLabel = "d1[,d2]",
            description = "Known spacing(s) in nm of the two basis reflections (one value: both the same).")
    List<Double> knownD;

    @Option(names = "--known-angle", paramLabel = "DEG",
            description = "Known angle between the two lattice-plane normals; without it the shear is not fitted.")
    Double knownAngle;

    @Option(names = "--out", required = true, paramLabel = "calib.json", description = "Calibration file to write.")
    Path out;

    @Option(names = "--json", description = "Print one JSON object on stdout and nothing else.")
    boolean json;

    @Option(names = "--debug", description = "Print the stack trace with an error.")
    boolean debug;

    @Mixin
    TemImageOptions image;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        if (knownD.isEmpty() || knownD.size() > 2 || knownD.stream().anyMatch(d -> !(d > 0) || d.isInfinite())) {
            throw new UsageException("--known-d takes one or two positive spacings in nm, got " + knownD);
        }
        if (knownAngle != null && !(knownAngle > 0 && knownAngle < 180)) {
            throw new UsageException("--known-angle must lie between 0 and 180 degrees, got " + knownAngle);
        }
        if (Files.isDirectory(out)) {
            throw new UsageException(out + ": is a folder; --out names the calibration file to write");
        }
        if (Files.exists(out) && Files.exists(file) && Files.isSameFile(out, file)) {
            throw new UsageException(out + ": is the input image; refusing to overwrite it");
        }
        var fftOptions = image.fftOptions();
        CalibratedImage img = image.readImage(file);
        fftOptions.roi().ifPresent(r -> {
            try {
                r.checkInside(img.width(), img.height(), file.toString());
            } catch (IllegalArgumentException e) {
                throw new UsageException(e.getMessage(), e);
            }
        });
        LatticeMeasurement m = new LatticeAnalyzer(fftOptions, image.spotOptions(), null).measure(img);
        LatticeFit fit = m.latticeFit().orElseThrow(() -> new IllegalStateException(file
                + ": no two-dimensional lattice found in the FFT (need two non-parallel reflections)"));
        LatticeCalibration c = new LatticeCalibrator().calibrate(fit, knownD,
                knownAngle == null ? Double.NaN : knownAngle, file.getFileName().toString(), img.pixelSizeNmX(),
                img.pixelSizeNmY());
        Path parent = out.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        CalibrationJson.write(c, out);
        Map<String, Object> result = TemReport.calibrationJson(file.toString(), img, m, c, out);
        if (json) {
            spec.commandLine().getOut().println(Json.toString(result, Json.Layout.COMPACT));
        } else {
            var o = spec.commandLine().getOut();
            o.printf("%s: measured d1 = %.5f nm, d2 = %.5f nm, gamma = %.3f deg%n", file, fit.d1Nm(), fit.d2Nm(),
                    fit.gammaDeg());
            o.printf("scaleX = %.5f ± %.5f, scaleY = %.5f ± %.5f, shear = %.5f ± %.5f → %s%n", c.scaleX(),
                    c.scaleXSigma(), c.scaleY(), c.scaleYSigma(), c.shear(), c.shearSigma(), out);
            o.printf("calibrated pixel size: %.6g × %.6g nm%n", img.pixelSizeNmX() * c.scaleX(),
                    img.pixelSizeNmY() * c.scaleY());
            m.fieldVariationIfAny().ifPresent(v -> o.println("spread between the quadrants: " + v.describe()));
            m.warnings().forEach(w -> o.println("warning: " + w));
        }
        return 0;
    }
}
