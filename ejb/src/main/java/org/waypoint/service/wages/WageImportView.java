package org.waypoint.service.wages;

import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.List;
import org.waypoint.persistence.wages.WageImport;
import org.waypoint.persistence.wages.WageImportStatus;

/**
 * A wage import as the page and the API show it: counts, status, the quarters the file reported
 * and, for a refused file, its first row errors (row and column, never a value).
 */
public record WageImportView(
        long id,
        String stateCode,
        String fileName,
        String columnMapping,
        WageImportStatus status,
        int rowsRead,
        int rowsMatched,
        int rowsUnmatched,
        int rowsInserted,
        int rowsReplaced,
        int errorCount,
        String message,
        String importedBy,
        LocalDateTime startedAt,
        LocalDateTime finishedAt,
        List<String> quarters,
        List<RowErrorView> rowErrors)
        implements Serializable {

    /** A bad cell: "row 12, column SSN: not 9 digits". */
    public record RowErrorView(int row, String column, String message) implements Serializable {
        @Override
        public String toString() {
            return "row " + row + ", column " + column + ": " + message;
        }
    }

    /** The quarters the file reported, as the page lists them: "2025 Q2, 2025 Q3". */
    public String quarterList() {
        return String.join(", ", quarters);
    }

    public static WageImportView of(WageImport w) {
        return new WageImportView(
                w.getId(),
                w.getStateCode(),
                w.getFileName(),
                w.getColumnMapping(),
                w.getStatus(),
                w.getRowsRead(),
                w.getRowsMatched(),
                w.getRowsUnmatched(),
                w.getRowsInserted(),
                w.getRowsReplaced(),
                w.getErrorCount(),
                w.getMessage(),
                w.getImportedBy(),
                w.getStartedAt(),
                w.getFinishedAt(),
                w.getQuarters().stream()
                        .map(q -> q.getYear() + " Q" + q.getQuarter())
                        .sorted()
                        .toList(),
                w.getErrors().stream()
                        .map(e -> new RowErrorView(e.getRowNumber(), e.getColumn(), e.getMessage()))
                        .toList());
    }
}
