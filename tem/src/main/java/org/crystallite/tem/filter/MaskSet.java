package org.crystallite.tem.filter;

import java.util.List;

/**
 * The union of several {@link BraggMask}s, each with its Friedel mate: the weight at a frequency is
 * the largest weight of any mask at +g or −g. Taking the maximum (not the sum) keeps overlapping
 * masks from amplifying the frequencies they share, and keeps the weight within 0…1. Because every
 * mask acts at ±g with a radial profile, the weight is point-symmetric, w(k) = w(−k), so the
 * masked transform of a real image stays Hermitian and its inverse real.
 */
public record MaskSet(List<BraggMask> masks) {

    public MaskSet {
        if (masks == null || masks.isEmpty()) {
            throw new IllegalArgumentException("a mask set needs at least one mask");
        }
        masks = List.copyOf(masks);
    }

    public static MaskSet of(BraggMask... masks) {
        return new MaskSet(List.of(masks));
    }

    /** Weight at frequency (kx, ky) in 1/nm. */
    public double weight(double kx, double ky) {
        double w = 0;
        for (BraggMask m : masks) {
            w = Math.max(w, m.weightWithMate(kx, ky));
            if (w >= 1) {
                return 1;
            }
        }
        return w;
    }
}
