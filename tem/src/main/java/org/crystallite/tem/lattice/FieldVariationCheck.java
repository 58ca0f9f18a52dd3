package org.crystallite.tem.lattice;

import java.util.ArrayList;
import java.util.List;

import org.crystallite.tem.fft.FftEngine;
import org.crystallite.tem.fft.FftOptions;
import org.crystallite.tem.fft.PowerSpectrum;
import org.crystallite.tem.fft.Roi;
import org.crystallite.tem.io.CalibratedImage;

/**
 * Measures the basis reflections of a fitted lattice again in each quadrant of the analysed region,
 * with the same FFT, spot and calibration settings, and reports how much the spacings differ
 * ({@link FieldVariation}). A reflection counts as found in a quadrant when a detected spot lies within
 * one quadrant-spectrum pixel of the whole-image g.
 */
final class FieldVariationCheck {

    private static final String[] NAMES = {"top-left", "top-right", "bottom-left", "bottom-right"};

    private final FftOptions fftOptions;
    private final SpotDetector detector;
    private final LatticeCalibration calibration;

    FieldVariationCheck(FftOptions fftOptions, SpotOptions spotOptions, LatticeCalibration calibration) {
        this.fftOptions = fftOptions;
        this.detector = new SpotDetector(spotOptions);
        this.calibration = calibration;
    }

    FieldVariation check(CalibratedImage image, LatticeFit whole) {
        Roi region = fftOptions.roi().orElse(Roi.whole(image.width(), image.height()));
        int leftWidth = region.width() / 2;
        int topHeight = region.height() / 2;
        if (leftWidth < Roi.MIN_SIDE_PX || topHeight < Roi.MIN_SIDE_PX) {
            return new FieldVariation(List.of(), Double.NaN, Double.NaN);
        }
        int[] xs = {region.x(), region.x() + leftWidth};
        int[] ws = {leftWidth, region.width() - leftWidth};
        int[] ys = {region.y(), region.y() + topHeight};
        int[] hs = {topHeight, region.height() - topHeight};
        List<QuadrantSpacing> quadrants = new ArrayList<>();
        for (int q = 0; q < 4; q++) {
            Roi roi = new Roi(xs[q % 2], ys[q / 2], ws[q % 2], hs[q / 2]);
            PowerSpectrum spectrum = new FftEngine(fftOptions.withRegion(roi)).powerSpectrum(image);
            List<Spot> spots = detector.detect(spectrum).spots().stream().map(calibration::correct).toList();
            double tolerance = Math.max(spectrum.reciprocalPixelX(), spectrum.reciprocalPixelY())
                    / Math.min(calibration.scaleX(), calibration.scaleY());
            quadrants.add(new QuadrantSpacing(NAMES[q], roi, spacingNear(spots, whole.g1x(), whole.g1y(), tolerance),
                    spacingNear(spots, whole.g2x(), whole.g2y(), tolerance)));
        }
        return new FieldVariation(quadrants, spreadPercent(quadrants, true, whole.d1Nm()),
                spreadPercent(quadrants, false, whole.d2Nm()));
    }

    /** d of the spot nearest to (gx, gy) when it lies within {@code tolerance} (1/nm), else NaN. */
    private static double spacingNear(List<Spot> spots, double gx, double gy, double tolerance) {
        Spot nearest = null;
        double best = tolerance;
        for (Spot s : spots) {
            double distance = Math.hypot(s.gx() - gx, s.gy() - gy);
            if (distance <= best) {
                best = distance;
                nearest = s;
            }
        }
        return nearest == null ? Double.NaN : nearest.dNm();
    }

    private static double spreadPercent(List<QuadrantSpacing> quadrants, boolean first, double wholeDNm) {
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        int found = 0;
        for (QuadrantSpacing q : quadrants) {
            double d = first ? q.d1Nm() : q.d2Nm();
            if (!Double.isNaN(d)) {
                min = Math.min(min, d);
                max = Math.max(max, d);
                found++;
            }
        }
        return found < 2 ? Double.NaN : 100 * (max - min) / wholeDNm;
    }
}
