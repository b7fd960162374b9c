package org.waypoint.service.lmi.imports;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Turns the rows a reader passes into a {@link ParseResult}: the first non-blank row is the header,
 * checked against the layout before anything else; every later non-blank row goes through the
 * parser's row mapper. Blank rows (a formatted but empty last row is common in workbooks) are not
 * data and are not counted.
 */
final class RowCollector<C extends Enum<C> & LayoutColumn, T> implements RowHandler {

    /** Reads one data row; returns null for a row the parser does not keep (not an error). */
    @FunctionalInterface
    interface RowMapper<C extends Enum<C> & LayoutColumn, T> {
        T map(Cells<C> cells);
    }

    private final String fileLabel;
    private final Class<C> type;
    private final Function<List<String>, List<C>> layoutForHeader;
    private final RowMapper<C, T> mapper;
    private final List<T> rows = new ArrayList<>();
    private final List<RowError> errors = new ArrayList<>();
    private Header<C> header;
    private int rowsRead;

    /**
     * @param layoutForHeader the columns expected, chosen by looking at the header row (a file type
     *     published in two layouts); most parsers return one fixed list
     */
    RowCollector(
            String fileLabel, Class<C> type, Function<List<String>, List<C>> layoutForHeader, RowMapper<C, T> mapper) {
        this.fileLabel = fileLabel;
        this.type = type;
        this.layoutForHeader = layoutForHeader;
        this.mapper = mapper;
    }

    @Override
    public void row(int rowNumber, List<String> cells) {
        if (cells.stream().allMatch(cell -> Header.clean(cell).isEmpty())) {
            return;
        }
        if (header == null) {
            header = Header.bind(fileLabel, type, layoutForHeader.apply(cells), cells);
            return;
        }
        rowsRead++;
        Cells<C> row = new Cells<>(header, rowNumber, cells);
        T value = mapper.map(row);
        if (row.hasErrors()) {
            errors.addAll(row.errors());
        } else if (value != null) {
            rows.add(value);
        }
    }

    /**
     * @throws LayoutException when the file had no header row at all
     */
    ParseResult<T> result(String vintage) {
        requireHeader();
        return new ParseResult<>(rows, errors, vintage, rowsRead);
    }

    /** The header row as bound to the layout; null before the first non-blank row. */
    Header<C> header() {
        return header;
    }

    void requireHeader() {
        if (header == null) {
            throw new LayoutException(fileLabel + ": the file is empty (no header row)");
        }
    }
}
