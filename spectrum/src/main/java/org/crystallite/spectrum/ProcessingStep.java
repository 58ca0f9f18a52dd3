package org.crystallite.spectrum;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One entry of a spectrum's provenance: the operation that made it and the parameters it used,
 * so that any result can say exactly how it was obtained.
 *
 * @param operation short operation name, e.g. {@code "read"}, {@code "crop"}, {@code "savitzky-golay"}
 * @param parameters the operation's parameters in the order given (values are numbers or strings)
 */
public record ProcessingStep(String operation, Map<String, Object> parameters) {

    public ProcessingStep {
        parameters = Collections.unmodifiableMap(new LinkedHashMap<>(parameters));
    }

    /** Convenience for steps given as alternating key, value pairs. */
    public static ProcessingStep of(String operation, Object... keyValues) {
        if (keyValues.length % 2 != 0) {
            throw new IllegalArgumentException("key/value pairs expected for step " + operation);
        }
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            map.put(String.valueOf(keyValues[i]), keyValues[i + 1]);
        }
        return new ProcessingStep(operation, map);
    }

    @Override
    public String toString() {
        return parameters.isEmpty() ? operation : operation + parameters;
    }
}
