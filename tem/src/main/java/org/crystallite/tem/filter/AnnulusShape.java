package org.crystallite.tem.filter;

import java.util.Locale;

/**
 * A hard-edged ring: weight 1 for inner ≤ r ≤ outer. Centred at g = 0 it is a band-pass that keeps
 * every spot whose spacing d = 1/|g| lies between 1/outer and 1/inner.
 */
public record AnnulusShape(double innerInvNm, double outerInvNm) implements MaskShape {

    public AnnulusShape {
        if (!(innerInvNm >= 0) || !(outerInvNm > innerInvNm) || Double.isInfinite(outerInvNm)) {
            throw new IllegalArgumentException("annulus mask needs 0 ≤ inner < outer (1/nm), got " + innerInvNm
                    + ", " + outerInvNm);
        }
    }

    @Override
    public double weight(double r) {
        return r >= innerInvNm && r <= outerInvNm ? 1 : 0;
    }

    @Override
    public String describe() {
        return String.format(Locale.ROOT, "annulus(inner=%.6g 1/nm, outer=%.6g 1/nm)", innerInvNm, outerInvNm);
    }
}
