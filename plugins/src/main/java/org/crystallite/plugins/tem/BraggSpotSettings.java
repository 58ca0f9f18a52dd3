package org.crystallite.plugins.tem;

import java.util.ArrayList;
import java.util.List;

import ij.gui.GenericDialog;

/**
 * How "Bragg Filter (IFFT)" chooses its reflections, the dialog form of the CLI's {@code --auto N} and
 * {@code --spots gx,gy;…}: {@code spots=Auto} (the {@code pairs} strongest Friedel pairs of the spot
 * detector), {@code spots=Points} (the point selection on the FFT window {@code fft_window}, each point
 * moved to the brightest pixel within {@value FftPoints#SNAP_RADIUS_PX} pixels with
 * {@code snap}), or {@code spots=Typed} ({@code g_vectors=gx,gy;gx,gy} in 1/nm).
 */
final class BraggSpotSettings {

    enum Source {
        AUTO, POINTS, TYPED
    }

    private static final String[] SOURCES = {"Auto", "Points", "Typed"};

    /** The fields as read; {@code fftWindow} empty means "FFT of" the image's title. */
    record Request(Source source, int pairs, String fftWindow, boolean snap, String gVectors) {
    }

    private BraggSpotSettings() {
    }

    static void addTo(GenericDialog gd) {
        gd.addChoice("Spots (Auto = strongest pairs, Points = selection on the FFT, Typed = g list)", SOURCES,
                SOURCES[0]);
        gd.addNumericField("Pairs (Auto: number of strongest Friedel pairs)", 2, 0);
        gd.addStringField("FFT_window (Points; empty = \"FFT of\" the image)", "", 24);
        gd.addCheckbox("Snap points to the brightest pixel within 3 px", true);
        gd.addStringField("g_vectors (Typed, 1/nm: gx,gy;gx,gy)", "", 24);
    }

    /**
     * Reads the fields added by {@link #addTo}, in the same order.
     *
     * @throws IllegalArgumentException when the number of pairs is not a whole number ≥ 1
     */
    static Request read(GenericDialog gd) {
        Source source = Source.values()[gd.getNextChoiceIndex()];
        double pairs = gd.getNextNumber();
        String window = gd.getNextString().trim();
        boolean snap = gd.getNextBoolean();
        String typed = gd.getNextString().trim();
        if (source == Source.AUTO && (!(pairs >= 1) || pairs > 1000 || pairs != Math.rint(pairs))) {
            throw new IllegalArgumentException("Pairs must be a whole number from 1 to 1000, got " + pairs);
        }
        return new Request(source, (int) Math.max(1, Math.min(1000, pairs)), window, snap, typed);
    }

    /**
     * {@code gx,gy;gx,gy…} in 1/nm as typed (the mate at −g is added by the mask set).
     *
     * @throws IllegalArgumentException naming the part that is not a pair of finite numbers, or g = 0
     */
    static List<ChosenSpot> parseGVectors(String text) {
        if (text.isBlank()) {
            throw new IllegalArgumentException("Spots Typed needs g_vectors, e.g. 2.56,0;0,3.62 (1/nm)");
        }
        List<ChosenSpot> out = new ArrayList<>();
        for (String part : text.split(";")) {
            if (part.isBlank()) {
                continue;
            }
            String[] xy = part.trim().split(",");
            if (xy.length != 2) {
                throw new IllegalArgumentException("g_vectors: '" + part.trim() + "' is not gx,gy (1/nm)");
            }
            double gx = number(xy[0]);
            double gy = number(xy[1]);
            if (gx == 0 && gy == 0) {
                throw new IllegalArgumentException("g_vectors: g = (0, 0) is the mean, not a lattice spot");
            }
            out.add(new ChosenSpot(gx, gy, Double.NaN));
        }
        if (out.isEmpty()) {
            throw new IllegalArgumentException("g_vectors: no gx,gy pair in '" + text + "'");
        }
        return out;
    }

    private static double number(String text) {
        try {
            double v = Double.parseDouble(text.trim());
            if (Double.isFinite(v)) {
                return v;
            }
        } catch (NumberFormatException e) {
            // reported below with the text
        }
        throw new IllegalArgumentException("g_vectors: '" + text.trim() + "' is not a number");
    }
}
