package org.waypoint.service.lmi;

import jakarta.ejb.ApplicationException;

/**
 * An import held back because the new file has far fewer rows than the data now in use: under
 * {@link VintageSizeCheck#MIN_SHARE_PERCENT}% of them. A truncated file that happens to end on a
 * line break parses cleanly, so only the count gives it away; a publisher that really dropped
 * rows is rare but real, so the administrator may confirm and import it anyway. Nothing was
 * changed.
 */
@ApplicationException(rollback = true)
public class SmallerVintageException extends ImportRejectedException {

    private final int currentRows;
    private final int newRows;
    private final String currentVintage;

    public SmallerVintageException(String fileName, int newRows, int currentRows, String currentVintage) {
        super(fileName + " has " + newRows + " rows, far fewer than the " + currentRows + " rows of the data in use ("
                + currentVintage + "). Nothing was changed; if the file is complete, confirm to import it.");
        this.currentRows = currentRows;
        this.newRows = newRows;
        this.currentVintage = currentVintage;
    }

    public int currentRows() {
        return currentRows;
    }

    public int newRows() {
        return newRows;
    }

    public String currentVintage() {
        return currentVintage;
    }
}
