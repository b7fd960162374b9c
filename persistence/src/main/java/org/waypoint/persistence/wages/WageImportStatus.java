package org.waypoint.persistence.wages;

/** How a wage import ended. */
public enum WageImportStatus {
    /** Every row was valid; the matched rows are saved. */
    IMPORTED,
    /** A row was bad (or the layout did not match the mapping): nothing was saved; the row errors say why. */
    REFUSED,
    /** The database failed during the import: nothing was saved. */
    FAILED
}
