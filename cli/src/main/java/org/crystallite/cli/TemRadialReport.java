package org.crystallite.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.crystallite.report.Plot;
import org.crystallite.report.Series;
import org.crystallite.report.Style;
import org.crystallite.report.Table;
import org.crystallite.tem.fft.Roi;
import org.crystallite.tem.io.CalibratedImage;
import org.crystallite.tem.lattice.HklMatch;
import org.crystallite.tem.radial.CameraCalibration;
import org.crystallite.tem.radial.CameraCalibrationJson;
import org.crystallite.tem.radial.EllipseGeometry;
import org.crystallite.tem.radial.GeometryFit;
import org.crystallite.tem.radial.PixelMask;
import org.crystallite.tem.radial.RadialProfile;
import org.crystallite.tem.radial.Ring;
import org.crystallite.tem.radial.RingAnalysis;
import org.crystallite.tem.radial.RingAnalyzer;

/** JSON, CSV and plot of a {@link RingAnalysis} ({@code tem radial}; field names documented in docs/cli.md). */
final class TemRadialReport {

    private TemRadialReport() {
    }

    /**
     * The masks a run was given.
     *
     * @param file           {@code --mask} image, or null
     * @param fromFile       its mask (whole image), or null
     * @param belowThreshold {@code --mask-below} value, or null
     */
    record Masks(Path file, PixelMask fromFile, Double belowThreshold) {

        /** Pixels of {@code region} that the mask image excludes (0 without one). */
        int fileExcludedPixels(Roi region) {
            return fromFile == null ? 0
                    : fromFile.crop(region.x(), region.y(), region.width(), region.height()).excludedCount();
        }
    }

    /** Name of the profile's radius: {@code g_per_nm} when calibrated, {@code radius_px} otherwise. */
    static String radiusField(RingAnalysis a) {
        return a.calibrated() ? "g_per_nm" : "radius_px";
    }

    static Map<String, Object> json(String file, CalibratedImage image, RingAnalysis a, Masks masks,
            String calibrationSource, CameraCalibration camera, Path savedCamera) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("file", file);
        out.put("mode", a.mode().name().toLowerCase(java.util.Locale.ROOT));
        out.put("width", image.width());
        out.put("height", image.height());
        out.put("roi", a.region().toList());
        out.put("unit", a.scale().unit());
        out.put("pixelSizeX", a.scale().x());
        out.put("pixelSizeY", a.scale().y());
        out.put("calibration", calibrationSource);
        GeometryFit g = a.geometry();
        EllipseGeometry e = g.geometry();
        Map<String, Object> centre = new LinkedHashMap<>();
        centre.put("x", e.centreX());
        centre.put("y", e.centreY());
        centre.put("x_sigma", g.centreXSigma());
        centre.put("y_sigma", g.centreYSigma());
        centre.put("refined", g.refined());
        out.put("centre", centre);
        Map<String, Object> ellipse = new LinkedHashMap<>();
        ellipse.put("ratio", e.ratio());
        ellipse.put("ratio_sigma", g.ratioSigma());
        ellipse.put("ellipticity", e.ellipticity());
        ellipse.put("angleDeg", e.majorAxisAngleDeg());
        ellipse.put("angleDeg_sigma", g.angleDegSigma());
        ellipse.put("points", g.points());
        ellipse.put("rings", g.rings());
        ellipse.put("rmsResidual", g.rmsResidual());
        out.put("ellipse", ellipse);
        out.put("maskedPixels", a.maskedPixels());
        Map<String, Object> mask = new LinkedHashMap<>();
        mask.put("file", masks.file() == null ? null : masks.file().toString());
        mask.put("fileExcludedPixels", masks.file() == null ? null : masks.fileExcludedPixels(a.region()));
        mask.put("below", masks.belowThreshold());
        mask.put("excludedPixels", a.maskedPixels());
        out.put("mask", mask);
        RadialProfile p = a.profile();
        Map<String, Object> profile = new LinkedHashMap<>();
        profile.put(radiusField(a), p.radius());
        profile.put("intensity", p.intensity());
        profile.put("intensity_sigma", p.sigma());
        profile.put("background", a.background());
        profile.put("pixels", p.pixels());
        profile.put("binWidth", p.binWidth());
        out.put("profile", profile);
        List<Map<String, Object>> rings = new ArrayList<>();
        for (Ring r : a.rings()) {
            Map<String, Object> o = new LinkedHashMap<>();
            o.put("g_per_nm", r.gPerNm());
            o.put("g_per_nm_sigma", r.gPerNmSigma());
            o.put("d_nm", r.dNm());
            o.put("d_nm_sigma", r.dNmSigma());
            o.put("radius_px", r.radiusPx());
            o.put("radius_px_sigma", r.radiusPxSigma());
            o.put("fwhm", r.fwhm());
            o.put("intensity", r.intensity());
            o.put("snr", r.snr());
            o.put("match", r.match().map(TemRadialReport::match).orElse(null));
            o.put("candidates", r.matches().stream().map(TemRadialReport::match).toList());
            rings.add(o);
        }
        out.put("rings", rings);
        if (camera != null) {
            Map<String, Object> c = new LinkedHashMap<>(CameraCalibrationJson.toMap(camera));
            if (savedCamera != null) {
                c.put("file", savedCamera.toString());
            }
            out.put("camera", c);
        }
        out.put("warnings", a.warnings());
        return out;
    }

    private static Map<String, Object> match(HklMatch m) {
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("phase", m.phase());
        o.put("hkl", RingAnalyzer.familyLabel(m));
        o.put("d_nm", m.dCalcNm());
        o.put("relativeError", m.relativeError());
        return o;
    }

    /** One row per bin with pixels. */
    static Table profileTable(RingAnalysis a) {
        String unit = a.scale().unit();
        Table.Builder t = Table.builder().column(a.calibrated() ? "g" : "radius", unit).column("intensity")
                .column("intensity_sigma").column("background").column("pixels");
        RadialProfile p = a.profile();
        double[] bg = a.background();
        for (int k = 0; k < p.size(); k++) {
            if (Double.isFinite(p.intensity(k))) {
                t.row(p.radius(k), p.intensity(k), p.sigma()[k], bg[k], p.pixels()[k]);
            }
        }
        return t.build();
    }

    /** One row per ring. */
    static Table ringTable(RingAnalysis a) {
        Table.Builder t = Table.builder().column("g", "1/nm").column("g_sigma", "1/nm").column("d", "nm")
                .column("d_sigma", "nm").column("radius", "px").column("radius_sigma", "px").column("intensity")
                .column("snr").column("phase").column("hkl").column("d_calc", "nm");
        for (Ring r : a.rings()) {
            HklMatch m = r.match().orElse(null);
            t.row(r.gPerNm(), r.gPerNmSigma(), r.dNm(), r.dNmSigma(), r.radiusPx(), r.radiusPxSigma(), r.intensity(),
                    r.snr(), m == null ? "" : m.phase(), m == null ? "" : RingAnalyzer.familyLabel(m),
                    m == null ? Double.NaN : m.dCalcNm());
        }
        return t.build();
    }

    /** The profile, its background and a marker at the top of every ring. */
    static Plot plot(RingAnalysis a, String title) {
        RadialProfile p = a.profile();
        double[] bg = a.background();
        List<double[]> data = new ArrayList<>();
        List<double[]> base = new ArrayList<>();
        for (int k = 0; k < p.size(); k++) {
            if (Double.isFinite(p.intensity(k))) {
                data.add(new double[] {p.radius(k), p.intensity(k)});
            }
            if (Double.isFinite(bg[k])) {
                base.add(new double[] {p.radius(k), bg[k]});
            }
        }
        double[] rx = new double[a.rings().size()];
        double[] ry = new double[a.rings().size()];
        for (int i = 0; i < rx.length; i++) {
            Ring r = a.rings().get(i);
            rx[i] = r.radius();
            int k = (int) Math.min(p.size() - 1, Math.round(r.radius() / p.binWidth()));
            ry[i] = (Double.isFinite(bg[k]) ? bg[k] : 0) + r.intensity();
        }
        List<Series> series = new ArrayList<>();
        series.add(new Series("azimuthal average", column(data, 0), column(data, 1), Style.LINE));
        if (!base.isEmpty()) {
            series.add(new Series("background (SNIP)", column(base, 0), column(base, 1), Style.DASHED));
        }
        if (rx.length > 0) {
            series.add(new Series("rings", rx, ry, Style.POINTS));
        }
        String x = a.calibrated() ? "g (1/nm)" : "radius (px)";
        return Plot.of(title, x, "mean intensity", series);
    }

    private static double[] column(List<double[]> rows, int c) {
        return rows.stream().mapToDouble(r -> r[c]).toArray();
    }
}
