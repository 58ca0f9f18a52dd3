package org.crystallite.tem.lattice;

import java.util.List;
import java.util.Optional;

import org.crystallite.tem.fft.PowerSpectrum;

/**
 * Everything {@link LatticeAnalyzer} measured on one image.
 *
 * @param spectrum    the power spectrum the spots were found in
 * @param spots       the accepted spots (g corrected by the calibration, if one was applied)
 * @param lattice     the fitted lattice, or null when the spots do not define one
 * @param calibration the pixel-grid correction applied (identity when none)
 * @param fieldVariation the basis spacings measured per quadrant, or null when there is no lattice
 * @param warnings    from the image reader, the spot detector and the fit
 */
public record LatticeMeasurement(PowerSpectrum spectrum, List<Spot> spots, LatticeFit lattice,
        LatticeCalibration calibration, FieldVariation fieldVariation, List<String> warnings) {

    public LatticeMeasurement {
        spots = List.copyOf(spots);
        warnings = List.copyOf(warnings);
    }

    /** The fitted lattice, when there is one. */
    public Optional<LatticeFit> latticeFit() {
        return Optional.ofNullable(lattice);
    }

    /** The per-quadrant spacings, when there is a lattice. */
    public Optional<FieldVariation> fieldVariationIfAny() {
        return Optional.ofNullable(fieldVariation);
    }
}
