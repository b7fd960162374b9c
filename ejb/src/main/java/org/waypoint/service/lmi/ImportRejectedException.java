package org.waypoint.service.lmi;

import jakarta.ejb.ApplicationException;
import java.util.List;
import org.waypoint.service.lmi.imports.RowError;

/**
 * A file the import refused, and why: a layout that is not the published one, a file that cannot be
 * read, or rows with bad values (each named by row number and column). Nothing of the file was
 * kept; the data imported before it is untouched and still in use.
 */
@ApplicationException(rollback = true)
public class ImportRejectedException extends RuntimeException {

    /** How many row errors are carried: enough to fix a file, not so many that a page chokes. */
    public static final int MAX_ERRORS = 200;

    private final List<RowError> errors;
    private final int errorCount;

    public ImportRejectedException(String message) {
        this(message, List.of(), 0);
    }

    public ImportRejectedException(String message, List<RowError> errors, int errorCount) {
        super(message);
        this.errors = List.copyOf(errors.subList(0, Math.min(errors.size(), MAX_ERRORS)));
        this.errorCount = errorCount;
    }

    /** The first {@link #MAX_ERRORS} row errors, in file order. */
    public List<RowError> errors() {
        return errors;
    }

    /** How many row errors the file had in all. */
    public int errorCount() {
        return errorCount;
    }
}
