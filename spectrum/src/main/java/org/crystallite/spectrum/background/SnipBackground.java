package org.crystallite.spectrum.background;

import org.crystallite.spectrum.ProcessingStep;

/**
 * SNIP background (statistics-sensitive non-linear iterative peak clipping; C. G. Ryan et al.,
 * Nucl. Instrum. Methods B 34 (1988) 396; M. Morháč et al., Nucl. Instrum. Methods A 401 (1997)
 * 113). For each clipping half-width p (in points) every value is replaced by
 * min(v[i], (v[i−p] + v[i+p]) / 2); points closer than p to an end are left as they are for
 * that p.
 *
 * <p>{@code iterations} is the largest half-width m: it should be at least about the full peak
 * width in points, and much smaller than the width of background features to keep. The original
 * algorithm runs p = 1 … m; the decreasing-window variant (Morháč) runs p = m … 1, which follows
 * a curved background more closely. The optional LLS transform v = ln(ln(√(y + 1) + 1) + 1)
 * (Ryan et al.) compresses the dynamic range before clipping and is undone afterwards; it needs
 * y ≥ −1 (counts).
 *
 * @param iterations largest clipping half-width m in points (≥ 1)
 * @param logLogSqrt apply the LLS transform
 * @param decreasingWindow clip with p = m … 1 instead of 1 … m
 */
public record SnipBackground(int iterations, boolean logLogSqrt, boolean decreasingWindow)
        implements StaticBackground {

    public SnipBackground {
        BackgroundInput.requirePositive("snip iterations", iterations);
    }

    /** Increasing window, no LLS transform. */
    public SnipBackground(int iterations) {
        this(iterations, false, false);
    }

    @Override
    public String name() {
        return "snip";
    }

    @Override
    public double[] compute(double[] x, double[] y) {
        BackgroundInput.validate(name(), x, y);
        int n = y.length;
        double[] v = new double[n];
        for (int i = 0; i < n; i++) {
            if (logLogSqrt) {
                if (y[i] < -1) {
                    throw new IllegalArgumentException("snip background with LLS transform needs y ≥ −1, but y["
                            + i + "] = " + y[i]);
                }
                v[i] = Math.log(Math.log(Math.sqrt(y[i] + 1) + 1) + 1);
            } else {
                v[i] = y[i];
            }
        }
        double[] clipped = v.clone();
        for (int k = 1; k <= iterations; k++) {
            int p = decreasingWindow ? iterations + 1 - k : k;
            if (2 * p >= n) {
                continue;
            }
            for (int i = p; i < n - p; i++) {
                clipped[i] = Math.min(v[i], 0.5 * (v[i - p] + v[i + p]));
            }
            System.arraycopy(clipped, p, v, p, n - 2 * p);
        }
        if (logLogSqrt) {
            for (int i = 0; i < n; i++) {
                double s = Math.exp(Math.exp(v[i]) - 1) - 1;
                v[i] = s * s - 1;
            }
        }
        return v;
    }

    @Override
    public ProcessingStep asStep() {
        return ProcessingStep.of("background", "type", name(), "iterations", iterations, "lls", logLogSqrt,
                "decreasing", decreasingWindow);
    }
}
