package org.crystallite.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.crystallite.report.Table;
import org.crystallite.xrd.lattice.PawleyPhaseResult;
import org.crystallite.xrd.lattice.PawleyReflection;
import org.crystallite.xrd.lattice.PawleyResult;
import org.crystallite.xrd.lattice.PawleyWidths;
import org.crystallite.xrd.lattice.Reflection;
import org.crystallite.xrd.lattice.ShiftTerm;

/**
 * JSON object and CSV table of the Pawley route of {@code crystallite xrd lattice} (field names documented in
 * docs/cli.md; each phase object keeps the single-phase names a, b, c, alpha, beta, gamma, volume and their
 * {@code _sigma}).
 */
final class XrdPawleyJson {

    private static final List<String> PHASE_PROFILE = List.of("U", "V", "W", "etaLow", "etaHigh");

    private XrdPawleyJson() {
    }

    static Map<String, Object> pawley(PawleyResult r, XrdInput input) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("file", input.file().toString());
        out.put("method", "pawley");
        out.put("wavelength", r.wavelengthAngstrom());
        out.put("radiation", XrdJson.radiation(input.radiation()));
        out.put("wavelengthSource", input.wavelengthSource());
        out.put("kAlpha2", r.kAlpha2());
        out.put("widths", r.widths().cliName());
        out.put("range", List.of(r.fit().curves().x()[0], r.fit().curves().x()[r.fit().curves().x().length - 1]));
        out.put("phases", r.phases().stream().map(p -> phase(p, r.widths())).toList());
        Map<String, Object> shift = new LinkedHashMap<>();
        shift.put("model", r.shift().toString());
        for (ShiftTerm t : r.shift().ordered()) {
            shift.put(t.parameterName(), r.shiftValue(t));
            shift.put(t.parameterName() + "_sigma", r.shiftSigma(t));
        }
        out.put("shift", shift);
        out.put("chi2", r.fit().chi2());
        out.put("chi2r", r.fit().reducedChi2());
        out.put("rwp", r.fit().rwp());
        out.put("points", r.fit().points());
        out.put("freeParameters", r.fit().freeParameters().size());
        out.put("converged", r.fit().converged());
        out.put("parameters", r.parameterNames());
        out.put("correlation", r.correlation());
        out.put("sigmaScaling", "standard errors scaled by sqrt(chi2r)");
        List<String> warnings = new ArrayList<>(input.warnings());
        warnings.addAll(r.warnings());
        out.put("warnings", warnings);
        return out;
    }

    private static Map<String, Object> phase(PawleyPhaseResult p, PawleyWidths widths) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", p.phase().name());
        m.put("system", p.phase().system().name().toLowerCase(Locale.ROOT));
        m.put("conditions", p.phase().conditions().toString());
        double[] v = {p.cell().a(), p.cell().b(), p.cell().c(), p.cell().alphaDeg(), p.cell().betaDeg(),
                p.cell().gammaDeg()};
        double[] s = p.cellSigma();
        String[] names = {"a", "b", "c", "alpha", "beta", "gamma"};
        for (int i = 0; i < 6; i++) {
            m.put(names[i], v[i]);
            m.put(names[i] + "_sigma", s[i]);
        }
        m.put("volume", p.volume());
        m.put("volume_sigma", p.volumeSigma());
        if (widths == PawleyWidths.PHASE) {
            Map<String, Object> profile = new LinkedHashMap<>();
            for (int k = 0; k < PHASE_PROFILE.size(); k++) {
                profile.put(PHASE_PROFILE.get(k), p.profileParameters()[k]);
                profile.put(PHASE_PROFILE.get(k) + "_sigma", p.profileSigma()[k]);
            }
            m.put("profile", profile);
        }
        m.put("reflections", p.reflections().stream().map(XrdPawleyJson::reflection).toList());
        m.put("dropped", p.dropped().stream().map(Reflection::label).toList());
        return m;
    }

    private static Map<String, Object> reflection(PawleyReflection x) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("hkl", x.reflection().hkl().toArray());
        m.put("forms", x.reflection().label());
        m.put("multiplicity", x.reflection().multiplicity());
        m.put("twoThetaCalc", x.twoThetaDeg());
        m.put("d", x.dAngstrom());
        m.put("area", x.area());
        m.put("area_sigma", x.areaSigma());
        m.put("fwhm", x.fwhmDeg());
        m.put("eta", x.eta());
        m.put("localChi2r", x.localReducedChi2());
        return m;
    }

    /** One row per refined reflection of every phase, units in the header. */
    static Table reflectionTable(PawleyResult r) {
        Table.Builder b = Table.builder().column("phase", "").column("h", "").column("k", "").column("l", "")
                .column("forms", "").column("multiplicity", "").column("twoThetaCalc", "°").column("d", "Å")
                .column("area", "counts·°").column("area_sigma", "counts·°").column("fwhm", "°").column("eta", "")
                .column("localChi2r", "");
        for (PawleyPhaseResult p : r.phases()) {
            for (PawleyReflection x : p.reflections()) {
                var hkl = x.reflection().hkl();
                b.row(p.phase().name(), hkl.h(), hkl.k(), hkl.l(), x.reflection().label(),
                        x.reflection().multiplicity(), x.twoThetaDeg(), x.dAngstrom(), x.area(), x.areaSigma(),
                        x.fwhmDeg(), x.eta(), x.localReducedChi2());
            }
        }
        return b.build();
    }
}
