package org.crystallite.spectrum.shape;

import java.util.Collections;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Supplier;

/**
 * The registry of line shapes by their model-file name (design guide §4a). {@link #byName} returns
 * a fresh instance on every call, so each fit component has its own memo of width- or
 * mixing-dependent normalisation terms.
 */
public final class LineShapes {

    private static final Map<String, Supplier<LineShape>> FACTORIES = factories();

    private LineShapes() {
    }

    private static Map<String, Supplier<LineShape>> factories() {
        Map<String, Supplier<LineShape>> m = new TreeMap<>();
        m.put(Gaussian.NAME, Gaussian::new);
        m.put(Lorentzian.NAME, Lorentzian::new);
        m.put(PseudoVoigt.NAME, PseudoVoigt::new);
        m.put(Voigt.NAME, Voigt::new);
        m.put(ThompsonCoxHastings.NAME, ThompsonCoxHastings::new);
        m.put(PearsonVII.NAME, PearsonVII::new);
        m.put(SplitPseudoVoigt.NAME, SplitPseudoVoigt::new);
        m.put(SumGaussLorentz.NAME, SumGaussLorentz::new);
        m.put(GaussLorentzProduct.NAME, GaussLorentzProduct::new);
        m.put(DoniachSunjicGauss.NAME, DoniachSunjicGauss::new);
        m.put(ArctanStep.NAME, ArctanStep::new);
        m.put(ErfStep.NAME, ErfStep::new);
        return Collections.unmodifiableMap(m);
    }

    /**
     * A new instance of the named shape.
     *
     * @throws IllegalArgumentException naming the known shapes when {@code name} is unknown
     */
    public static LineShape byName(String name) {
        Supplier<LineShape> factory = name == null ? null : FACTORIES.get(name);
        if (factory == null) {
            throw new IllegalArgumentException("Unknown line shape '" + name + "'; known shapes: "
                    + String.join(", ", FACTORIES.keySet()));
        }
        return factory.get();
    }

    /** The known shape names, sorted. */
    public static Set<String> names() {
        return FACTORIES.keySet();
    }
}
