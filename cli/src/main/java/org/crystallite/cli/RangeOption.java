package org.crystallite.cli;

/** A {@code --range a:b} option value; either side may be empty for an open end. */
public record RangeOption(double min, double max) {

    public static final RangeOption ALL = new RangeOption(Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY);

    /** Parses "a:b", ":b" or "a:"; malformed text is a usage error. */
    public static RangeOption parse(String text) {
        if (text == null) {
            return ALL;
        }
        String[] parts = text.split(":", -1);
        if (parts.length != 2) {
            throw new UsageException("--range must be MIN:MAX, got '" + text + "'");
        }
        double min = parts[0].isBlank() ? Double.NEGATIVE_INFINITY : number(parts[0], text);
        double max = parts[1].isBlank() ? Double.POSITIVE_INFINITY : number(parts[1], text);
        if (!(min < max)) {
            throw new UsageException("--range needs MIN < MAX, got '" + text + "'");
        }
        return new RangeOption(min, max);
    }

    private static double number(String s, String text) {
        try {
            double v = Double.parseDouble(s.trim());
            if (Double.isNaN(v)) {
                throw new NumberFormatException();
            }
            return v;
        } catch (NumberFormatException e) {
            throw new UsageException("--range must be MIN:MAX with numbers, got '" + text + "'");
        }
    }

    public boolean isAll() {
        return min == Double.NEGATIVE_INFINITY && max == Double.POSITIVE_INFINITY;
    }
}
