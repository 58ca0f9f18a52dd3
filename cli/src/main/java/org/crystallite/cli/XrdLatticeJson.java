package org.crystallite.cli;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.crystallite.report.Table;
import org.crystallite.xrd.lattice.LatticeFit;
import org.crystallite.xrd.lattice.PatternCellRefinement;
import org.crystallite.xrd.lattice.PeakResidual;
import org.crystallite.xrd.lattice.ShiftTerm;

/** JSON object and CSV table of {@code crystallite xrd lattice} (field names documented in docs/cli.md). */
final class XrdLatticeJson {

    private XrdLatticeJson() {
    }

    static Map<String, Object> lattice(PatternCellRefinement.Result result, XrdInput input, String conditions) {
        LatticeFit fit = result.fit();
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("file", input.file().toString());
        out.put("system", fit.system().name().toLowerCase(java.util.Locale.ROOT));
        out.put("conditions", conditions);
        out.put("wavelength", fit.wavelengthAngstrom());
        out.put("radiation", XrdJson.radiation(input.radiation()));
        out.put("wavelengthSource", input.wavelengthSource());
        double[] v = {fit.cell().a(), fit.cell().b(), fit.cell().c(), fit.cell().alphaDeg(), fit.cell().betaDeg(),
                fit.cell().gammaDeg()};
        double[] s = fit.cellSigma();
        String[] names = {"a", "b", "c", "alpha", "beta", "gamma"};
        for (int i = 0; i < 6; i++) {
            out.put(names[i], v[i]);
            out.put(names[i] + "_sigma", s[i]);
        }
        out.put("volume", fit.volume());
        out.put("volume_sigma", fit.volumeSigma());
        Map<String, Object> shift = new LinkedHashMap<>();
        shift.put("model", fit.shift().toString());
        for (ShiftTerm t : fit.shift().ordered()) {
            shift.put(t.parameterName(), fit.shiftValue(t));
            shift.put(t.parameterName() + "_sigma", fit.shiftSigma(t));
        }
        out.put("shift", shift);
        out.put("chi2", fit.chi2());
        out.put("chi2r", fit.reducedChi2());
        out.put("peaksUsed", fit.peaksUsed());
        out.put("parameters", fit.parameterNames());
        out.put("correlation", fit.correlation());
        out.put("sigmaScaling", "standard errors scaled by sqrt(chi2r)");
        out.put("peaks", fit.peaks().stream().map(XrdLatticeJson::peak).toList());
        out.put("unindexed", fit.unindexed().stream().map(o -> o.twoThetaDeg()).toList());
        List<String> warnings = new java.util.ArrayList<>(input.warnings());
        warnings.addAll(result.warnings());
        warnings.addAll(fit.warnings());
        out.put("warnings", warnings);
        return out;
    }

    private static Map<String, Object> peak(PeakResidual p) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("hkl", p.reflection().hkl().toArray());
        m.put("forms", p.reflection().label());
        m.put("twoThetaObs", p.twoThetaObsDeg());
        m.put("twoThetaObs_sigma", p.sigmaDeg());
        m.put("twoThetaCalc", p.twoThetaCalcDeg());
        m.put("residual", p.residualDeg());
        m.put("d", p.dObsAngstrom());
        m.put("dCalc", p.dCalcAngstrom());
        m.put("used", p.used());
        m.put("outlier", p.outlier());
        m.put("ambiguous", p.ambiguous());
        return m;
    }

    /** One row per indexed peak, units in the header. */
    static Table peakTable(LatticeFit fit) {
        Table.Builder b = Table.builder().column("h", "").column("k", "").column("l", "").column("forms", "")
                .column("twoThetaObs", "°").column("twoThetaObs_sigma", "°").column("twoThetaCalc", "°")
                .column("residual", "°").column("d", "Å").column("dCalc", "Å").column("used", "")
                .column("outlier", "").column("ambiguous", "");
        for (PeakResidual p : fit.peaks()) {
            b.row(p.reflection().hkl().h(), p.reflection().hkl().k(), p.reflection().hkl().l(), p.reflection().label(),
                    p.twoThetaObsDeg(), p.sigmaDeg(), p.twoThetaCalcDeg(), p.residualDeg(), p.dObsAngstrom(),
                    p.dCalcAngstrom(), flag(p.used()), flag(p.outlier()), flag(p.ambiguous()));
        }
        return b.build();
    }

    private static String flag(boolean b) {
        return b ? "true" : "false";
    }
}
