package org.crystallite.xrd.instrument;

import java.util.List;

/**
 * The result of calibrating an instrument on a standard: the profile, the matched peaks, the
 * goodness of the two width fits, and warnings (unmatched peaks, peaks left out).
 *
 * @param gaussianReducedChi2 χ²ν of the Caglioti fit of ΓG²
 * @param lorentzianReducedChi2 χ²ν of the fit of ΓL
 */
public record InstrumentCalibration(InstrumentProfile profile, List<CalibrationPeak> peaks, double gaussianReducedChi2,
                                    double lorentzianReducedChi2, List<String> warnings) {

    public InstrumentCalibration {
        peaks = List.copyOf(peaks);
        warnings = List.copyOf(warnings);
    }
}
