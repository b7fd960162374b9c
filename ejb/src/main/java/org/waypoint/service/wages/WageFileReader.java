package org.waypoint.service.wages;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import org.waypoint.service.common.CalendarQuarter;
import org.waypoint.service.lmi.imports.DelimitedTextReader;
import org.waypoint.service.lmi.imports.RowError;
import org.waypoint.service.lmi.imports.RowHandler;

/**
 * Reads a UI wage file row by row as it streams (the LMI imports' {@link DelimitedTextReader}:
 * Commons CSV, UTF-8, comma- or tab-separated), finds the columns through the {@link
 * WageColumnMapping}, and hands each valid row to a consumer; a bad cell becomes a {@link RowError}
 * naming the row and the column, never the value. Nothing is held but the current row, so a file of
 * millions of rows reads in constant memory.
 */
public final class WageFileReader implements RowHandler {

    private final WageColumnMapping mapping;
    private final CalendarQuarter current;
    private final Consumer<WageRow> rows;
    private final Consumer<RowError> errors;
    private Map<WageField, Integer> positions;
    private Map<WageField, String> labels;
    private boolean layoutBroken;
    private int headerWidth = Integer.MAX_VALUE;
    private int rowsRead;

    /**
     * @param current the quarter of today: a row for a later quarter is an error
     * @param rows receives each valid data row, in file order
     * @param errors receives each bad cell, in file order
     */
    public WageFileReader(
            WageColumnMapping mapping, CalendarQuarter current, Consumer<WageRow> rows, Consumer<RowError> errors) {
        this.mapping = mapping;
        this.current = current;
        this.rows = rows;
        this.errors = errors;
        if (!mapping.headerRow()) {
            bind(mapping.positions());
        }
    }

    /**
     * Reads the whole stream.
     *
     * @throws org.waypoint.service.lmi.imports.UnreadableFileException when the file is not UTF-8
     *     delimited text
     */
    public void read(InputStream in, String fileName) {
        DelimitedTextReader.readWithoutColumnCheck(in, fileName, this);
    }

    /** The data rows seen, good or bad (the header and blank rows not counted). */
    public int rowsRead() {
        return rowsRead;
    }

    @Override
    public void row(int rowNumber, List<String> cells) {
        if (cells.stream().allMatch(cell -> clean(cell) == null)) {
            return;
        }
        if (positions == null) {
            header(rowNumber, cells);
            return;
        }
        rowsRead++;
        if (layoutBroken) {
            return;
        }
        Map<WageField, String> values = new EnumMap<>(WageField.class);
        positions.forEach(
                (field, position) -> values.put(field, position < cells.size() ? clean(cells.get(position)) : null));
        List<RowError> bad = new ArrayList<>(0);
        for (int i = headerWidth; i < cells.size(); i++) {
            if (clean(cells.get(i)) != null) {
                // Not ignored: "1,000.00" unquoted is two cells, and the wage would silently become 1.
                bad.add(new RowError(
                        rowNumber,
                        "column " + (i + 1),
                        "a value to the right of the last column with a header"
                                + " (an amount written with a thousands separator?)"));
                break;
            }
        }
        WageRowRules.Result<String> ssn = WageRowRules.ssn(values.get(WageField.SSN));
        WageRowRules.Result<Integer> year = WageRowRules.year(values.get(WageField.YEAR), current);
        WageRowRules.Result<Integer> quarter =
                WageRowRules.quarter(values.get(WageField.QUARTER), year.value(), current);
        WageRowRules.Result<String> fein = WageRowRules.fein(values.get(WageField.FEIN));
        WageRowRules.Result<java.math.BigDecimal> wages = WageRowRules.wages(values.get(WageField.WAGES));
        check(rowNumber, WageField.SSN, ssn, bad);
        check(rowNumber, WageField.YEAR, year, bad);
        check(rowNumber, WageField.QUARTER, quarter, bad);
        check(rowNumber, WageField.FEIN, fein, bad);
        check(rowNumber, WageField.WAGES, wages, bad);
        if (bad.isEmpty()) {
            rows.accept(
                    new WageRow(rowNumber, ssn.value(), year.value(), quarter.value(), fein.value(), wages.value()));
        } else {
            bad.forEach(errors);
        }
    }

    /** The first non-blank row of a file with a header row: where the mapped headers are. */
    private void header(int rowNumber, List<String> cells) {
        Map<WageField, Integer> found = new EnumMap<>(WageField.class);
        Map<WageField, String> headers = mapping.headers();
        for (int i = 0; i < cells.size(); i++) {
            String cell = clean(cells.get(i));
            for (Map.Entry<WageField, String> header : headers.entrySet()) {
                if (cell != null
                        && !found.containsKey(header.getKey())
                        && cell.toLowerCase(Locale.ROOT)
                                .equals(header.getValue().toLowerCase(Locale.ROOT))) {
                    found.put(header.getKey(), i);
                }
            }
        }
        for (Map.Entry<WageField, String> header : headers.entrySet()) {
            if (!found.containsKey(header.getKey())) {
                // The header row is not echoed: in a file without one, it is a row of SSNs.
                errors.accept(new RowError(
                        rowNumber,
                        header.getValue(),
                        "the header row has no column \"" + header.getValue() + "\" (the "
                                + header.getKey().defaultHeader()
                                + "); name the file's columns in the mapping, or say it has no header row"));
                layoutBroken = true;
            }
        }
        labels = new EnumMap<>(headers);
        positions = found;
        headerWidth = cells.size();
    }

    private void bind(Map<WageField, Integer> fixed) {
        positions = fixed;
        labels = new EnumMap<>(WageField.class);
        fixed.forEach((field, position) ->
                labels.put(field, "column " + (position + 1) + " (" + field.defaultHeader() + ")"));
    }

    private void check(int rowNumber, WageField field, WageRowRules.Result<?> result, List<RowError> bad) {
        if (!result.ok()) {
            bad.add(new RowError(rowNumber, labels.get(field), result.problem()));
        }
    }

    private static String clean(String cell) {
        if (cell == null) {
            return null;
        }
        String text = cell.replace("\uFEFF", "").strip();
        return text.isEmpty() ? null : text;
    }
}
