package org.crystallite.spectrum.background;

import java.util.ArrayList;
import java.util.List;
import org.crystallite.spectrum.shape.ParameterDefault;

/** Parameter lists and checks shared by the in-fit (linear) backgrounds. */
final class FitParameters {

    private FitParameters() {
    }

    /** Free coefficients c0 … c{order}, starting at 0. */
    static List<ParameterDefault> coefficients(int order) {
        List<ParameterDefault> list = new ArrayList<>(order + 1);
        for (int k = 0; k <= order; k++) {
            list.add(ParameterDefault.free("c" + k, 0));
        }
        return List.copyOf(list);
    }

    static void checkLength(String shape, double[] p, int expected) {
        if (p == null || p.length != expected) {
            throw new IllegalArgumentException(shape + " background expects " + expected + " parameters, got "
                    + (p == null ? "null" : String.valueOf(p.length)));
        }
    }

    static void checkOutLength(String shape, double[] out, int expected) {
        if (out == null || out.length != expected) {
            throw new IllegalArgumentException(shape + " background gradient needs an output array of length "
                    + expected + ", got " + (out == null ? "null" : String.valueOf(out.length)));
        }
    }

    static int checkOrder(String shape, int order) {
        if (order < 0) {
            throw new IllegalArgumentException(shape + " background order must be ≥ 0, got " + order);
        }
        return order;
    }

    static double checkFinite(String shape, String what, double value) {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException(shape + " background " + what + " must be finite, got " + value);
        }
        return value;
    }
}
