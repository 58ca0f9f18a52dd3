package org.crystallite.spectrum.background;

import org.crystallite.spectrum.ProcessingStep;

/**
 * The straight line between the averaged end levels of the region (CasaXPS "Linear"): from
 * (x[0], mean of the first {@code averagePoints} y) to (x[n−1], mean of the last
 * {@code averagePoints} y). Independent of the axis direction.
 *
 * @param averagePoints channels averaged at each end (≥ 1)
 */
public record EndpointLinearBackground(int averagePoints) implements StaticBackground {

    public static final int DEFAULT_AVERAGE_POINTS = 5;

    public EndpointLinearBackground {
        BackgroundInput.requirePositive("linear averagePoints", averagePoints);
    }

    public EndpointLinearBackground() {
        this(DEFAULT_AVERAGE_POINTS);
    }

    @Override
    public String name() {
        return "linear";
    }

    @Override
    public double[] compute(double[] x, double[] y) {
        BackgroundInput.validate(name(), x, y);
        int n = x.length;
        BackgroundInput.checkAveragePoints(name(), averagePoints, n);
        double left = BackgroundInput.meanOfFirst(y, averagePoints);
        double right = BackgroundInput.meanOfLast(y, averagePoints);
        double slope = (right - left) / (x[n - 1] - x[0]);
        double[] line = new double[n];
        for (int i = 0; i < n; i++) {
            line[i] = left + slope * (x[i] - x[0]);
        }
        return line;
    }

    @Override
    public ProcessingStep asStep() {
        return ProcessingStep.of("background", "type", name(), "average", averagePoints);
    }
}
