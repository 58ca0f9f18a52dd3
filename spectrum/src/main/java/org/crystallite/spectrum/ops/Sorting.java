package org.crystallite.spectrum.ops;

import java.util.Arrays;
import java.util.Comparator;

import org.crystallite.spectrum.ProcessingStep;
import org.crystallite.spectrum.Spectrum;

/** Puts a spectrum into strictly increasing x order, as interpolation and filtering need. */
public final class Sorting {

    private Sorting() {
    }

    /**
     * Sorts by x and replaces each run of points with equal x by one point: the mean of their y and,
     * when the data carry sigma, the standard deviation of that mean, sqrt(Σσᵢ²)/n (independent
     * measurements of the same quantity). The step records how many points were merged away.
     */
    public static Spectrum sortAndMergeDuplicates(Spectrum spectrum) {
        int n = spectrum.size();
        double[] sigma = spectrum.sigma().orElse(null);
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        // Stable sort keeps the file order among equal x (irrelevant to the mean, but deterministic).
        Arrays.sort(order, Comparator.comparingDouble(spectrum::x));
        double[] x = new double[n];
        double[] y = new double[n];
        double[] s = sigma == null ? null : new double[n];
        int out = 0;
        int i = 0;
        while (i < n) {
            int j = i;
            double sumY = 0;
            double sumVar = 0;
            double xi = spectrum.x(order[i]);
            while (j < n && spectrum.x(order[j]) == xi) {
                sumY += spectrum.y(order[j]);
                if (sigma != null) {
                    sumVar += sigma[order[j]] * sigma[order[j]];
                }
                j++;
            }
            int count = j - i;
            x[out] = xi;
            y[out] = sumY / count;
            if (s != null) {
                s[out] = Math.sqrt(sumVar) / count;
            }
            out++;
            i = j;
        }
        boolean wasSorted = true;
        for (int k = 1; k < n; k++) {
            if (spectrum.x(k) < spectrum.x(k - 1)) {
                wasSorted = false;
                break;
            }
        }
        return spectrum.derive(Arrays.copyOf(x, out), Arrays.copyOf(y, out), s == null ? null : Arrays.copyOf(s, out),
                ProcessingStep.of("sort-merge-duplicates", "wasSorted", wasSorted, "pointsMerged", n - out));
    }
}
