package org.crystallite.plugins.tem;

import java.util.List;
import java.util.Optional;

import org.crystallite.tem.lattice.FieldVariation;
import org.crystallite.tem.lattice.HklMatch;
import org.crystallite.tem.lattice.IndexedReflection;
import org.crystallite.tem.lattice.LatticeCalibration;
import org.crystallite.tem.lattice.LatticeFit;
import org.crystallite.tem.lattice.LatticeMeasurement;
import org.crystallite.tem.lattice.Spot;
import org.crystallite.tem.lattice.ZoneAxisMatch;

import ij.measure.ResultsTable;

/**
 * Writes lattice results into ImageJ tables, one row per item, the image title in the "Image" column
 * and units in the headings. Standard errors are NaN where the engine has none (fewer than three
 * indexed reflections).
 */
final class LatticeTables {

    static final String SPOTS = "Lattice Spots";
    static final String REFLECTIONS = "Lattice Reflections";
    static final String SPACINGS = "Lattice Spacings";
    static final String CALIBRATION = "Lattice Calibration";

    private LatticeTables() {
    }

    /** One row per accepted spot (both members of every Friedel pair), positions in the FFT image. */
    static void addSpots(ResultsTable rt, String image, List<Spot> spots) {
        for (int i = 0; i < spots.size(); i++) {
            Spot s = spots.get(i);
            rt.incrementCounter();
            rt.addValue("Image", image);
            rt.addValue("Spot", i + 1);
            rt.addValue("FFT x (px)", s.column());
            rt.addValue("FFT y (px)", s.row());
            rt.addValue("gx (1/nm)", s.gx());
            rt.addValue("gy (1/nm)", s.gy());
            rt.addValue("g (1/nm)", s.g());
            rt.addValue("d (nm)", s.dNm());
            rt.addValue("Angle (deg)", s.angleDeg());
            rt.addValue("SNR", s.snr());
            rt.addValue("Friedel mate", s.friedelMate() + 1);
        }
    }

    /**
     * One row per indexed reflection (Friedel pair) of the fitted lattice: h, k and its spacing; with a
     * phase also the best-matching hkl family, its calculated spacing and the relative difference.
     */
    static void addReflections(ResultsTable rt, String image, LatticeFit fit,
            Optional<PhaseSettings.PhaseMatch> phase) {
        for (IndexedReflection r : fit.reflections()) {
            rt.incrementCounter();
            rt.addValue("Image", image);
            rt.addValue("h", r.h());
            rt.addValue("k", r.k());
            rt.addValue("d (nm)", r.dNm());
            rt.addValue("g (1/nm)", 1.0 / r.dNm());
            rt.addValue("Angle (deg)", Math.toDegrees(Math.atan2(-r.gy(), r.gx())));
            rt.addValue("SNR", r.snr());
            rt.addValue("Residual (1/nm)", r.residual());
            phase.ifPresent(p -> {
                List<HklMatch> matches = p.matcher().match(r.dNm(), p.phase());
                HklMatch best = matches.isEmpty() ? null : matches.get(0);
                rt.addValue("Phase", p.phase().name());
                rt.addValue("hkl", best == null ? "" : best.label());
                rt.addValue("d calc (nm)", best == null ? Double.NaN : best.dCalcNm());
                rt.addValue("d error (%)", best == null ? Double.NaN : 100 * best.relativeError());
            });
        }
    }

    /**
     * One row per image: the lattice basis (d1 ≥ d2, the angle γ between the plane normals) with
     * standard errors, the counts behind it, how much d1 and d2 differ between the quadrants of the
     * region (scan distortion; NaN when a quadrant is too small to resolve the spot), the pixel size used and whether a calibration was applied.
     * Without a lattice the spacing columns are NaN and "Spots" still says what was found. With a
     * phase, the zone axis that best explains (d1, d2, angle) within 2°, or empty.
     */
    static void addSpacings(ResultsTable rt, String image, LatticeMeasurement m,
            Optional<PhaseSettings.PhaseMatch> phase) {
        rt.incrementCounter();
        rt.addValue("Image", image);
        LatticeFit fit = m.lattice();
        rt.addValue("d1 (nm)", fit == null ? Double.NaN : fit.d1Nm());
        rt.addValue("d1 SE (nm)", fit == null ? Double.NaN : fit.d1SigmaNm());
        rt.addValue("d2 (nm)", fit == null ? Double.NaN : fit.d2Nm());
        rt.addValue("d2 SE (nm)", fit == null ? Double.NaN : fit.d2SigmaNm());
        rt.addValue("Angle (deg)", fit == null ? Double.NaN : fit.gammaDeg());
        rt.addValue("Angle SE (deg)", fit == null ? Double.NaN : fit.gammaSigmaDeg());
        rt.addValue("g1 direction (deg)", fit == null ? Double.NaN : Math.toDegrees(Math.atan2(-fit.g1y(), fit.g1x())));
        rt.addValue("Spots", m.spots().size());
        rt.addValue("Indexed", fit == null ? 0 : fit.reflections().size());
        rt.addValue("Unindexed", fit == null ? 0 : fit.unindexed());
        rt.addValue("RMS residual (1/nm)", fit == null ? Double.NaN : fit.rmsResidual());
        rt.addValue("d1 quadrant spread (%)",
                m.fieldVariationIfAny().map(FieldVariation::d1SpreadPercent).orElse(Double.NaN));
        rt.addValue("d2 quadrant spread (%)",
                m.fieldVariationIfAny().map(FieldVariation::d2SpreadPercent).orElse(Double.NaN));
        rt.addValue("Pixel x (nm)", m.spectrum().pixelSizeNmX());
        rt.addValue("Pixel y (nm)", m.spectrum().pixelSizeNmY());
        LatticeCalibration c = m.calibration();
        rt.addValue("Scale x", c.scaleX());
        rt.addValue("Scale y", c.scaleY());
        rt.addValue("Shear", c.shear());
        phase.ifPresent(p -> {
            List<ZoneAxisMatch> axes = fit == null ? List.of() : p.matcher().zoneAxes(fit.d1Nm(), fit.d2Nm(),
                    fit.gammaDeg(), p.phase(), PhaseSettings.ZONE_AXIS_TOLERANCE_DEG);
            rt.addValue("Phase", p.phase().name());
            rt.addValue("Zone axis", axes.isEmpty() ? "" : axes.get(0).label());
        });
    }

    /** One row per calibration: the scale factors with their standard errors and the corrected pixel size. */
    static void addCalibration(ResultsTable rt, String image, LatticeCalibration c) {
        rt.incrementCounter();
        rt.addValue("Image", image);
        rt.addValue("Scale x", c.scaleX());
        rt.addValue("Scale x SE", c.scaleXSigma());
        rt.addValue("Scale y", c.scaleY());
        rt.addValue("Scale y SE", c.scaleYSigma());
        rt.addValue("Shear", c.shear());
        rt.addValue("Shear SE", c.shearSigma());
        rt.addValue("Nominal pixel x (nm)", c.nominalPixelSizeNmX());
        rt.addValue("Nominal pixel y (nm)", c.nominalPixelSizeNmY());
        rt.addValue("Corrected pixel x (nm)", c.scaleX() * c.nominalPixelSizeNmX());
        rt.addValue("Corrected pixel y (nm)", c.scaleY() * c.nominalPixelSizeNmY());
        List<Double> known = c.knownDNm();
        rt.addValue("Known d1 (nm)", known.isEmpty() ? Double.NaN : known.get(0));
        rt.addValue("Known d2 (nm)", known.size() < 2 ? Double.NaN : known.get(1));
        rt.addValue("Known angle (deg)", c.knownAngleDeg());
    }
}
