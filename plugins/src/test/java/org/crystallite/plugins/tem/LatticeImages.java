package org.crystallite.plugins.tem;

import java.util.Random;

import ij.ImagePlus;
import ij.measure.Calibration;
import ij.process.FloatProcessor;

/**
 * Seeded synthetic HRTEM-like images of a rectangular lattice: plane spacings {@code dxNm} along x
 * and {@code dyNm} along y, i.e. reciprocal basis g1 = (1/dx, 0), g2 = (0, 1/dy), with the
 * reflections (1,0), (0,1), (1,1), (1,−1), (2,0), (0,2) as cosines of decreasing amplitude, random
 * phases and Gaussian noise.
 */
final class LatticeImages {

    private static final int[][] REFLECTIONS = {{1, 0}, {0, 1}, {1, 1}, {1, -1}, {2, 0}, {0, 2}};
    private static final double[] AMPLITUDES = {10, 10, 5, 5, 2.5, 2.5};

    private LatticeImages() {
    }

    static float[] pixels(int width, int height, double pixelNm, double dxNm, double dyNm, double noise, long seed) {
        Random rnd = new Random(seed);
        double[] phase = new double[REFLECTIONS.length];
        for (int k = 0; k < phase.length; k++) {
            phase[k] = 2 * Math.PI * rnd.nextDouble();
        }
        float[] px = new float[width * height];
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                double v = 100;
                for (int k = 0; k < REFLECTIONS.length; k++) {
                    double argument = REFLECTIONS[k][0] * x * pixelNm / dxNm + REFLECTIONS[k][1] * y * pixelNm / dyNm;
                    v += AMPLITUDES[k] * Math.cos(2 * Math.PI * argument + phase[k]);
                }
                px[y * width + x] = (float) (v + noise * rnd.nextGaussian());
            }
        }
        return px;
    }

    /**
     * The lattice drawn with the true pixel size {@code pixelNm}, but calibrated as
     * {@code nominalX × nominalY} nm (a miscalibrated scan when they differ from {@code pixelNm}).
     */
    static ImagePlus image(String title, int width, int height, double pixelNm, double nominalX, double nominalY,
            double dxNm, double dyNm, double noise, long seed) {
        ImagePlus imp = new ImagePlus(title,
                new FloatProcessor(width, height, pixels(width, height, pixelNm, dxNm, dyNm, noise, seed)));
        Calibration cal = new Calibration();
        cal.pixelWidth = nominalX;
        cal.pixelHeight = nominalY;
        cal.setXUnit("nm");
        cal.setYUnit("nm");
        imp.setCalibration(cal);
        return imp;
    }
}
