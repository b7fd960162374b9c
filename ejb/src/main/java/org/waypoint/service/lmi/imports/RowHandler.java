package org.waypoint.service.lmi.imports;

import java.util.List;

/** Receives a table's rows in order, the header row included. */
@FunctionalInterface
public interface RowHandler {

    /**
     * @param rowNumber 1-based, as a spreadsheet shows it
     * @param cells the cell texts by column position; a cell the file leaves out is "" or beyond the end
     */
    void row(int rowNumber, List<String> cells);
}
