package org.crystallite.spectrum.background;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.crystallite.spectrum.AxisQuantity;
import org.crystallite.spectrum.testing.ValidationData;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * CasaXPS's own "U 3 Tougaard" background for FeO Fe 2p (validation/xps/SOURCES.md):
 * {@code FeO_analyzed.vms} stores the region as
 * {@code CASA region (*Fe 2p*) (*U 3 Tougaard*) 737.52081 786.7632 16.42 2 0 0 335.44588 551 436 3}
 * (KE limits, RSF, averaging width 2, offsets 0 0, then B, C, D and the threshold T0 = 3 eV), and
 * {@code FeO_analyzed_lineshapes_cols.txt} the background CasaXPS computed at every channel (KE
 * axis, 0.05 eV steps; outside the region the column repeats the counts).
 *
 * <p>What the export shows about CasaXPS's convention: the end levels are the mean of three
 * channels centred on each region end channel (one of them outside the region), so the arrays
 * passed here are the region plus one channel at each end with 3-point averaging; and the
 * loss function is zero for losses below T0.
 *
 * <p>Metric: rms of (ours − CasaXPS) over the region channels divided by the mean CasaXPS
 * background there; also the largest deviation relative to the local value.
 */
@Tag("validation")
class TougaardBackgroundValidationTest {

    private static final double REGION_KE_LOW = 737.52081;
    private static final double REGION_KE_HIGH = 786.7632;
    private static final double CASA_B = 335.44588;

    /** The exported columns and the first and last channel inside the region. */
    private record Export(double[] ke, double[] counts, double[] casaBackground, int first, int last) {

        /** The region with one extra channel at each end (CasaXPS's centred end averaging). */
        double[] window(double[] values) {
            double[] w = new double[last - first + 3];
            System.arraycopy(values, first - 1, w, 0, w.length);
            return w;
        }
    }

    /** Reads the export (each test calls this, so a missing file shows as a skipped test). */
    private static Export read() throws IOException {
        Path file = ValidationData.file("xps", "FeO_analyzed_lineshapes_cols.txt");
        List<String> lines = Files.readAllLines(file);
        int n = lines.size() - 8;
        double[] ke = new double[n];
        double[] counts = new double[n];
        double[] casaBackground = new double[n];
        int first = -1;
        int last = -1;
        for (int i = 0; i < n; i++) {
            String[] f = lines.get(i + 8).split("\t");
            if (f.length < 7) {
                throw new IOException(file + " line " + (i + 9) + ": expected at least 7 columns, found " + f.length);
            }
            ke[i] = Double.parseDouble(f[0]);
            counts[i] = Double.parseDouble(f[1]);
            casaBackground[i] = Double.parseDouble(f[6]);
            if (ke[i] >= REGION_KE_LOW && ke[i] <= REGION_KE_HIGH) {
                if (first < 0) {
                    first = i;
                }
                last = i;
            }
        }
        assertEquals(1121, n, "channels in " + file);
        assertEquals(985, last - first + 1, "region channels in " + file);
        return new Export(ke, counts, casaBackground, first, last);
    }

    private static TougaardBackground casaModel(double b) {
        return TougaardBackground.withB(TougaardCrossSection.u3(551, 436, 3), b, 3, AxisQuantity.KINETIC_ENERGY);
    }

    @Test
    void reproducesCasaXpsU3TougaardBackground() throws IOException {
        Export e = read();
        double[] ours = casaModel(CASA_B).compute(e.window(e.ke()), e.window(e.counts()));
        int first = e.first();
        int last = e.last();
        double sumSq = 0;
        double sumCasa = 0;
        double worstRelative = 0;
        for (int i = first; i <= last; i++) {
            double casa = e.casaBackground()[i];
            double diff = ours[i - first + 1] - casa;
            sumSq += diff * diff;
            sumCasa += casa;
            worstRelative = Math.max(worstRelative, Math.abs(diff) / casa);
        }
        int m = last - first + 1;
        double rms = Math.sqrt(sumSq / m);
        double relativeRms = rms / (sumCasa / m);
        System.out.printf("FeO U3 Tougaard vs CasaXPS: rms %.3f counts, rms/mean %.5f %%, max %.4f %% of local%n",
                rms, 100 * relativeRms, 100 * worstRelative);
        assertTrue(relativeRms < 0.005, "rms/mean background = " + relativeRms);
        assertTrue(worstRelative < 0.01, "largest deviation relative to the local background = " + worstRelative);
    }

    @Test
    void fittingBToTheHighBindingEnergyEndGivesCasaXpsB() throws IOException {
        Export e = read();
        // CasaXPS's background meets the 3-channel mean at the low-KE (high-BE) region end, i.e.
        // its B is itself the value that makes the background meet the data there.
        TougaardBackground fitted = TougaardBackground.fittedB(TougaardCrossSection.u3(551, 436, 3), 3,
                AxisQuantity.KINETIC_ENERGY);
        double b = fitted.solve(e.window(e.ke()), e.window(e.counts())).b();
        System.out.printf("FeO U3 Tougaard fitted B = %.5f (CasaXPS %.5f)%n", b, CASA_B);
        assertEquals(CASA_B, b, 1e-3 * CASA_B);
    }
}
