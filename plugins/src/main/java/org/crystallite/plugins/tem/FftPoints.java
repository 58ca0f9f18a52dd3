package org.crystallite.plugins.tem;

import java.util.ArrayList;
import java.util.List;

import ij.ImagePlus;
import ij.gui.PointRoi;
import ij.gui.Roi;
import ij.measure.Calibration;
import ij.process.FloatPolygon;
import ij.process.ImageProcessor;

/**
 * The g-vectors marked with the Multi-point tool on a calibrated FFT window (made by "FFT (calibrated)"
 * or "Measure Lattice Spacings": pixel size Δg in 1/nm, origin on the zero frequency). A point stands
 * for the pixel it lies in; with snapping it moves to the brightest pixel within
 * {@value #SNAP_RADIUS_PX} pixels, since a click rarely hits the maximum of a spot. A point whose
 * Friedel mate was also marked counts once: the mask set adds the mate anyway.
 */
final class FftPoints {

    /** How far a point may move to the spot maximum: the Hann main lobe is ±2 pixels wide. */
    static final int SNAP_RADIUS_PX = 3;

    private FftPoints() {
    }

    /**
     * The reflections marked on {@code fft}, in the order of the points.
     *
     * @throws IllegalArgumentException when the window is not a calibrated FFT, has no point
     *         selection, or a point lies on the zero frequency
     */
    static List<ChosenSpot> gVectors(ImagePlus fft, boolean snap) {
        Calibration cal = fft.getCalibration();
        if (!"1/nm".equals(cal.getXUnit()) || !"1/nm".equals(cal.getYUnit())) {
            throw new IllegalArgumentException(fft.getTitle() + " is not calibrated in 1/nm (units '" + cal.getXUnit()
                    + "'); make the FFT with FFT (calibrated)");
        }
        Roi roi = fft.getRoi();
        if (!(roi instanceof PointRoi)) {
            throw new IllegalArgumentException(fft.getTitle()
                    + " has no point selection; mark the spots with the Multi-point tool");
        }
        ImageProcessor ip = fft.getProcessor();
        FloatPolygon points = roi.getFloatPolygon();
        List<ChosenSpot> out = new ArrayList<>();
        for (int i = 0; i < points.npoints; i++) {
            int column = clamp((int) Math.floor(points.xpoints[i]), ip.getWidth());
            int row = clamp((int) Math.floor(points.ypoints[i]), ip.getHeight());
            if (snap) {
                int[] best = brightestNear(ip, column, row);
                column = best[0];
                row = best[1];
            }
            double gx = (column - cal.xOrigin) * cal.pixelWidth;
            double gy = (row - cal.yOrigin) * cal.pixelHeight;
            if (gx == 0 && gy == 0) {
                throw new IllegalArgumentException(fft.getTitle() + ": point " + (i + 1)
                        + " lies on the zero frequency (the mean), not on a lattice spot");
            }
            if (!markedBefore(out, gx, gy, cal)) {
                out.add(new ChosenSpot(gx, gy, Double.NaN));
            }
        }
        return out;
    }

    private static int clamp(int i, int n) {
        return Math.max(0, Math.min(n - 1, i));
    }

    private static int[] brightestNear(ImageProcessor ip, int column, int row) {
        int[] best = {column, row};
        float max = ip.getf(column, row);
        for (int y = Math.max(0, row - SNAP_RADIUS_PX); y <= Math.min(ip.getHeight() - 1, row + SNAP_RADIUS_PX); y++) {
            for (int x = Math.max(0, column - SNAP_RADIUS_PX); x <= Math.min(ip.getWidth() - 1, column + SNAP_RADIUS_PX);
                    x++) {
                if (ip.getf(x, y) > max) {
                    max = ip.getf(x, y);
                    best[0] = x;
                    best[1] = y;
                }
            }
        }
        return best;
    }

    /** True when ±(gx, gy) lies within one reciprocal pixel of a reflection already in {@code spots}. */
    private static boolean markedBefore(List<ChosenSpot> spots, double gx, double gy, Calibration cal) {
        for (ChosenSpot s : spots) {
            for (int sign = -1; sign <= 1; sign += 2) {
                double dx = (sign * gx - s.gx()) / cal.pixelWidth;
                double dy = (sign * gy - s.gy()) / cal.pixelHeight;
                if (Math.hypot(dx, dy) <= 1) {
                    return true;
                }
            }
        }
        return false;
    }
}
