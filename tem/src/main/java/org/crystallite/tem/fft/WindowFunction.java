package org.crystallite.tem.fft;

/** Apodisation applied to the image before the transform, separably along x and y. */
public enum WindowFunction {

    /** No window: sharp spots, but the image edges add a bright cross through the centre. */
    NONE,

    /**
     * Periodic ("DFT-even") Hann window w(n) = sin²(πn/N): a pure lattice fringe becomes the
     * three-bin kernel (¼, ½, ¼) around its frequency, which the sub-pixel refinement assumes
     * (Harris, Proc. IEEE 66 (1978) 51).
     */
    HANN;

    /** The window's {@code n} weights. */
    public float[] weights(int n) {
        float[] w = new float[n];
        for (int i = 0; i < n; i++) {
            if (this == NONE) {
                w[i] = 1f;
            } else {
                double s = Math.sin(Math.PI * i / n);
                w[i] = (float) (s * s);
            }
        }
        return w;
    }
}
