package org.crystallite.tem.filter;

import java.util.Locale;

/**
 * A disc of radius {@code radiusInvNm}: weight 1 inside; with a non-zero {@code edgeInvNm} the weight
 * falls from 1 to 0 between radius and radius + edge as ½(1 + cos(π(r − R)/edge)) (a raised-cosine
 * taper, which limits the ringing a hard edge puts into the filtered image). A zero edge gives a
 * hard-edged disc.
 */
public record CircleShape(double radiusInvNm, double edgeInvNm) implements MaskShape {

    public CircleShape {
        if (!(radiusInvNm > 0) || Double.isInfinite(radiusInvNm)) {
            throw new IllegalArgumentException("circle mask radius must be a positive number of 1/nm, got "
                    + radiusInvNm);
        }
        if (!(edgeInvNm >= 0) || Double.isInfinite(edgeInvNm)) {
            throw new IllegalArgumentException("circle mask edge width must be ≥ 0 (1/nm), got " + edgeInvNm);
        }
    }

    @Override
    public double weight(double r) {
        if (r <= radiusInvNm) {
            return 1;
        }
        if (r >= radiusInvNm + edgeInvNm) {
            return 0;
        }
        return 0.5 * (1 + Math.cos(Math.PI * (r - radiusInvNm) / edgeInvNm));
    }

    @Override
    public String describe() {
        return String.format(Locale.ROOT, "circle(radius=%.6g 1/nm, edge=%.6g 1/nm)", radiusInvNm, edgeInvNm);
    }
}
