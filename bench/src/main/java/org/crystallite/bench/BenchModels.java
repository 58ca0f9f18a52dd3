package org.crystallite.bench;

import java.util.Locale;
import java.util.StringJoiner;

/**
 * The fit models of the benchmarks, as model files in the design guide §4a format. The peer
 * scripts in {@code bench/peers/} start fityk and lmfit from exactly the same functions.
 */
public final class BenchModels {

    /** LaB6 D500 pattern of xrayutilities (SOURCES.md §3): Cu Kα1+Kα2, step 0.0084°. */
    public static final String LAB6_FILE = "LaB6_d500_si_psd.xye";
    /** fityk's own minimal example data (one NaCl reflection near 24.7°). */
    public static final String NACL_FILE = "nacl01.dat";

    /**
     * LaB6 reflections in 20–77.5° and their start areas. Centres are 2θ for a = 4.15692 Å at
     * Cu Kα1 = 1.5405929 Å (Bragg's law, d = a/√(h²+k²+l²)), rounded to 0.01°; the measured
     * peaks sit about 0.01° higher (zero offset) and carry a Kα2 shoulder, which one
     * pseudo-Voigt per reflection absorbs into its width and shape, as in the fityk figure.
     */
    private static final String[] LAB6_HKL = {"100", "110", "111", "200", "210", "211", "220", "221", "310", "311"};
    private static final double[] LAB6_CENTER_DEG = {21.36, 30.38, 37.44, 43.51, 48.96, 53.99, 63.22, 67.55, 71.75, 75.84};
    private static final double[] LAB6_AREA = {1000, 1900, 850, 450, 1000, 500, 200, 500, 350, 220};

    private BenchModels() {
    }

    /**
     * 10 pseudo-Voigt peaks (FWHM 0.1°, η = 0.5) + quadratic background on 20–77.5°: 43 free
     * parameters. With {@code etaUnbounded} η may leave [0, 1] (bounds ±100), as in fityk's
     * default Levenberg–Marquardt, which ignores bounds; otherwise η keeps its natural [0, 1].
     */
    public static String lab6TenPeaks(boolean etaUnbounded) {
        StringJoiner comps = new StringJoiner(",\n    ", "[\n    ", "\n  ]");
        for (int i = 0; i < LAB6_HKL.length; i++) {
            String eta = etaUnbounded ? "{\"value\": 0.5, \"min\": -100, \"max\": 100}" : "0.5";
            comps.add(String.format(Locale.ROOT,
                    "{\"name\": \"p%s\", \"shape\": \"pseudo-voigt\", \"center\": %.2f, \"fwhm\": 0.1, \"area\": %.0f,"
                            + " \"eta\": %s}",
                    LAB6_HKL[i], LAB6_CENTER_DEG[i], LAB6_AREA[i], eta));
        }
        return "{\n  \"range\": [20, 77.5],\n  \"background\": {\"type\": \"polynomial\", \"order\": 2},\n"
                + "  \"components\": " + comps + "\n}\n";
    }

    /**
     * fityk's minimal example (samples/nacl01.fit) as a model: one Gaussian on 23–26°, no
     * background, started at fityk's height 60000, centre 24.6, HWHM 0.2 (area = h·hwhm·√(π/ln 2)).
     */
    public static String naclSingleGaussian() {
        return "{\"range\": [23, 26], \"components\": [{\"name\": \"p\", \"shape\": \"gaussian\", \"center\": 24.6,"
                + " \"fwhm\": 0.4, \"area\": 25547.208466}]}";
    }
}
