package org.waypoint.persistence.wages;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * A quarter an accepted wage file reported, with how many rows it had for it (matched or not): once
 * the state has reported a quarter, a participant without wages in it had no covered wages then.
 */
@Embeddable
public class WageImportQuarter {

    @Column(name = "wage_year", nullable = false)
    private int year;

    @Column(name = "wage_quarter", nullable = false)
    private int quarter;

    @Column(name = "row_count", nullable = false)
    private int rowCount;

    protected WageImportQuarter() {}

    public WageImportQuarter(int year, int quarter, int rowCount) {
        this.year = year;
        this.quarter = quarter;
        this.rowCount = rowCount;
    }

    public int getYear() {
        return year;
    }

    public int getQuarter() {
        return quarter;
    }

    public int getRowCount() {
        return rowCount;
    }
}
