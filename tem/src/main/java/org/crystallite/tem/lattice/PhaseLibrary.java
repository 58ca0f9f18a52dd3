package org.crystallite.tem.lattice;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** Built-in phases of the labs Crystallite is written for, looked up by a short lower-case key. */
public final class PhaseLibrary {

    private static final Map<String, Phase> PHASES = new LinkedHashMap<>();

    static {
        // Prussian blue Fe4[Fe(CN)6]3, Fm-3m, a ≈ 10.2 Å (Buser et al., Inorg. Chem. 16 (1977) 2704).
        PHASES.put("prussian-blue", Phase.cubic("Prussian blue", "Fm-3m", 10.2));
        // NiO rock salt, a = 4.177 Å (ICDD 47-1049).
        PHASES.put("nio", Phase.cubic("NiO", "Fm-3m", 4.177));
        // Graphite 2H, P6_3/mmc, a = 2.464 Å, c = 6.711 Å (Trucano & Chen, Nature 258 (1975) 136).
        PHASES.put("graphite", Phase.hexagonal("graphite", "P6_3/mmc", 2.464, 6.711));
        // SrTiO3 perovskite, Pm-3m, a = 3.905 Å.
        PHASES.put("srtio3", Phase.cubic("SrTiO3", "Pm-3m", 3.905));
        // Au and Pt, Fm-3m (NIST/ICDD 04-0784, 04-0802).
        PHASES.put("au", Phase.cubic("Au", "Fm-3m", 4.0782));
        PHASES.put("pt", Phase.cubic("Pt", "Fm-3m", 3.9242));
        // Al, Fm-3m, a = 4.0495 Å (ICDD 04-0787): the usual SAED camera-length standard.
        PHASES.put("al", Phase.cubic("Al", "Fm-3m", 4.0495));
    }

    private PhaseLibrary() {
    }

    /** The keys, in a stable order. */
    public static List<String> keys() {
        return List.copyOf(PHASES.keySet());
    }

    /** The phase with {@code key} (case-insensitive). */
    public static Optional<Phase> find(String key) {
        return Optional.ofNullable(PHASES.get(key.toLowerCase(Locale.ROOT)));
    }
}
