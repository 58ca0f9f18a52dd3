package org.crystallite.xrd.size;

import java.util.List;

import org.crystallite.xrd.peaks.Measured;

/**
 * Crystallite size and microstrain from line broadening.
 *
 * @param method Scherrer or Williamson–Hall
 * @param correction the instrumental correction
 * @param scherrerConstant K
 * @param sizeNm volume-weighted size D in nm with σ; NaN (refused) with the reason in {@code warnings}
 * @param strain microstrain ε (dimensionless, W–H only; NaN for Scherrer)
 * @param peaks every line with its breadths and whether it was used
 * @param plot Williamson–Hall plot points (4 sin θ, β cos θ) of the used lines and the fitted line
 *     (empty points for Scherrer)
 * @param warnings refusals and other remarks, in plain words
 */
public record SizeStrainResult(SizeMethod method, Correction correction, double scherrerConstant, Measured sizeNm,
                               Measured strain, List<SamplePeak> peaks, WilliamsonHallPlot plot,
                               List<String> warnings) {

    /** The breadth measure used for every size: always the integral breadth (not the FWHM). */
    public static final String WIDTH_MEASURE = "integral breadth";

    public SizeStrainResult {
        peaks = List.copyOf(peaks);
        warnings = List.copyOf(warnings);
    }

    /**
     * Williamson–Hall plot data: x = 4 sin θ, y = β cos θ (β in radians), σ of y, and the fitted
     * line y = intercept + slope·x (intercept = Kλ/D with λ in nm, slope = ε).
     */
    public record WilliamsonHallPlot(double[] x, double[] y, double[] ySigma, double intercept, double slope) {
        public static WilliamsonHallPlot empty() {
            return new WilliamsonHallPlot(new double[0], new double[0], new double[0], Double.NaN, Double.NaN);
        }
    }
}
