package org.crystallite.tem.radial;

import java.util.List;

/**
 * The camera constant of a diffraction set-up, found from a standard: a ring of spacing d lies at
 * radius R = K/d pixels (R·d = λL in detector pixels), so one pixel is 1/K reciprocal nanometres.
 *
 * @param cameraConstantPxNm      K in px·nm
 * @param cameraConstantPxNmSigma its standard error
 * @param standard                the standard phase's name (e.g. "Au")
 * @param hkl                     the reflections of the standard used, e.g. ["111", "200", "220"]
 * @param dNm                     their spacings, nm
 * @param radiusPx                their measured (corrected) radii, px
 * @param sourceImage             the pattern of the standard
 * @param ellipseRatio            distortion a/b found on the standard (for information; refitted on each pattern)
 * @param ellipseAngleDeg         its major-axis angle, degrees counter-clockwise from +x on screen
 */
public record CameraCalibration(double cameraConstantPxNm, double cameraConstantPxNmSigma, String standard,
        List<String> hkl, List<Double> dNm, List<Double> radiusPx, String sourceImage, double ellipseRatio,
        double ellipseAngleDeg) {

    public CameraCalibration {
        if (!(cameraConstantPxNm > 0) || Double.isInfinite(cameraConstantPxNm)) {
            throw new IllegalArgumentException("camera constant must be positive and finite: " + cameraConstantPxNm);
        }
        hkl = List.copyOf(hkl);
        dNm = List.copyOf(dNm);
        radiusPx = List.copyOf(radiusPx);
        standard = standard == null ? "" : standard;
        sourceImage = sourceImage == null ? "" : sourceImage;
    }

    /** Reciprocal pixel size 1/K in 1/nm per pixel. */
    public double perNmPerPixel() {
        return 1 / cameraConstantPxNm;
    }

    /** Standard error of {@link #perNmPerPixel()}. */
    public double perNmPerPixelSigma() {
        return cameraConstantPxNmSigma / (cameraConstantPxNm * cameraConstantPxNm);
    }

    /** Relative standard error σ_K/K. */
    public double relativeSigma() {
        return Double.isFinite(cameraConstantPxNmSigma) ? cameraConstantPxNmSigma / cameraConstantPxNm : 0;
    }
}
