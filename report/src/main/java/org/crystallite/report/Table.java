package org.crystallite.report;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * An immutable table of results with named columns, each carrying a unit (empty when dimensionless
 * or not applicable). Cells are numbers ({@link Double}, {@link Float}, {@link Long}, {@link Integer},
 * {@link Short}, {@link Byte}), text, or {@code null} for a missing value.
 *
 * <pre>{@code
 * Table table = Table.builder()
 *         .column("twoTheta", "°").column("intensity", "counts").column("phase", "")
 *         .row(28.44, 1520.0, "Si")
 *         .build();
 * }</pre>
 */
public final class Table {

    /** A column: its name and its unit ({@code ""} when there is none). */
    public record Column(String name, String unit) {

        public Column {
            Objects.requireNonNull(name, "column name");
            Objects.requireNonNull(unit, "column unit");
            if (name.isBlank()) {
                throw new IllegalArgumentException("Column name is blank");
            }
        }

        /** The header text: {@code "twoTheta (°)"}, or just the name when the unit is empty. */
        public String label() {
            return unit.isEmpty() ? name : name + " (" + unit + ")";
        }
    }

    private final List<Column> columns;
    private final List<Object[]> rows;

    private Table(List<Column> columns, List<Object[]> rows) {
        this.columns = List.copyOf(columns);
        this.rows = Collections.unmodifiableList(new ArrayList<>(rows));
    }

    public static Builder builder() {
        return new Builder();
    }

    public List<Column> columns() {
        return columns;
    }

    public int columnCount() {
        return columns.size();
    }

    public int rowCount() {
        return rows.size();
    }

    /** Index of the column called {@code name}. */
    public int columnIndex(String name) {
        for (int i = 0; i < columns.size(); i++) {
            if (columns.get(i).name().equals(name)) {
                return i;
            }
        }
        throw new IllegalArgumentException("No column named '" + name + "'; columns are " + columnNames());
    }

    /** The cell at {@code row}, {@code column}: a Number, a String or {@code null}. */
    public Object cell(int row, int column) {
        Objects.checkIndex(row, rows.size());
        Objects.checkIndex(column, columns.size());
        return rows.get(row)[column];
    }

    /** A copy of one row's cells. */
    public List<Object> row(int row) {
        Objects.checkIndex(row, rows.size());
        return Collections.unmodifiableList(Arrays.asList(rows.get(row).clone()));
    }

    private List<String> columnNames() {
        return columns.stream().map(Column::name).toList();
    }

    /** Collects columns first, then rows; {@link #build()} gives the immutable table. */
    public static final class Builder {

        private final List<Column> columns = new ArrayList<>();
        private final Set<String> names = new HashSet<>();
        private final List<Object[]> rows = new ArrayList<>();

        private Builder() {
        }

        /** Adds a column; {@code unit} may be {@code ""}. Columns must all be added before the first row. */
        public Builder column(String name, String unit) {
            if (!rows.isEmpty()) {
                throw new IllegalStateException("Add all columns before the first row (column '" + name + "')");
            }
            Column column = new Column(name, unit);
            if (!names.add(column.name())) {
                throw new IllegalArgumentException("Duplicate column name '" + name + "'");
            }
            columns.add(column);
            return this;
        }

        /** Adds a column without unit. */
        public Builder column(String name) {
            return column(name, "");
        }

        /** Adds one row; it must have one cell per column. */
        public Builder row(Object... cells) {
            Objects.requireNonNull(cells, "cells");
            if (columns.isEmpty()) {
                throw new IllegalStateException("Add columns before rows");
            }
            if (cells.length != columns.size()) {
                throw new IllegalArgumentException("Row " + rows.size() + " has " + cells.length
                        + " cells but the table has " + columns.size() + " columns");
            }
            Object[] copy = cells.clone();
            for (int i = 0; i < copy.length; i++) {
                if (!isAllowedCell(copy[i])) {
                    throw new IllegalArgumentException("Row " + rows.size() + ", column '" + columns.get(i).name()
                            + "': cells must be numbers, text or null, not " + copy[i].getClass().getName());
                }
            }
            rows.add(copy);
            return this;
        }

        /**
         * Adds one row per index from parallel arrays, one array per column in column order (e.g. x, y,
         * fit, residual of a spectrum). All arrays must have the same length.
         */
        public Builder rowsFromColumns(double[]... columnValues) {
            Objects.requireNonNull(columnValues, "columnValues");
            if (columnValues.length != columns.size()) {
                throw new IllegalArgumentException(columnValues.length + " arrays given for " + columns.size() + " columns");
            }
            int length = columnValues.length == 0 ? 0 : columnValues[0].length;
            for (int c = 0; c < columnValues.length; c++) {
                if (columnValues[c].length != length) {
                    throw new IllegalArgumentException("Column '" + columns.get(c).name() + "' has "
                            + columnValues[c].length + " values, expected " + length);
                }
            }
            for (int r = 0; r < length; r++) {
                Object[] cells = new Object[columnValues.length];
                for (int c = 0; c < cells.length; c++) {
                    cells[c] = columnValues[c][r];
                }
                rows.add(cells);
            }
            return this;
        }

        public Table build() {
            if (columns.isEmpty()) {
                throw new IllegalStateException("A table needs at least one column");
            }
            return new Table(columns, rows);
        }

        private static boolean isAllowedCell(Object cell) {
            return cell == null || cell instanceof String || cell instanceof Double || cell instanceof Float
                    || cell instanceof Long || cell instanceof Integer || cell instanceof Short || cell instanceof Byte;
        }
    }
}
