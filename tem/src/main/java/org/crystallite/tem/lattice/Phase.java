package org.crystallite.tem.lattice;

/**
 * A crystal phase for d-spacing matching: unit cell (Å and degrees, the crystallographic convention)
 * and space-group symbol. The reflection conditions applied are those of the lattice centring (first
 * letter: P, I, F, A, B, C, R in hexagonal axes) and, for P6₃/mmc, hh(−2h)l and 000l with l = 2n
 * (International Tables A, Table 2.2.13.1 and the group's entry); other glide and screw conditions are
 * not applied, so such groups can list reflections that are absent.
 *
 * @param name       label (e.g. "SrTiO3")
 * @param spaceGroup Hermann–Mauguin symbol, e.g. "Pm-3m", "Fm-3m", "P6_3/mmc"
 */
public record Phase(String name, String spaceGroup, double aAng, double bAng, double cAng, double alphaDeg,
        double betaDeg, double gammaDeg) {

    public Phase {
        if (name == null || name.isBlank() || spaceGroup == null || spaceGroup.isBlank()) {
            throw new IllegalArgumentException("a phase needs a name and a space-group symbol");
        }
        for (double v : new double[] {aAng, bAng, cAng}) {
            if (!(v > 0) || Double.isInfinite(v)) {
                throw new IllegalArgumentException(name + ": cell lengths must be positive: " + aAng + ", " + bAng
                        + ", " + cAng + " Å");
            }
        }
        for (double v : new double[] {alphaDeg, betaDeg, gammaDeg}) {
            if (!(v > 0 && v < 180)) {
                throw new IllegalArgumentException(name + ": cell angles must lie in (0, 180)°: " + alphaDeg + ", "
                        + betaDeg + ", " + gammaDeg);
            }
        }
        char lattice = Character.toUpperCase(spaceGroup.trim().charAt(0));
        if ("PIFABCR".indexOf(lattice) < 0) {
            throw new IllegalArgumentException(name + ": space group '" + spaceGroup
                    + "' must start with a lattice letter P, I, F, A, B, C or R");
        }
    }

    /** A cubic phase. */
    public static Phase cubic(String name, String spaceGroup, double aAng) {
        return new Phase(name, spaceGroup, aAng, aAng, aAng, 90, 90, 90);
    }

    /** A hexagonal phase (γ = 120°). */
    public static Phase hexagonal(String name, String spaceGroup, double aAng, double cAng) {
        return new Phase(name, spaceGroup, aAng, aAng, cAng, 90, 90, 120);
    }

    /**
     * Parses {@code NAME:SPACEGROUP:a[,c | ,b,c | ,b,c,α,β,γ]} (Å, degrees): one length is cubic, two
     * hexagonal (a, c), three orthorhombic, six a general cell. Example {@code "NiO:Fm-3m:4.177"}.
     *
     * @throws IllegalArgumentException naming the text when it does not parse or is not a valid cell
     */
    public static Phase parse(String text) {
        String[] parts = text.split(":");
        if (parts.length != 3) {
            throw new IllegalArgumentException("cell '" + text + "': expected NAME:SPACEGROUP:a[,c|,b,c|,b,c,α,β,γ]");
        }
        String[] numbers = parts[2].split(",");
        double[] v = new double[numbers.length];
        for (int i = 0; i < v.length; i++) {
            try {
                v[i] = Double.parseDouble(numbers[i].trim());
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("cell '" + text + "': '" + numbers[i] + "' is not a number", e);
            }
        }
        String name = parts[0].trim();
        String group = parts[1].trim();
        return switch (v.length) {
            case 1 -> cubic(name, group, v[0]);
            case 2 -> hexagonal(name, group, v[0], v[1]);
            case 3 -> new Phase(name, group, v[0], v[1], v[2], 90, 90, 90);
            case 6 -> new Phase(name, group, v[0], v[1], v[2], v[3], v[4], v[5]);
            default -> throw new IllegalArgumentException("cell '" + text + "': give 1, 2, 3 or 6 numbers, got "
                    + v.length);
        };
    }

    /** True when the reflection hkl is allowed by the conditions this class applies. */
    public boolean allows(int h, int k, int l) {
        if (h == 0 && k == 0 && l == 0) {
            return false;
        }
        boolean allowed = switch (Character.toUpperCase(spaceGroup.trim().charAt(0))) {
            case 'I' -> (h + k + l) % 2 == 0;
            case 'F' -> Math.floorMod(h + k, 2) == 0 && Math.floorMod(k + l, 2) == 0;
            case 'A' -> Math.floorMod(k + l, 2) == 0;
            case 'B' -> Math.floorMod(h + l, 2) == 0;
            case 'C' -> Math.floorMod(h + k, 2) == 0;
            case 'R' -> Math.floorMod(-h + k + l, 3) == 0; // obverse setting, hexagonal axes
            default -> true;
        };
        if (allowed && isP63mmc()) {
            boolean hh2hl = h == k || k == -2 * h || h == -2 * k; // hh(-2h)l and its permutations
            if ((hh2hl || (h == 0 && k == 0)) && Math.floorMod(l, 2) != 0) {
                return false;
            }
        }
        return allowed;
    }

    private boolean isP63mmc() {
        String s = spaceGroup.replace(" ", "").replace("₃", "_3").replace("63", "6_3");
        return s.equalsIgnoreCase("P6_3/mmc");
    }

    /**
     * d(hkl) in Å from the reciprocal metric tensor: 1/d² = hᵀ G* h with G* the inverse of the direct
     * metric G (Giacovazzo, Fundamentals of Crystallography, ch. 2).
     */
    public double dAng(int h, int k, int l) {
        double[][] gStar = reciprocalMetric();
        double[] v = {h, k, l};
        double s = 0;
        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < 3; j++) {
                s += v[i] * gStar[i][j] * v[j];
            }
        }
        return 1 / Math.sqrt(s);
    }

    /** Angle in degrees between the normals of planes h1 and h2 (between g(h1) and g(h2)). */
    public double angleBetweenDeg(int[] h1, int[] h2) {
        double[][] gStar = reciprocalMetric();
        double s12 = 0;
        double s11 = 0;
        double s22 = 0;
        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < 3; j++) {
                s12 += h1[i] * gStar[i][j] * h2[j];
                s11 += h1[i] * gStar[i][j] * h1[j];
                s22 += h2[i] * gStar[i][j] * h2[j];
            }
        }
        double c = Math.max(-1, Math.min(1, s12 / Math.sqrt(s11 * s22)));
        return Math.toDegrees(Math.acos(c));
    }

    double[][] reciprocalMetric() {
        double ca = Math.cos(Math.toRadians(alphaDeg));
        double cb = Math.cos(Math.toRadians(betaDeg));
        double cg = Math.cos(Math.toRadians(gammaDeg));
        double[][] g = {
            {aAng * aAng, aAng * bAng * cg, aAng * cAng * cb},
            {aAng * bAng * cg, bAng * bAng, bAng * cAng * ca},
            {aAng * cAng * cb, bAng * cAng * ca, cAng * cAng}};
        return invert(g);
    }

    private static double[][] invert(double[][] m) {
        double a = m[0][0];
        double b = m[0][1];
        double c = m[0][2];
        double d = m[1][0];
        double e = m[1][1];
        double f = m[1][2];
        double g = m[2][0];
        double h = m[2][1];
        double i = m[2][2];
        double det = a * (e * i - f * h) - b * (d * i - f * g) + c * (d * h - e * g);
        return new double[][] {
            {(e * i - f * h) / det, (c * h - b * i) / det, (b * f - c * e) / det},
            {(f * g - d * i) / det, (a * i - c * g) / det, (c * d - a * f) / det},
            {(d * h - e * g) / det, (b * g - a * h) / det, (a * e - b * d) / det}};
    }
}
