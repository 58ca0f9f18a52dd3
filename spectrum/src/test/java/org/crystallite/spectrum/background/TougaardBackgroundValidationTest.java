package org.crystallite.spectrum.background;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.crystallite.spectrum.AxisQuantity;
import org.crystallite.spectrum.testing.ValidationData;
import org.junit.jupiter.api.BeforeAll;
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

    private static double[] ke;
    private static double[] counts;
    private static double[] casaBackground;
    /** First and last channel inside the region. */
    private static int first;
    private static int last;

    @BeforeAll
    static void read() throws IOException {
        Path file = ValidationData.file("xps", "FeO_analyzed_lineshapes_cols.txt");
        List<double[]> rows = new ArrayList<>();
        List<String> lines = Files.readAllLines(file);
        for (int lineNo = 8; lineNo < lines.size(); lineNo++) {
            String[] f = lines.get(lineNo).split("\t");
            if (f.length < 7) {
                throw new IOException(file + " line " + (lineNo + 1) + ": expected at least 7 columns, found "
                        + f.length);
            }
            rows.add(new double[] {Double.parseDouble(f[0]), Double.parseDouble(f[1]), Double.parseDouble(f[6])});
        }
        int n = rows.size();
        ke = new double[n];
        counts = new double[n];
        casaBackground = new double[n];
        first = -1;
        for (int i = 0; i < n; i++) {
            ke[i] = rows.get(i)[0];
            counts[i] = rows.get(i)[1];
            casaBackground[i] = rows.get(i)[2];
            if (ke[i] >= REGION_KE_LOW && ke[i] <= REGION_KE_HIGH) {
                if (first < 0) {
                    first = i;
                }
                last = i;
            }
        }
        assertEquals(1121, n, "channels in " + file);
        assertEquals(985, last - first + 1, "region channels in " + file);
    }

    private static TougaardBackground casaModel(double b) {
        return TougaardBackground.withB(TougaardCrossSection.u3(551, 436, 3), b, 3, AxisQuantity.KINETIC_ENERGY);
    }

    /** The region with one extra channel at each end (CasaXPS's centred end averaging). */
    private static double[] window(double[] values) {
        double[] w = new double[last - first + 3];
        System.arraycopy(values, first - 1, w, 0, w.length);
        return w;
    }

    @Test
    void reproducesCasaXpsU3TougaardBackground() {
        double[] ours = casaModel(CASA_B).compute(window(ke), window(counts));
        double sumSq = 0;
        double sumCasa = 0;
        double worstRelative = 0;
        for (int i = first; i <= last; i++) {
            double casa = casaBackground[i];
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
    void fittingBToTheHighBindingEnergyEndGivesCasaXpsB() {
        // CasaXPS's background meets the 3-channel mean at the low-KE (high-BE) region end, i.e.
        // its B is itself the value that makes the background meet the data there.
        TougaardBackground fitted = TougaardBackground.fittedB(TougaardCrossSection.u3(551, 436, 3), 3,
                AxisQuantity.KINETIC_ENERGY);
        double b = fitted.solve(window(ke), window(counts)).b();
        System.out.printf("FeO U3 Tougaard fitted B = %.5f (CasaXPS %.5f)%n", b, CASA_B);
        assertEquals(CASA_B, b, 1e-3 * CASA_B);
    }
}
