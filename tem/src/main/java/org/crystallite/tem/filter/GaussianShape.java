package org.crystallite.tem.filter;

import java.util.Locale;

/**
 * A Gaussian exp(−r²/2σ²), the usual GPA mask (Hÿtch et al. 1998; Strain++, pyGPA). Its real-space
 * resolution is about 1/σ (reported by {@link #resolutionNm()}).
 */
public record GaussianShape(double sigmaInvNm) implements MaskShape {

    public GaussianShape {
        if (!(sigmaInvNm > 0) || Double.isInfinite(sigmaInvNm)) {
            throw new IllegalArgumentException("Gaussian mask sigma must be a positive number of 1/nm, got "
                    + sigmaInvNm);
        }
    }

    @Override
    public double weight(double r) {
        double t = r / sigmaInvNm;
        return Math.exp(-0.5 * t * t);
    }

    /** Real-space resolution of the filtered image, about 1/σ, in nm. */
    public double resolutionNm() {
        return 1 / sigmaInvNm;
    }

    @Override
    public String describe() {
        return String.format(Locale.ROOT, "gaussian(sigma=%.6g 1/nm)", sigmaInvNm);
    }
}
