package org.crystallite.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.crystallite.spectrum.AxisQuantity;
import org.crystallite.spectrum.Spectrum;
import org.crystallite.spectrum.fit.FitException;
import org.crystallite.spectrum.fit.FitResult;
import org.crystallite.spectrum.fit.Fitter;
import org.crystallite.spectrum.model.ModelLibrary;
import org.junit.jupiter.api.Test;

class FitReportTest {

    /** A fitted (in-model) background is the background column, not a second column of the same name. */
    @Test
    void curvesOfAFitWithAnInFitBackgroundHaveOneBackgroundColumn() throws FitException {
        double[] x = new double[101];
        double[] y = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            x[i] = 20 + 0.1 * i;
            double u = (x[i] - 25) / 0.8;
            y[i] = 50 + 0.3 * (x[i] - 25) + 1000 * Math.exp(-4 * Math.log(2) * u * u);
        }
        Spectrum data = Spectrum.of(x, y, AxisQuantity.TWO_THETA, AxisQuantity.INTENSITY);
        FitResult fit = new Fitter().fit(data, ModelLibrary.build("gaussian+linear", data, 20, 30));

        Table curves = FitReport.curves(fit, AxisQuantity.TWO_THETA, AxisQuantity.INTENSITY);

        assertEquals(List.of("twoTheta", "y", "sigma", "fit", "background", "residual", "gaussian"),
                curves.columns().stream().map(Table.Column::name).toList());
        int row = 80;
        double background = (Double) curves.cell(row, curves.columnIndex("background"));
        assertEquals(50 + 0.3 * (x[row] - 25), background, 1e-6);
    }
}
