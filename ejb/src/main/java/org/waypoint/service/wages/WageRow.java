package org.waypoint.service.wages;

import java.math.BigDecimal;
import org.waypoint.service.common.CalendarQuarter;

/**
 * One valid row of a UI wage file: whose SSN (nine digits, held only while the file is read and
 * hashed, never stored), which quarter, which employer, how much. {@link #toString} leaves the SSN
 * out, so that no log line or message can carry it.
 *
 * @param rowNumber the row as a spreadsheet shows it (the header row, when there is one, is row 1)
 * @param fein the employer's FEIN as nine digits
 */
public record WageRow(int rowNumber, String ssn, int year, int quarter, String fein, BigDecimal wages) {

    public CalendarQuarter calendarQuarter() {
        return new CalendarQuarter(year, quarter);
    }

    @Override
    public String toString() {
        return "row " + rowNumber + " (" + year + " Q" + quarter + ", FEIN " + fein + ", " + wages + ")";
    }
}
