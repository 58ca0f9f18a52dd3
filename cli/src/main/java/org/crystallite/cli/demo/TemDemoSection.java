package org.crystallite.cli.demo;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.crystallite.cli.TemReport;
import org.crystallite.report.HtmlReport;
import org.crystallite.report.OutputDirectory;
import org.crystallite.report.Table;
import org.crystallite.tem.io.CalibratedImage;
import org.crystallite.tem.io.ImageReaders;
import org.crystallite.tem.lattice.LatticeAnalyzer;
import org.crystallite.tem.lattice.LatticeFit;
import org.crystallite.tem.lattice.LatticeMeasurement;

/**
 * TEM: calibrated FFT of a real Gatan DM3 STEM image (a moiré hologram, BSD-3) with spot
 * detection and the two-dimensional lattice fit, compared with the moiré periodicities the
 * STEM Moiré GPA authors report for the same file.
 */
final class TemDemoSection implements DemoSection {

    private static final double PEER_HORIZONTAL_NM = 1.615;
    private static final double PEER_VERTICAL_NM = 2.902;

    @Override
    public String title() {
        return "TEM: calibrated FFT and lattice fit of a STEM moiré image (Gatan DM3)";
    }

    @Override
    public void run(OutputDirectory out, HtmlReport report) throws Exception {
        Path file = BundledData.extract("STEM_Moire_Hologram.dm3");
        CalibratedImage image = ImageReaders.read(file);
        LatticeMeasurement m = new LatticeAnalyzer().measure(image);
        TemReport.spectrumPng(m, out.path("tem_moire_fft.png"));

        Map<String, Object> facts = new LinkedHashMap<>();
        facts.put("image", image.width() + " × " + image.height() + " px, " + image.pixelSizeNmX() + " nm/px (from the "
                + "DM3 calibration)");
        facts.put("spots (Friedel pairs checked)", m.spots().size());
        facts.put("warnings", m.warnings().isEmpty() ? "none" : String.join("; ", m.warnings()));
        report.keyValues(facts);
        Table.Builder lattice = Table.builder().column("quantity").column("value").column("σ").column("peer");
        LatticeFit fit = m.latticeFit().orElse(null);
        if (fit != null) {
            lattice.row("d1", fit.d1Nm(), fit.d1SigmaNm(), nearestPeer(fit.d1Nm()))
                    .row("d2", fit.d2Nm(), fit.d2SigmaNm(), nearestPeer(fit.d2Nm()))
                    .row("γ (°)", fit.gammaDeg(), fit.gammaSigmaDeg(), "");
            report.table(lattice.build(), "Fitted two-dimensional lattice (nm) against the moiré periodicities "
                    + "of the STEM Moiré GPA user guide");
        } else {
            report.paragraph("No lattice could be fitted to the detected spots.");
        }
        report.figure(out.path("tem_moire_fft.png"), "Log power spectrum (Hann window) with the detected spots "
                + "circled");
        report.table(TemReport.spotsTable(m), "Spots: reciprocal vector, d-spacing, angle and SNR");
    }

    /** The peer's moiré periodicity closest to a fitted spacing, for the comparison column. */
    private static String nearestPeer(double dNm) {
        boolean horizontal = Math.abs(dNm - PEER_HORIZONTAL_NM) < Math.abs(dNm - PEER_VERTICAL_NM);
        double peer = horizontal ? PEER_HORIZONTAL_NM : PEER_VERTICAL_NM;
        return String.format(java.util.Locale.ROOT, "%s moiré %.3f nm (%+.2f %%)", horizontal ? "horizontal" : "vertical",
                peer, 100 * (dNm - peer) / peer);
    }
}
