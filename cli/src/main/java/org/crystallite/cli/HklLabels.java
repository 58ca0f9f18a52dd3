package org.crystallite.cli;

/** Miller indices as text, e.g. {1, -1, 0} → "1-10" (the crystallographer's bar written as a minus). */
final class HklLabels {

    private HklLabels() {
    }

    static String of(int[] hkl) {
        StringBuilder s = new StringBuilder();
        for (int i : hkl) {
            s.append(i);
        }
        return s.toString();
    }
}
