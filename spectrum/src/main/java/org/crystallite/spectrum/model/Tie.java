package org.crystallite.spectrum.model;

/**
 * A linear tie of one parameter to another: {@code value = factor · COMPONENT.PARAMETER + offset}
 * (CasaXPS-style constraints, e.g. {@code area2 = 0.5·area1}, {@code pos2 = pos1 + 13.1}).
 */
public record Tie(String component, String parameter, double factor, double offset) {

    /** The tie expression as written in model files, e.g. {@code "=Pt 4f7/2.area * 0.75 + 0"}. */
    public String expression() {
        StringBuilder sb = new StringBuilder("=").append(component).append('.').append(parameter);
        if (factor != 1.0) {
            sb.append(" * ").append(factor);
        }
        if (offset > 0) {
            sb.append(" + ").append(offset);
        } else if (offset < 0) {
            sb.append(" - ").append(-offset);
        }
        return sb.toString();
    }

    /** {@code "component.parameter"}. */
    public String target() {
        return component + "." + parameter;
    }
}
