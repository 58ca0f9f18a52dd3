package org.crystallite.tem.radial;

import java.util.stream.IntStream;

/**
 * Gaussian smoothing that ignores masked pixels (normalised convolution: Σwᵢvᵢ/Σwᵢ over unmasked
 * neighbours), so a dark beam stop does not bleed into the rings next to it. Masked pixels come out
 * as NaN.
 */
final class MaskedSmoothing {

    private MaskedSmoothing() {
    }

    static float[] gaussian(float[] values, int w, int h, PixelMask mask, double sigmaPx) {
        int r = (int) Math.ceil(3 * sigmaPx);
        double[] kernel = new double[2 * r + 1];
        for (int i = -r; i <= r; i++) {
            kernel[i + r] = Math.exp(-0.5 * i * i / (sigmaPx * sigmaPx));
        }
        float[] v = new float[values.length];
        float[] wt = new float[values.length];
        for (int i = 0; i < values.length; i++) {
            boolean ok = !mask.isExcluded(i) && Float.isFinite(values[i]);
            wt[i] = ok ? 1 : 0;
            v[i] = ok ? values[i] : 0;
        }
        float[] rowV = new float[values.length];
        float[] rowW = new float[values.length];
        IntStream.range(0, h).parallel().forEach(y -> {
            for (int x = 0; x < w; x++) {
                double sv = 0;
                double sw = 0;
                for (int k = Math.max(-r, -x); k <= Math.min(r, w - 1 - x); k++) {
                    int i = y * w + x + k;
                    sv += kernel[k + r] * v[i];
                    sw += kernel[k + r] * wt[i];
                }
                rowV[y * w + x] = (float) sv;
                rowW[y * w + x] = (float) sw;
            }
        });
        float[] out = new float[values.length];
        IntStream.range(0, h).parallel().forEach(y -> {
            for (int x = 0; x < w; x++) {
                int i0 = y * w + x;
                if (wt[i0] == 0) {
                    out[i0] = Float.NaN;
                    continue;
                }
                double sv = 0;
                double sw = 0;
                for (int k = Math.max(-r, -y); k <= Math.min(r, h - 1 - y); k++) {
                    int i = i0 + k * w;
                    sv += kernel[k + r] * rowV[i];
                    sw += kernel[k + r] * rowW[i];
                }
                out[i0] = (float) (sv / sw);
            }
        });
        return out;
    }
}
