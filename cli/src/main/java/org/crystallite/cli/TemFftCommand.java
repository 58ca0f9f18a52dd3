package org.crystallite.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import org.crystallite.report.CsvWriter;
import org.crystallite.report.Json;
import org.crystallite.report.OutputDirectory;
import org.crystallite.tem.fft.FftOptions;
import org.crystallite.tem.io.CalibratedImage;
import org.crystallite.tem.lattice.CalibrationJson;
import org.crystallite.tem.lattice.LatticeAnalyzer;
import org.crystallite.tem.lattice.LatticeCalibration;
import org.crystallite.tem.lattice.LatticeFit;
import org.crystallite.tem.lattice.LatticeMeasurement;
import org.crystallite.tem.lattice.Phase;
import org.crystallite.tem.lattice.Spot;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code crystallite tem fft IMAGE}: power spectrum, spots, d-spacings and the lattice basis. */
@Command(name = "fft", mixinStandardHelpOptions = true,
        description = "FFT of a TEM/STEM image: spots with d-spacing, angle and SNR, and the fitted lattice.")
final class TemFftCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "IMAGE",
            description = "DM3/DM4, SER, MRC, EMD, HyperSpy, TIFF, PNG/JPEG …")
    Path file;

    @Mixin
    TemImageOptions image;

    @Option(names = "--calibration", paramLabel = "calib.json",
            description = "Pixel-grid correction written by 'crystallite tem calibrate'.")
    Path calibration;

    @Mixin
    TemPhases phaseOptions;

    @Option(names = "--angle-tolerance", paramLabel = "DEG", defaultValue = "2",
            description = "Angle tolerance of zone-axis matching with --phase (default 2°).")
    double angleTolerance;

    @Mixin
    OutputOptions output;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        FftOptions fftOptions = image.fftOptions();
        List<Phase> phaseList = phaseOptions.resolve();
        double matchTolerance = phaseOptions.matchTolerance();
        if (!(angleTolerance > 0 && angleTolerance < 45)) {
            throw new UsageException("--angle-tolerance must lie between 0 and 45 degrees, got " + angleTolerance);
        }
        LatticeCalibration cal = null;
        if (calibration != null) {
            if (!Files.isRegularFile(calibration)) {
                throw new UsageException(calibration + ": calibration file not found");
            }
            cal = CalibrationJson.read(calibration);
        }
        CalibratedImage img = image.readImage(file);
        fftOptions.roi().ifPresent(r -> {
            try {
                r.checkInside(img.width(), img.height(), file.toString());
            } catch (IllegalArgumentException e) {
                throw new UsageException(e.getMessage(), e);
            }
        });
        LatticeMeasurement m = new LatticeAnalyzer(fftOptions, image.spotOptions(), cal).measure(img);
        Map<String, Object> json = TemReport.json(file.toString(), img, m, phaseList, matchTolerance, angleTolerance,
                cal != null);
        if (output.outDir() != null) {
            List<Path> inputs = calibration == null ? List.of(file) : List.of(file, calibration);
            try (OutputDirectory out = OutputDirectory.stage(output.outDir(), inputs)) {
                TemReport.spectrumPng(m, out.path("fft.png"));
                CsvWriter.write(TemReport.spotsTable(m), out.path("spots.csv"));
                Json.write(json, out.path("fft.json"));
                out.commit();
            }
        }
        if (output.json()) {
            spec.commandLine().getOut().println(Json.toString(json, Json.Layout.COMPACT));
        } else {
            printSummary(img, m);
        }
        return 0;
    }

    private void printSummary(CalibratedImage img, LatticeMeasurement m) {
        var out = spec.commandLine().getOut();
        out.printf("%s: %d×%d px, pixel %.6g × %.6g nm, %d spots%n", file, m.spectrum().width(), m.spectrum().height(),
                img.pixelSizeNmX(), img.pixelSizeNmY(), m.spots().size());
        out.println("d (nm)    angle (deg)  SNR");
        for (Spot s : m.spots()) {
            if (s.angleDeg() > -90 && s.angleDeg() <= 90) {
                out.printf("%.4f  %8.2f  %10.1f%n", s.dNm(), s.angleDeg(), s.snr());
            }
        }
        if (m.latticeFit().isPresent()) {
            LatticeFit f = m.lattice();
            out.printf("lattice: d1 = %.5f ± %.5f nm, d2 = %.5f ± %.5f nm, gamma = %.3f ± %.3f deg "
                    + "(%d reflections indexed)%n", f.d1Nm(), f.d1SigmaNm(), f.d2Nm(), f.d2SigmaNm(), f.gammaDeg(),
                    f.gammaSigmaDeg(), f.reflections().size());
        }
        m.fieldVariationIfAny().ifPresent(v -> out.println("spread between the quadrants: " + v.describe()));
        for (String w : m.warnings()) {
            out.println("warning: " + w);
        }
    }
}
