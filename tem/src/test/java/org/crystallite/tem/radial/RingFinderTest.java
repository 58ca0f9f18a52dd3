package org.crystallite.tem.radial;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

/** {@link RingFinder} on seeded synthetic radial profiles. */
class RingFinderTest {

    /**
     * A mask off the centre (a beam stop, a holder through it, a centre guess a few pixels away) leaves the first
     * non-empty bins with only a sliver of their annulus: they must not end the usable range before it starts.
     */
    @Test
    void almostEmptyBinsNextToTheMaskAreSkipped() {
        int n = 300;
        double[] radius = new double[n];
        double[] intensity = new double[n];
        double[] sigma = new double[n];
        double[] pixels = new double[n];
        SplittableRandom rnd = new SplittableRandom(3);
        for (int k = 0; k < n; k++) {
            radius[k] = k;
            double circle = 2 * Math.PI * Math.max(k, 0.5);
            if (k < 20) {
                intensity[k] = Double.NaN;
                sigma[k] = Double.NaN;
                continue;
            }
            pixels[k] = k < 24 ? 0.03 * circle : 0.9 * circle;
            double value = 20 + 300 * Math.exp(-k / 60.0) + 50 * Math.exp(-0.5 * Math.pow((k - 106.2) / 1.5, 2))
                    + 30 * Math.exp(-0.5 * Math.pow((k - 173.4) / 1.5, 2));
            sigma[k] = Math.sqrt(value / pixels[k]);
            intensity[k] = value + sigma[k] * (2 * rnd.nextDouble() - 1);
        }
        RadialProfile profile = new RadialProfile(radius, intensity, sigma, pixels, 1, PatternScale.PIXELS);
        RingFinder.Result found = new RingFinder(5).find(profile, 4, 1);
        assertEquals(24, found.firstBin(), "the bins with 3 % of their annulus are left out");
        assertEquals(2, found.rings().size(), "rings: " + found.rings() + ", warnings: " + found.warnings());
        assertEquals(106.2, found.rings().get(0).radius(), 0.1);
        assertEquals(173.4, found.rings().get(1).radius(), 0.1);
    }
}
