package org.waypoint.service.lmi.imports;

import java.util.List;

/**
 * Rows with fewer cells than the header has columns, above all a last line cut
 * short: a file truncated in transfer or by an editor. The rows before the cut parse well, so
 * without this check a partial file would replace the whole current data. Each row is named with
 * the first column it lacks.
 */
public class IncompleteRowsException extends LayoutException {

    private final transient List<RowError> errors;
    private final int errorCount;

    IncompleteRowsException(String message, List<RowError> errors, int errorCount) {
        super(message);
        this.errors = List.copyOf(errors);
        this.errorCount = errorCount;
    }

    public List<RowError> errors() {
        return errors;
    }

    public int errorCount() {
        return errorCount;
    }
}
