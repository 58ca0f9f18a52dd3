package org.crystallite.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.crystallite.spectrum.Spectrum;
import org.crystallite.xrd.io.XrdReaders;
import org.crystallite.xrd.radiation.Radiation;
import org.crystallite.xrd.radiation.SpectrumRadiation;
import org.crystallite.xrd.radiation.Wavelengths;

/**
 * A diffraction pattern read for an {@code xrd} command, with the radiation to use: the
 * {@code --wavelength} override when given, else the file's. Multi-scan files give their first
 * scan (with a warning).
 *
 * @param wavelengthSource {@code "option"} or {@code "file"}
 */
record XrdInput(Path file, Spectrum pattern, Radiation radiation, String wavelengthSource, List<String> warnings) {

    XrdInput {
        warnings = List.copyOf(warnings);
    }

    /** Parses a {@code --wavelength} value; a bad value is a usage error. */
    static Optional<Radiation> parseWavelength(String text) {
        if (text == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(Wavelengths.parse(text));
        } catch (IllegalArgumentException e) {
            throw new UsageException("--wavelength: " + e.getMessage(), e);
        }
    }

    /**
     * @throws UsageException when neither the file nor the option gives a wavelength, naming the file
     */
    static XrdInput read(Path file, String wavelengthOption) throws IOException {
        Optional<Radiation> override = parseWavelength(wavelengthOption);
        if (!Files.isRegularFile(file)) {
            throw new NoSuchFileException(file + ": no such file");
        }
        List<Spectrum> spectra = XrdReaders.read(file, override);
        if (spectra.isEmpty()) {
            throw new org.crystallite.spectrum.io.DataFormatException(file + ": no diffraction pattern in the file");
        }
        List<String> warnings = new ArrayList<>();
        if (spectra.size() > 1) {
            warnings.add(file + " holds " + spectra.size() + " scans; the first is analysed");
        }
        Spectrum pattern = spectra.get(0);
        Optional<Radiation> radiation = SpectrumRadiation.of(pattern);
        if (radiation.isEmpty()) {
            throw new UsageException(file + ": the file states no wavelength; give --wavelength (Cu, Mo, … or a "
                    + "value in Å such as 1.5406)");
        }
        return new XrdInput(file, pattern, radiation.get(), override.isPresent() ? "option" : "file", warnings);
    }
}
