package org.waypoint.service.lmi.imports;

import java.util.ArrayList;
import java.util.List;

/**
 * Every row of a delimited file must have at least the header's number of columns. A row with
 * fewer cells is refused even when the cells it has parse (a title cut in half is still text, and
 * an optional column left out is not an error for the parser), and a short last line without a
 * line break is named as what it almost always is: a file cut short. Cells beyond the header are
 * the parsers' to report (see {@link Cells}), with the row's other errors.
 */
final class ColumnCountCheck {

    private static final int MAX_KEPT = 200;

    private final String fileLabel;
    private List<String> header;
    private final List<RowError> errors = new ArrayList<>();
    private int errorCount;
    private int lastRow;
    private int lastShortRow = -1;
    private int lastShortCells;

    ColumnCountCheck(String fileLabel) {
        this.fileLabel = fileLabel;
    }

    void row(int rowNumber, List<String> cells) {
        if (cells.stream().allMatch(cell -> cell == null || cell.isBlank())) {
            return;
        }
        lastRow = rowNumber;
        if (header == null) {
            header = List.copyOf(cells);
            return;
        }
        if (cells.size() < header.size()) {
            lastShortRow = rowNumber;
            lastShortCells = cells.size();
            add(new RowError(
                    rowNumber,
                    columnName(cells.size()),
                    "the row has " + cells.size() + " of the header's " + header.size() + " columns"));
        }
    }

    /**
     * @param endsWithLineBreak whether the file's last byte is a line break
     * @throws IncompleteRowsException when any row had the wrong number of columns
     */
    void finish(boolean endsWithLineBreak) {
        if (errors.isEmpty()) {
            return;
        }
        String message = !endsWithLineBreak && lastShortRow == lastRow
                ? fileLabel + ": the last line (row " + lastRow + ") is incomplete: it stops in column \""
                        + columnName(lastShortCells - 1) + "\" (" + lastShortCells + " of " + header.size()
                        + ") without a line break, so the file was cut short"
                : fileLabel + ": " + errorCount + " row(s) do not have the header's " + header.size() + " columns";
        throw new IncompleteRowsException(message, errors, errorCount);
    }

    private String columnName(int index) {
        String name =
                index < header.size() ? header.get(index).replace("\uFEFF", "").strip() : "";
        return name.isEmpty() ? "column " + (index + 1) : name;
    }

    private void add(RowError error) {
        errorCount++;
        if (errors.size() < MAX_KEPT) {
            errors.add(error);
        }
    }
}
