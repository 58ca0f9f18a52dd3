package org.crystallite.tem.radial;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import org.crystallite.tem.io.CalibratedImage;
import org.crystallite.tem.io.PixelType;
import org.crystallite.tem.lattice.Phase;

/**
 * Seeded synthetic SAED ring patterns of a cubic polycrystal: Gaussian rings (σ in px) at
 * g(hkl) = √(h²+k²+l²)/a on a diffuse background b₀ + b₁·exp(−r/60 px), an area-preserving elliptical
 * distortion (a/b = q, major axis at θ in image coordinates, y down) about a known centre, a beam
 * stop (a disc at the centre and an arm to the top-left corner, reading 2 counts), and Poisson noise.
 * Each pixel is the mean of 2×2 sub-samples before the noise.
 */
final class SyntheticRings {

    /** A pattern and what it was made with. */
    record Pattern(float[] pixels, int width, int height, double centreX, double centreY, double ratio,
            double thetaRad, double perNmPerPixel, boolean[] beamStop) {

        CalibratedImage calibrated(String name) {
            return CalibratedImage.builder(name, width, height, pixels, PixelType.FLOAT32)
                    .pixelSize(perNmPerPixel, perNmPerPixel, "1/nm", "1/nm").build();
        }

        CalibratedImage uncalibrated(String name) {
            return CalibratedImage.builder(name, width, height, pixels, PixelType.FLOAT32)
                    .uncalibrated("synthetic").build();
        }
    }

    private SyntheticRings() {
    }

    /** Allowed families of an F-centred cubic phase with h ≥ k ≥ l ≥ 0, up to h²+k²+l² = 27. */
    static List<int[]> fccFamilies() {
        List<int[]> out = new ArrayList<>();
        for (int s = 1; s <= 27; s++) {
            for (int h = 0; h * h <= s; h++) {
                for (int k = 0; k <= h; k++) {
                    for (int l = 0; l <= k; l++) {
                        if (h * h + k * k + l * l == s && (h + k) % 2 == 0 && (k + l) % 2 == 0) {
                            out.add(new int[] {h, k, l});
                        }
                    }
                }
            }
        }
        return out;
    }

    static Pattern fcc(Phase phase, int width, int height, double cx, double cy, double ratio, double thetaRad,
            double perNmPerPixel, double ringPeak, double ringSigmaPx, boolean beamStop, long seed) {
        double aNm = phase.aAng() / 10;
        List<double[]> rings = new ArrayList<>(); // radius px, amplitude
        for (int[] hkl : fccFamilies()) {
            int s = hkl[0] * hkl[0] + hkl[1] * hkl[1] + hkl[2] * hkl[2];
            double g = Math.sqrt(s) / aNm;
            // Decreasing amplitudes, roughly as a kinematic ring pattern (multiplicity × falling f²).
            double amplitude = ringPeak * (s == 3 ? 1.0 : s == 4 ? 0.6 : 0.9 / Math.sqrt(s - 2));
            rings.add(new double[] {g / perNmPerPixel, amplitude});
        }
        double c = Math.cos(thetaRad);
        double sn = Math.sin(thetaRad);
        SplittableRandom rnd = new SplittableRandom(seed);
        float[] px = new float[width * height];
        boolean[] stop = new boolean[width * height];
        double armX = -cx;
        double armY = -cy; // arm towards the top-left corner
        double armLength = Math.hypot(armX, armY);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                double sum = 0;
                for (int j = 0; j < 2; j++) {
                    for (int i = 0; i < 2; i++) {
                        double dx = x + (i + 0.5) / 2 - 0.5 - cx;
                        double dy = y + (j + 0.5) / 2 - 0.5 - cy;
                        double u = c * dx + sn * dy;
                        double v = -sn * dx + c * dy;
                        double r = Math.sqrt(u * u / ratio + v * v * ratio);
                        double value = 15 + 300 * Math.exp(-r / 60);
                        for (double[] ring : rings) {
                            double t = (r - ring[0]) / ringSigmaPx;
                            if (Math.abs(t) < 8) {
                                value += ring[1] * Math.exp(-0.5 * t * t);
                            }
                        }
                        sum += value;
                    }
                }
                double mean = sum / 4;
                double dx = x - cx;
                double dy = y - cy;
                double along = (dx * armX + dy * armY) / armLength;
                double across = Math.abs(dx * armY - dy * armX) / armLength;
                boolean blocked = beamStop && (Math.hypot(dx, dy) < 22 || (along > 0 && across < 5));
                stop[y * width + x] = blocked;
                px[y * width + x] = (float) poisson(rnd, blocked ? 2 : mean);
            }
        }
        return new Pattern(px, width, height, cx, cy, ratio, thetaRad, perNmPerPixel, stop);
    }

    /** Poisson deviate: Knuth's product method below 30, else the normal approximation (mean ≫ 1). */
    static double poisson(SplittableRandom rnd, double mean) {
        if (mean < 30) {
            double l = Math.exp(-mean);
            int k = 0;
            double p = 1;
            do {
                k++;
                p *= rnd.nextDouble();
            } while (p > l);
            return k - 1;
        }
        double u1 = rnd.nextDouble();
        double u2 = rnd.nextDouble();
        double z = Math.sqrt(-2 * Math.log(1 - u1)) * Math.cos(2 * Math.PI * u2);
        return Math.max(0, Math.round(mean + Math.sqrt(mean) * z));
    }
}
