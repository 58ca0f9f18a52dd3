package org.crystallite.tem.radial;

/**
 * A refined (or given) pattern geometry with standard errors.
 *
 * @param geometry        centre and distortion
 * @param centreXSigma    σ of the centre column, px
 * @param centreYSigma    σ of the centre row, px
 * @param ratioSigma      σ of the axis ratio a/b
 * @param angleDegSigma   σ of the major-axis angle, degrees (large when a/b is close to 1)
 * @param points          ring points used in the final fit (0 when not refined)
 * @param rings           rings used
 * @param rmsResidual     rms distance of the points from their fitted rings, in the pattern unit
 * @param refined         false when the geometry is the start value or fixed (power spectrum)
 */
public record GeometryFit(EllipseGeometry geometry, double centreXSigma, double centreYSigma, double ratioSigma,
        double angleDegSigma, int points, int rings, double rmsResidual, boolean refined) {

    /** A geometry taken as given, without uncertainty. */
    public static GeometryFit fixed(EllipseGeometry geometry) {
        return new GeometryFit(geometry, 0, 0, 0, 0, 0, 0, Double.NaN, false);
    }
}
