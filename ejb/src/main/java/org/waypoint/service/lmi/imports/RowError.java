package org.waypoint.service.lmi.imports;

/**
 * A bad value in one cell, located the way the person who opens the file finds it.
 *
 * @param rowNumber the row as a spreadsheet shows it: 1-based, the header row is row 1
 * @param column the column's header as written in the file
 * @param message what is wrong, e.g. "\"abc\" is not a whole number"
 */
public record RowError(int rowNumber, String column, String message) {

    @Override
    public String toString() {
        return "row " + rowNumber + ", column \"" + column + "\": " + message;
    }
}
