package org.waypoint.persistence.wages;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * One bad cell of a refused wage file, located as the person who opens the file finds it (row 1 is
 * the header row). The message says what is wrong without repeating the value: the value may be an
 * SSN, which must never be stored in plain text.
 */
@Embeddable
public class WageImportError {

    @Column(name = "error_row", nullable = false)
    private int rowNumber;

    @Column(name = "column_name", nullable = false, length = 100)
    private String column;

    @Column(nullable = false, length = 300)
    private String message;

    protected WageImportError() {}

    public WageImportError(int rowNumber, String column, String message) {
        this.rowNumber = rowNumber;
        this.column = column;
        this.message = message;
    }

    public int getRowNumber() {
        return rowNumber;
    }

    public String getColumn() {
        return column;
    }

    public String getMessage() {
        return message;
    }
}
