package org.crystallite.xrd.radiation;

import java.util.Optional;

import org.crystallite.spectrum.MetadataKeys;
import org.crystallite.spectrum.Spectrum;

/**
 * Reads back the wavelength model the XRD readers wrote into a spectrum's metadata (λ1, and λ2
 * with the ratio for a doublet; see {@link Radiation#metadata()}).
 */
public final class SpectrumRadiation {

    private SpectrumRadiation() {
    }

    /** The radiation stated by the spectrum, empty when it has no wavelength. */
    public static Optional<Radiation> of(Spectrum spectrum) {
        Optional<Double> lambda1 = spectrum.metadataNumber(MetadataKeys.WAVELENGTH_ANGSTROM);
        if (lambda1.isEmpty()) {
            return Optional.empty();
        }
        String name = spectrum.metadata("radiation").orElse("file");
        Optional<Double> lambda2 = spectrum.metadataNumber(MetadataKeys.WAVELENGTH2_ANGSTROM);
        Optional<Double> ratio = spectrum.metadataNumber(MetadataKeys.WAVELENGTH_RATIO);
        if (lambda2.isPresent() && ratio.isPresent() && ratio.get() > 0) {
            return Optional.of(Radiation.doublet(name, lambda1.get(), lambda2.get(), ratio.get()));
        }
        return Optional.of(Radiation.monochromatic(name, lambda1.get()));
    }
}
