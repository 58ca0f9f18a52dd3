package org.crystallite.tem.lattice;

import java.util.List;

/**
 * An affine correction of the image's pixel grid found from a known lattice: true positions are
 * r_true = A·r_measured with A = [[scaleX, shear], [0, scaleY]] (x right, y down), i.e. the true pixel
 * size along x is scaleX times the nominal one, and each row is displaced along x by shear times its
 * y (the usual STEM scan shear). Reciprocal vectors transform with C = A⁻ᵀ:
 * gx' = gx/scaleX, gy' = gy/scaleY − shear·gx/(scaleX·scaleY).
 *
 * @param scaleX            true/nominal pixel size along x
 * @param scaleY            true/nominal pixel size along y
 * @param shear             x displacement per unit y (dimensionless)
 * @param scaleXSigma       standard error of scaleX from the lattice fit (NaN when unknown)
 * @param scaleYSigma       standard error of scaleY
 * @param shearSigma        standard error of shear
 * @param knownDNm          the spacings the calibration was made with, nm
 * @param knownAngleDeg     the angle between them, degrees (NaN when not given: then shear is 0)
 * @param sourceImage       the reference image
 * @param nominalPixelSizeNmX nominal pixel size along x of the reference image, nm
 * @param nominalPixelSizeNmY nominal pixel size along y of the reference image, nm
 */
public record LatticeCalibration(double scaleX, double scaleY, double shear, double scaleXSigma, double scaleYSigma,
        double shearSigma, List<Double> knownDNm, double knownAngleDeg, String sourceImage,
        double nominalPixelSizeNmX, double nominalPixelSizeNmY) {

    public LatticeCalibration {
        if (!(scaleX > 0) || !(scaleY > 0) || !Double.isFinite(shear) || Double.isInfinite(scaleX)
                || Double.isInfinite(scaleY)) {
            throw new IllegalArgumentException("calibration needs positive finite scales and a finite shear: scaleX "
                    + scaleX + ", scaleY " + scaleY + ", shear " + shear);
        }
        knownDNm = List.copyOf(knownDNm);
        sourceImage = sourceImage == null ? "" : sourceImage;
    }

    /** The identity: no correction. */
    public static LatticeCalibration identity() {
        return new LatticeCalibration(1, 1, 0, 0, 0, 0, List.of(), Double.NaN, "", Double.NaN, Double.NaN);
    }

    /** The corrected reciprocal vector {gx', gy'} of a measured one (1/nm). */
    public double[] correct(double gx, double gy) {
        return new double[] {gx / scaleX, gy / scaleY - shear * gx / (scaleX * scaleY)};
    }

    /** The spot with its g corrected (pixel position unchanged). */
    public Spot correct(Spot spot) {
        double[] g = correct(spot.gx(), spot.gy());
        return spot.withG(g[0], g[1]);
    }
}
