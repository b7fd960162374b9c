package org.waypoint.service.wages;

/**
 * The five fields of a UI wage row, with the header the default layout gives each. The default
 * layout is a CSV file whose header row names the columns {@code SSN,YEAR,QUARTER,FEIN,WAGES} (any
 * order, any letter case); a file laid out otherwise is read through a {@link WageColumnMapping}.
 */
public enum WageField {
    SSN("SSN", "ssnColumn"),
    YEAR("YEAR", "yearColumn"),
    QUARTER("QUARTER", "quarterColumn"),
    FEIN("FEIN", "feinColumn"),
    WAGES("WAGES", "wagesColumn");

    private final String defaultHeader;
    private final String mappingField;

    WageField(String defaultHeader, String mappingField) {
        this.defaultHeader = defaultHeader;
        this.mappingField = mappingField;
    }

    /** The column's header in the default layout. */
    public String defaultHeader() {
        return defaultHeader;
    }

    /** The field of {@link WageColumnMapping} (and of the API and the page) that names this column. */
    public String mappingField() {
        return mappingField;
    }

    /** 1 to 5: where the column is in a file without a header row, unless the mapping says otherwise. */
    public int defaultPosition() {
        return ordinal() + 1;
    }
}
