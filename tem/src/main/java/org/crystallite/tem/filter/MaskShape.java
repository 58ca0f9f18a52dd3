package org.crystallite.tem.filter;

/**
 * The radial profile of a Fourier mask around its centre: the weight (0…1) given to a frequency at
 * a distance (1/nm) from the centre. Distances are physical reciprocal lengths, so a circle stays a
 * circle on images with non-square pixels or sides.
 */
public sealed interface MaskShape permits CircleShape, GaussianShape, AnnulusShape {

    /** The weight, 0…1, at {@code distanceInvNm} (≥ 0) from the mask centre. */
    double weight(double distanceInvNm);

    /** A short text such as {@code gaussian(sigma=0.5 1/nm)}, for reports. */
    String describe();
}
