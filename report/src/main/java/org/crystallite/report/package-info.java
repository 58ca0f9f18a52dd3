/**
 * Turns analysis results into files: CSV tables, JSON, PNG/SVG figures and an HTML page.
 * Depends only on generic value types ({@link org.crystallite.report.Table},
 * {@link org.crystallite.report.Plot}), never on a particular analysis.
 */
package org.crystallite.report;
