package org.crystallite.tem.radial;

import java.util.stream.IntStream;

/**
 * Averages a pattern over azimuth in bins of the elliptically corrected radius
 * ({@link EllipseGeometry#radius}).
 *
 * <p>Sub-pixel binning, two ways at once, so that neither the pixel grid nor the bin edges leave a
 * pattern in the profile: (1) each pixel is split into {@code subdivision × subdivision} sub-pixels,
 * each carrying 1/subdivision² of the pixel with its own radius (the pixel-splitting idea of pyFAI,
 * Ashiotis et al., J. Appl. Cryst. 48 (2015) 510, done by sampling instead of exact polygon
 * overlap); (2) each sub-pixel is shared between the two nearest bin centres in proportion to its
 * distance to them (linear interpolation), so the mean radius of a bin's weight is the bin centre.
 * The default bin is one pixel of the finer axis wide.
 *
 * <p>Rows are processed in parallel in fixed blocks merged in order, so results do not depend on
 * the number of cores.
 */
public final class AzimuthalIntegrator {

    /** Sub-pixels per pixel side by default. */
    public static final int DEFAULT_SUBDIVISION = 2;
    private static final int ROWS_PER_BLOCK = 32;

    private AzimuthalIntegrator() {
    }

    /**
     * The profile of {@code values} ({@code width × height}, row-major).
     *
     * @param scale       pixel size per axis and the profile's unit
     * @param geometry    centre (px) and distortion
     * @param mask        pixels to leave out (same size)
     * @param binWidth    bin width in the unit of {@code scale}
     * @param subdivision sub-pixels per pixel side (1 = none)
     */
    public static RadialProfile integrate(float[] values, int width, int height, PatternScale scale,
            EllipseGeometry geometry, PixelMask mask, double binWidth, int subdivision) {
        if ((long) width * height != values.length || mask.width() != width || mask.height() != height) {
            throw new IllegalArgumentException("image " + width + "×" + height + ", " + values.length
                    + " values and mask " + mask.width() + "×" + mask.height() + " do not agree");
        }
        if (!(binWidth > 0) || Double.isInfinite(binWidth)) {
            throw new IllegalArgumentException("bin width must be positive and finite: " + binWidth);
        }
        if (subdivision < 1 || subdivision > 16) {
            throw new IllegalArgumentException("subdivision must be 1–16: " + subdivision);
        }
        double[] m = geometry.metric();
        double maxRadius = 0;
        for (double[] corner : new double[][] {{-0.5, -0.5}, {width - 0.5, -0.5}, {-0.5, height - 0.5},
            {width - 0.5, height - 0.5}}) {
            maxRadius = Math.max(maxRadius, geometry.radius((corner[0] - geometry.centreX()) * scale.x(),
                    (corner[1] - geometry.centreY()) * scale.y()));
        }
        int bins = (int) Math.ceil(maxRadius / binWidth) + 2;
        int blocks = (height + ROWS_PER_BLOCK - 1) / ROWS_PER_BLOCK;
        double[][] partial = new double[blocks][];
        IntStream.range(0, blocks).parallel().forEach(b -> partial[b] = block(values, width, scale, geometry,
                m, mask, binWidth, subdivision, bins, b * ROWS_PER_BLOCK,
                Math.min(height, (b + 1) * ROWS_PER_BLOCK)));
        double[] w = new double[bins];
        double[] wi = new double[bins];
        double[] wii = new double[bins];
        for (double[] p : partial) {
            for (int k = 0; k < bins; k++) {
                w[k] += p[k];
                wi[k] += p[bins + k];
                wii[k] += p[2 * bins + k];
            }
        }
        double[] radius = new double[bins];
        double[] mean = new double[bins];
        double[] sigma = new double[bins];
        for (int k = 0; k < bins; k++) {
            radius[k] = k * binWidth;
            if (w[k] < 1e-9) {
                mean[k] = Double.NaN;
                sigma[k] = Double.NaN;
                continue;
            }
            mean[k] = wi[k] / w[k];
            double variance = Math.max(0, wii[k] / w[k] - mean[k] * mean[k]);
            sigma[k] = w[k] > 1 ? Math.sqrt(variance / (w[k] - 1)) : Double.NaN;
        }
        return new RadialProfile(radius, mean, sigma, w, binWidth, scale.unit());
    }

    /** Sums (weight, weight·I, weight·I²) of rows [y0, y1), packed as three arrays of {@code bins}. */
    private static double[] block(float[] values, int width, PatternScale scale, EllipseGeometry g,
            double[] m, PixelMask mask, double binWidth, int s, int bins, int y0, int y1) {
        double[] acc = new double[3 * bins];
        double sub = 1.0 / (s * s);
        double[] offsets = new double[s];
        for (int i = 0; i < s; i++) {
            offsets[i] = (i + 0.5) / s - 0.5;
        }
        for (int y = y0; y < y1; y++) {
            for (int x = 0; x < width; x++) {
                int index = y * width + x;
                float v = values[index];
                if (mask.isExcluded(index) || !Float.isFinite(v)) {
                    continue;
                }
                for (int j = 0; j < s; j++) {
                    double dy = (y + offsets[j] - g.centreY()) * scale.y();
                    for (int i = 0; i < s; i++) {
                        double dx = (x + offsets[i] - g.centreX()) * scale.x();
                        double r = Math.sqrt(m[0] * dx * dx + 2 * m[1] * dx * dy + m[2] * dy * dy);
                        double t = r / binWidth;
                        int k = (int) t;
                        double f = t - k;
                        if (k + 1 >= bins) {
                            continue;
                        }
                        double w0 = sub * (1 - f);
                        double w1 = sub * f;
                        acc[k] += w0;
                        acc[k + 1] += w1;
                        acc[bins + k] += w0 * v;
                        acc[bins + k + 1] += w1 * v;
                        acc[2 * bins + k] += w0 * v * v;
                        acc[2 * bins + k + 1] += w1 * v * v;
                    }
                }
            }
        }
        return acc;
    }
}
