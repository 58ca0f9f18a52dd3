package org.crystallite.xrd.io;

import java.util.LinkedHashMap;
import java.util.Map;

import org.crystallite.spectrum.AxisQuantity;
import org.crystallite.spectrum.MetadataKeys;
import org.crystallite.spectrum.ProcessingStep;
import org.crystallite.spectrum.Spectrum;
import org.crystallite.xrd.radiation.Radiation;

/** Builds the spectra the XRD readers return: shared metadata keys and the {@code read} provenance step. */
final class XrdSpectra {

    /** Metadata key: the radiation label ({@code "file"} or the override's name). */
    static final String RADIATION_NAME = "radiation";
    /** Metadata key: the file format the data came from, e.g. {@code "Bruker RAW v3"}. */
    static final String FORMAT = "format";

    private XrdSpectra() {
    }

    /** One 2θ pattern read from a file: the arrays, what y holds, and what the file says about it. */
    static final class Builder {
        private final String source;
        private final String format;
        private String block;
        private double[] x;
        private double[] y;
        private double[] sigma;
        private AxisQuantity xQuantity = AxisQuantity.TWO_THETA;
        private AxisQuantity yQuantity = AxisQuantity.INTENSITY;
        private Radiation radiation;
        private final Map<String, String> metadata = new LinkedHashMap<>();
        private final Map<String, Object> stepParameters = new LinkedHashMap<>();

        Builder(String source, String format) {
            this.source = source;
            this.format = format;
        }

        Builder block(String value) {
            this.block = value;
            return this;
        }

        Builder data(double[] xValues, double[] yValues, double[] sigmaValues) {
            this.x = xValues;
            this.y = yValues;
            this.sigma = sigmaValues;
            return this;
        }

        Builder xQuantity(AxisQuantity q) {
            this.xQuantity = q;
            return this;
        }

        Builder yQuantity(AxisQuantity q) {
            this.yQuantity = q;
            return this;
        }

        Builder radiation(Radiation r) {
            this.radiation = r;
            return this;
        }

        Builder metadata(String key, String value) {
            if (value != null && !value.isBlank()) {
                metadata.put(key, value.trim());
            }
            return this;
        }

        Builder step(String key, Object value) {
            stepParameters.put(key, value);
            return this;
        }

        Spectrum build() {
            Map<String, String> meta = new LinkedHashMap<>();
            meta.put(MetadataKeys.SOURCE, source);
            if (block != null) {
                meta.put(MetadataKeys.BLOCK, block);
            }
            meta.put(FORMAT, format);
            if (radiation != null) {
                meta.put(RADIATION_NAME, radiation.name());
                meta.putAll(radiation.metadata());
            }
            meta.putAll(metadata);
            Map<String, Object> params = new LinkedHashMap<>();
            params.put("file", source);
            params.put("format", format);
            if (block != null) {
                params.put("block", block);
            }
            params.put("wavelengthSource", radiation != null ? "file" : "none");
            params.putAll(stepParameters);
            return Spectrum.of(x, y, sigma, xQuantity, yQuantity).withMetadata(meta)
                    .withStep(new ProcessingStep("read", params));
        }
    }

    /**
     * The same spectrum with its wavelength model replaced by a user's choice. The file's own values
     * are dropped from the metadata (so no stale λ2 remains) and a {@code wavelength} step records the
     * override and what it replaced.
     */
    static Spectrum withRadiation(Spectrum s, Radiation r) {
        Map<String, String> meta = new LinkedHashMap<>(s.metadata());
        String replaced = meta.containsKey(MetadataKeys.WAVELENGTH_ANGSTROM)
                ? meta.get(MetadataKeys.WAVELENGTH_ANGSTROM)
                        + (meta.containsKey(MetadataKeys.WAVELENGTH2_ANGSTROM)
                                ? " / " + meta.get(MetadataKeys.WAVELENGTH2_ANGSTROM) + " ratio "
                                        + meta.get(MetadataKeys.WAVELENGTH_RATIO)
                                : "")
                : "none";
        meta.remove(MetadataKeys.WAVELENGTH_ANGSTROM);
        meta.remove(MetadataKeys.WAVELENGTH2_ANGSTROM);
        meta.remove(MetadataKeys.WAVELENGTH_RATIO);
        meta.put(RADIATION_NAME, r.name());
        meta.putAll(r.metadata());
        Spectrum out = Spectrum.of(s.x(), s.y(), s.sigma().orElse(null), s.xQuantity(), s.yQuantity())
                .withMetadata(meta);
        for (ProcessingStep step : s.provenance()) {
            out = out.withStep(step);
        }
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("source", "user override");
        params.put("radiation", r.name());
        params.put("lambda1Angstrom", r.kAlpha1Angstrom());
        if (r.isDoublet()) {
            params.put("lambda2Angstrom", r.kAlpha2Angstrom().getAsDouble());
            params.put("ratio", r.kAlpha2Ratio());
        }
        params.put("replacedFromFile", replaced);
        return out.withStep(new ProcessingStep("wavelength", params));
    }
}
