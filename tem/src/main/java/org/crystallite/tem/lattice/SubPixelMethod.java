package org.crystallite.tem.lattice;

/** Three-point sub-pixel interpolation of a spot maximum, applied along x and y separately. */
public enum SubPixelMethod {

    /** Parabola through the three power values: δ = (a − c) / (2(a − 2b + c)). */
    PARABOLIC,

    /**
     * Parabola through the logarithms of the three values, i.e. the vertex of a Gaussian through them.
     * A Hann-windowed fringe has a nearly Gaussian main lobe, so this is the more accurate of the two
     * on windowed spectra (Gasior &amp; Gonzalez, CERN-AB-2004-023; also the "log" peak fit of
     * numpy-based FFT tools).
     */
    GAUSSIAN,

    /**
     * Exact for one fringe under the periodic Hann window: with magnitudes |X| = √P and α the ratio of
     * the larger neighbour to the centre, δ = ±(2α − 1)/(α + 1) (Grandke, IEEE Trans. Instrum. Meas.
     * 32 (1983) 350). Use it only on Hann-windowed spectra.
     */
    HANN_RATIO;

    /**
     * Offset of the maximum from the centre sample, in samples, within [−0.5, 0.5], given the values
     * left of, at and right of a local maximum. Falls back to the parabola when a value is not positive
     * (no logarithm) and to 0 when the three values are flat.
     */
    public double offset(double left, double centre, double right) {
        if (this == HANN_RATIO) {
            return hannRatio(left, centre, right);
        }
        double a = left;
        double b = centre;
        double c = right;
        if (this == GAUSSIAN && a > 0 && b > 0 && c > 0) {
            a = Math.log(a);
            b = Math.log(b);
            c = Math.log(c);
        }
        double curvature = a - 2 * b + c;
        if (!(curvature < 0)) {
            return 0;
        }
        double delta = 0.5 * (a - c) / curvature;
        return Math.max(-0.5, Math.min(0.5, delta));
    }

    private static double hannRatio(double left, double centre, double right) {
        if (!(centre > 0) || left < 0 || right < 0) {
            return 0;
        }
        boolean toRight = right >= left;
        double alpha = Math.sqrt((toRight ? right : left) / centre);
        double delta = (2 * alpha - 1) / (alpha + 1);
        delta = Math.max(0, Math.min(0.5, delta));
        return toRight ? delta : -delta;
    }
}
