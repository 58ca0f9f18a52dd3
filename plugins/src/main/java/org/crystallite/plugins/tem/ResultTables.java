package org.crystallite.plugins.tem;

import java.awt.GraphicsEnvironment;

import ij.measure.ResultsTable;

/**
 * Named result tables that grow run after run (as ImageJ's "Summary" table does), so a batch over
 * many images ends in one table; optionally a copy of the rows in the system "Results" table, which
 * macros can read with {@code getResult} and save with {@code saveAs("Results", path)} even when
 * ImageJ runs headless (named tables are not kept there).
 */
final class ResultTables {

    /** Decimals shown and saved: d-spacings in nm need 5–6 to carry a 0.01 % precision. */
    static final int DECIMALS = 6;

    private ResultTables() {
    }

    /** The table shown under {@code title}, or a new one when none is open (always new when headless). */
    static ResultsTable named(String title) {
        ResultsTable open = GraphicsEnvironment.isHeadless() ? null : ResultsTable.getResultsTable(title);
        ResultsTable table = open != null ? open : new ResultsTable();
        table.setPrecision(DECIMALS);
        return table;
    }

    /** Appends all rows of {@code rows} (same headings) to the system Results table and shows it. */
    static void copyToResults(ResultsTable rows) {
        ResultsTable results = ResultsTable.getResultsTable();
        String[] headings = rows.getHeadings();
        for (int r = 0; r < rows.size(); r++) {
            results.incrementCounter();
            for (String h : headings) {
                String text = rows.getStringValue(h, r);
                double value = rows.getValue(h, r);
                if (Double.isNaN(value) && text != null && !text.equals("NaN")) {
                    results.addValue(h, text);
                } else {
                    results.addValue(h, value);
                }
            }
        }
        for (String h : headings) {
            int column = results.getColumnIndex(h);
            if (column >= 0) {
                results.setDecimalPlaces(column, isWholeNumbers(rows, h) ? 0 : DECIMALS);
            }
        }
        results.show("Results");
    }

    private static boolean isWholeNumbers(ResultsTable rows, String heading) {
        for (int r = 0; r < rows.size(); r++) {
            double v = rows.getValue(heading, r);
            if (Double.isNaN(v) || v != Math.rint(v)) {
                return false;
            }
        }
        return true;
    }
}
