package org.crystallite.cli;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.crystallite.report.Table;
import org.crystallite.xrd.peaks.Measured;
import org.crystallite.xrd.peaks.PeakList;
import org.crystallite.xrd.peaks.PeakWindow;
import org.crystallite.xrd.peaks.XrdPeak;
import org.crystallite.xrd.radiation.Radiation;

/** JSON objects and CSV tables of the {@code xrd} commands (field names documented in docs/cli.md). */
final class XrdJson {

    private XrdJson() {
    }

    static Map<String, Object> radiation(Radiation r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", r.name());
        m.put("lambda1", r.kAlpha1Angstrom());
        if (r.isDoublet()) {
            m.put("lambda2", r.kAlpha2Angstrom().getAsDouble());
            m.put("ratio", r.kAlpha2Ratio());
        }
        return m;
    }

    private static void put(Map<String, Object> m, String name, Measured v) {
        m.put(name, v.value());
        m.put(name + "_sigma", v.sigma());
    }

    static Map<String, Object> peak(XrdPeak p) {
        Map<String, Object> m = new LinkedHashMap<>();
        put(m, "twoTheta", p.twoThetaDeg());
        put(m, "d", p.dAngstrom());
        put(m, "fwhm", p.fwhmDeg());
        put(m, "integralBreadth", p.integralBreadthDeg());
        put(m, "area", p.area());
        put(m, "height", p.height());
        put(m, p.shapeParameterName(), p.shapeParameter());
        if (p.fwhmGaussianDeg().isDefined()) {
            put(m, "fwhmG", p.fwhmGaussianDeg());
            put(m, "fwhmL", p.fwhmLorentzianDeg());
        }
        m.put("window", p.window());
        m.put("chi2r", p.windowReducedChi2());
        return m;
    }

    static Map<String, Object> peaks(PeakList list, XrdInput input, List<String> extraWarnings) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("file", input.file().toString());
        out.put("wavelength", list.radiation().kAlpha1Angstrom());
        out.put("radiation", radiation(list.radiation()));
        out.put("wavelengthSource", input.wavelengthSource());
        out.put("profile", list.profile().cliName());
        out.put("doublet", list.radiation().isDoublet());
        out.put("peaks", list.peaks().stream().map(XrdJson::peak).toList());
        out.put("windows", list.windows().stream().map(XrdJson::window).toList());
        out.put("sigmaScaling", org.crystallite.report.FitReport.SIGMA_SCALING);
        List<String> warnings = new java.util.ArrayList<>(input.warnings());
        warnings.addAll(extraWarnings);
        warnings.addAll(list.warnings());
        out.put("warnings", warnings);
        return out;
    }

    private static Map<String, Object> window(PeakWindow w) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("min", w.minDeg());
        m.put("max", w.maxDeg());
        m.put("peaks", w.peakCount());
        m.put("points", w.fit().points());
        m.put("chi2r", w.reducedChi2());
        m.put("converged", w.fit().converged());
        return m;
    }

    /** One row per peak, units in the header. */
    static Table peakTable(PeakList list) {
        Table.Builder b = Table.builder().column("twoTheta", "°").column("twoTheta_sigma", "°").column("d", "Å")
                .column("d_sigma", "Å").column("fwhm", "°").column("fwhm_sigma", "°").column("integralBreadth", "°")
                .column("integralBreadth_sigma", "°").column("area", "counts·°").column("area_sigma", "counts·°")
                .column("height", "counts").column("height_sigma", "counts")
                .column(list.profile().shapeParameterName(), "").column(list.profile().shapeParameterName() + "_sigma", "")
                .column("chi2r", "");
        for (XrdPeak p : list.peaks()) {
            b.row(p.twoThetaDeg().value(), p.twoThetaDeg().sigma(), p.dAngstrom().value(), p.dAngstrom().sigma(),
                    p.fwhmDeg().value(), p.fwhmDeg().sigma(), p.integralBreadthDeg().value(),
                    p.integralBreadthDeg().sigma(), p.area().value(), p.area().sigma(), p.height().value(),
                    p.height().sigma(), p.shapeParameter().value(), p.shapeParameter().sigma(), p.windowReducedChi2());
        }
        return b.build();
    }
}
