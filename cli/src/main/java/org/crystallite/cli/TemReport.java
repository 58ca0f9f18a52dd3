package org.crystallite.cli;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.imageio.ImageIO;

import org.crystallite.report.Table;
import org.crystallite.tem.fft.PowerSpectrum;
import org.crystallite.tem.io.CalibratedImage;
import org.crystallite.tem.lattice.CalibrationJson;
import org.crystallite.tem.lattice.FieldVariation;
import org.crystallite.tem.lattice.HklMatch;
import org.crystallite.tem.lattice.IndexedReflection;
import org.crystallite.tem.lattice.LatticeCalibration;
import org.crystallite.tem.lattice.LatticeFit;
import org.crystallite.tem.lattice.LatticeMeasurement;
import org.crystallite.tem.lattice.Phase;
import org.crystallite.tem.lattice.PhaseMatcher;
import org.crystallite.tem.lattice.QuadrantSpacing;
import org.crystallite.tem.lattice.Spot;
import org.crystallite.tem.lattice.ZoneAxisMatch;

/** JSON, CSV and PNG renderings of a {@link LatticeMeasurement} (field names documented in docs/cli.md). */
public final class TemReport {

    private TemReport() {
    }

    /** The {@code tem fft} JSON object. */
    static Map<String, Object> json(String file, CalibratedImage image, LatticeMeasurement m, List<Phase> phases,
            double matchTolerance, double angleToleranceDeg, boolean calibrated) {
        PowerSpectrum ps = m.spectrum();
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("file", file);
        out.put("pixelSizeNm", image.pixelSizeNmX());
        out.put("pixelSizeNmX", image.pixelSizeNmX());
        out.put("pixelSizeNmY", image.pixelSizeNmY());
        out.put("roi", ps.region().toList());
        out.put("reciprocalPixelX", ps.reciprocalPixelX());
        out.put("reciprocalPixelY", ps.reciprocalPixelY());
        out.put("window", ps.options().window().name().toLowerCase(java.util.Locale.ROOT));
        out.put("periodicSmooth", ps.options().periodicPlusSmooth());
        List<Map<String, Object>> spots = new ArrayList<>();
        PhaseMatcher matcher = new PhaseMatcher(matchTolerance);
        for (Spot s : m.spots()) {
            Map<String, Object> o = new LinkedHashMap<>();
            o.put("d_nm", s.dNm());
            o.put("angleDeg", s.angleDeg());
            o.put("snr", s.snr());
            o.put("gx", s.gx());
            o.put("gy", s.gy());
            o.put("column", s.column());
            o.put("row", s.row());
            o.put("friedelMate", s.friedelMate());
            if (!phases.isEmpty()) {
                o.put("matches", matches(matcher, s.dNm(), phases));
            }
            spots.add(o);
        }
        out.put("spots", spots);
        out.put("lattice", m.latticeFit().map(f -> lattice(f, matcher, phases, angleToleranceDeg)).orElse(null));
        out.put("fieldVariation", m.fieldVariationIfAny().map(TemReport::fieldVariation).orElse(null));
        if (calibrated) {
            out.put("calibration", CalibrationJson.toMap(m.calibration()));
        }
        out.put("warnings", m.warnings());
        return out;
    }

    private static Map<String, Object> lattice(LatticeFit f, PhaseMatcher matcher, List<Phase> phases,
            double angleToleranceDeg) {
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("d1_nm", f.d1Nm());
        o.put("d1_nm_sigma", f.d1SigmaNm());
        o.put("d2_nm", f.d2Nm());
        o.put("d2_nm_sigma", f.d2SigmaNm());
        o.put("gammaDeg", f.gammaDeg());
        o.put("gammaDeg_sigma", f.gammaSigmaDeg());
        o.put("g1", List.of(f.g1x(), f.g1y()));
        o.put("g2", List.of(f.g2x(), f.g2y()));
        o.put("rmsResidual", f.rmsResidual());
        o.put("unindexed", f.unindexed());
        List<Map<String, Object>> refl = new ArrayList<>();
        for (IndexedReflection r : f.reflections()) {
            Map<String, Object> x = new LinkedHashMap<>();
            x.put("h", r.h());
            x.put("k", r.k());
            x.put("d_nm", r.dNm());
            x.put("gx", r.gx());
            x.put("gy", r.gy());
            x.put("snr", r.snr());
            x.put("residual", r.residual());
            refl.add(x);
        }
        o.put("reflections", refl);
        if (!phases.isEmpty()) {
            o.put("d1_matches", matches(matcher, f.d1Nm(), phases));
            o.put("d2_matches", matches(matcher, f.d2Nm(), phases));
            List<Map<String, Object>> zones = new ArrayList<>();
            for (Phase p : phases) {
                for (ZoneAxisMatch z : matcher.zoneAxes(f.d1Nm(), f.d2Nm(), f.gammaDeg(), p, angleToleranceDeg)) {
                    Map<String, Object> x = new LinkedHashMap<>();
                    x.put("phase", z.phase());
                    x.put("uvw", z.label());
                    x.put("hkl1", HklLabels.of(z.hkl1()));
                    x.put("hkl2", HklLabels.of(z.hkl2()));
                    x.put("angleDeg", z.angleCalcDeg());
                    zones.add(x);
                }
            }
            o.put("zoneAxes", zones);
        }
        return o;
    }

    private static Map<String, Object> fieldVariation(FieldVariation v) {
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("d1SpreadPercent", v.d1SpreadPercent());
        o.put("d2SpreadPercent", v.d2SpreadPercent());
        List<Map<String, Object>> quadrants = new ArrayList<>();
        for (QuadrantSpacing q : v.quadrants()) {
            Map<String, Object> x = new LinkedHashMap<>();
            x.put("name", q.name());
            x.put("roi", q.roi().toList());
            x.put("d1_nm", q.d1Nm());
            x.put("d2_nm", q.d2Nm());
            quadrants.add(x);
        }
        o.put("quadrants", quadrants);
        return o;
    }

    private static List<Map<String, Object>> matches(PhaseMatcher matcher, double dNm, List<Phase> phases) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (Phase p : phases) {
            for (HklMatch h : matcher.match(dNm, p)) {
                Map<String, Object> o = new LinkedHashMap<>();
                o.put("phase", h.phase());
                o.put("hkl", h.label());
                o.put("d_nm", h.dCalcNm());
                o.put("relativeError", h.relativeError());
                o.put("multiplicity", 2 * h.hkl().size());
                out.add(o);
            }
        }
        return out;
    }

    /** One row per spot, units in the header. */
    public static Table spotsTable(LatticeMeasurement m) {
        Table.Builder t = Table.builder().column("d", "nm").column("angle", "deg").column("snr")
                .column("gx", "1/nm").column("gy", "1/nm").column("column", "px").column("row", "px")
                .column("friedelMate");
        for (Spot s : m.spots()) {
            t.row(s.dNm(), s.angleDeg(), s.snr(), s.gx(), s.gy(), s.column(), s.row(), s.friedelMate());
        }
        return t.build();
    }

    /** Writes the log power spectrum as a grey PNG with a circle around every spot. */
    public static void spectrumPng(LatticeMeasurement m, Path file) throws IOException {
        PowerSpectrum ps = m.spectrum();
        int w = ps.width();
        int h = ps.height();
        byte[] grey = ps.logDisplay();
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        int[] rgb = new int[w * h];
        for (int i = 0; i < rgb.length; i++) {
            int g = grey[i] & 0xff;
            rgb[i] = (g << 16) | (g << 8) | g;
        }
        img.setRGB(0, 0, w, h, rgb, 0, w);
        Graphics2D g = img.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            float radius = Math.max(4, Math.min(w, h) / 100f);
            g.setStroke(new BasicStroke(Math.max(1, radius / 4)));
            g.setColor(new Color(255, 200, 0));
            for (Spot s : m.spots()) {
                g.drawOval((int) Math.round(s.column() - radius), (int) Math.round(s.row() - radius),
                        Math.round(2 * radius), Math.round(2 * radius));
            }
        } finally {
            g.dispose();
        }
        if (!ImageIO.write(img, "png", file.toFile())) {
            throw new IOException(file + ": no PNG writer available");
        }
    }

    /** The {@code tem calibrate} JSON object. */
    static Map<String, Object> calibrationJson(String file, CalibratedImage image, LatticeMeasurement m,
            LatticeCalibration c, Path calibrationFile) {
        LatticeFit measured = m.lattice();
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("file", file);
        out.put("pixelSizeNmX", image.pixelSizeNmX());
        out.put("pixelSizeNmY", image.pixelSizeNmY());
        Map<String, Object> before = new LinkedHashMap<>();
        before.put("d1_nm", measured.d1Nm());
        before.put("d1_nm_sigma", measured.d1SigmaNm());
        before.put("d2_nm", measured.d2Nm());
        before.put("d2_nm_sigma", measured.d2SigmaNm());
        before.put("gammaDeg", measured.gammaDeg());
        before.put("gammaDeg_sigma", measured.gammaSigmaDeg());
        out.put("measured", before);
        out.put("calibration", CalibrationJson.toMap(c));
        out.put("calibratedPixelSizeNmX", image.pixelSizeNmX() * c.scaleX());
        out.put("calibratedPixelSizeNmY", image.pixelSizeNmY() * c.scaleY());
        out.put("calibrationFile", calibrationFile.toString());
        out.put("fieldVariation", m.fieldVariationIfAny().map(TemReport::fieldVariation).orElse(null));
        out.put("warnings", m.warnings());
        return out;
    }
}
