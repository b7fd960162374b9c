package org.waypoint.persistence.wages;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.waypoint.persistence.common.Auditable;

/**
 * One import of a state's quarterly UI wage file, kept whether the file was accepted or refused so
 * that the state admin sees what happened to every file and the audit trail shows who imported
 * what: the file's name (the file itself is not kept), how its columns were read, how many rows
 * matched a participant and how many were not ours, how many amounts replaced earlier ones, and
 * for a refused file its first row errors. Saved in the same transaction as the wage records it
 * brought, so an import that failed half-way left no rows behind.
 */
@Entity
@Table(name = "wage_import")
@NamedQuery(name = WageImport.FIND_ALL, query = "SELECT w FROM WageImport w ORDER BY w.startedAt DESC, w.id DESC")
@NamedQuery(
        name = WageImport.FIND_BY_STATE,
        query = "SELECT w FROM WageImport w WHERE w.stateCode = :state ORDER BY w.startedAt DESC, w.id DESC")
public class WageImport implements Auditable {

    public static final String FIND_ALL = "WageImport.findAll";
    public static final String FIND_BY_STATE = "WageImport.findByState";

    /** How many row errors a refused import keeps: enough to fix a file. */
    public static final int MAX_ERRORS = 200;

    @Id
    @SequenceGenerator(name = "waypoint_seq", sequenceName = "waypoint_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "waypoint_seq")
    private Long id;

    @Column(name = "state_code", nullable = false, length = 2)
    private String stateCode;

    @Column(name = "file_name", nullable = false, length = 255)
    private String fileName;

    /** How the columns were read, e.g. {@code header: SSN=SSN, year=YEAR, ...}. */
    @Column(name = "column_mapping", nullable = false, length = 500)
    private String columnMapping;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private WageImportStatus status;

    @Column(name = "rows_read", nullable = false)
    private int rowsRead;

    @Column(name = "rows_matched", nullable = false)
    private int rowsMatched;

    @Column(name = "rows_unmatched", nullable = false)
    private int rowsUnmatched;

    @Column(name = "rows_inserted", nullable = false)
    private int rowsInserted;

    @Column(name = "rows_replaced", nullable = false)
    private int rowsReplaced;

    @Column(name = "error_count", nullable = false)
    private int errorCount;

    @Column(length = 1000)
    private String message;

    @Column(name = "imported_by", nullable = false, length = 60)
    private String importedBy;

    @Column(name = "started_at", nullable = false)
    private LocalDateTime startedAt;

    @Column(name = "finished_at", nullable = false)
    private LocalDateTime finishedAt;

    @Version
    private long version;

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "wage_import_error", joinColumns = @JoinColumn(name = "wage_import_id"))
    @OrderColumn(name = "error_index")
    private List<WageImportError> errors = new ArrayList<>();

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "wage_import_quarter", joinColumns = @JoinColumn(name = "wage_import_id"))
    private List<WageImportQuarter> quarters = new ArrayList<>();

    protected WageImport() {}

    /** An accepted import, before its rows are written: its counts are set by {@link #imported}. */
    public WageImport(
            String stateCode,
            String fileName,
            String columnMapping,
            String importedBy,
            LocalDateTime startedAt,
            int rowsRead,
            List<WageImportQuarter> quarters) {
        this.stateCode = stateCode;
        this.fileName = fileName;
        this.columnMapping = columnMapping;
        this.importedBy = importedBy;
        this.startedAt = startedAt;
        this.finishedAt = startedAt;
        this.status = WageImportStatus.IMPORTED;
        this.rowsRead = rowsRead;
        this.rowsUnmatched = rowsRead;
        this.quarters = new ArrayList<>(quarters);
    }

    /** A refused or failed import: nothing of the file was saved. */
    public static WageImport notImported(
            WageImportStatus status,
            String stateCode,
            String fileName,
            String columnMapping,
            String importedBy,
            LocalDateTime startedAt,
            LocalDateTime finishedAt,
            int rowsRead,
            String message,
            List<WageImportError> errors,
            int errorCount) {
        if (status == WageImportStatus.IMPORTED) {
            throw new IllegalArgumentException("An accepted import is made with the constructor.");
        }
        WageImport refused =
                new WageImport(stateCode, fileName, columnMapping, importedBy, startedAt, rowsRead, List.of());
        refused.status = status;
        refused.rowsUnmatched = 0;
        refused.finishedAt = finishedAt;
        refused.message = message;
        refused.errors = new ArrayList<>(errors.subList(0, Math.min(errors.size(), MAX_ERRORS)));
        refused.errorCount = errorCount;
        return refused;
    }

    /** The counts of an accepted import once its rows are written. */
    public void imported(int matched, int inserted, int replaced, LocalDateTime finished) {
        this.rowsMatched = matched;
        this.rowsUnmatched = rowsRead - matched;
        this.rowsInserted = inserted;
        this.rowsReplaced = replaced;
        this.finishedAt = finished;
    }

    @Override
    public Object auditId() {
        return id;
    }

    public Long getId() {
        return id;
    }

    public String getStateCode() {
        return stateCode;
    }

    public String getFileName() {
        return fileName;
    }

    public String getColumnMapping() {
        return columnMapping;
    }

    public WageImportStatus getStatus() {
        return status;
    }

    public int getRowsRead() {
        return rowsRead;
    }

    public int getRowsMatched() {
        return rowsMatched;
    }

    public int getRowsUnmatched() {
        return rowsUnmatched;
    }

    public int getRowsInserted() {
        return rowsInserted;
    }

    public int getRowsReplaced() {
        return rowsReplaced;
    }

    public int getErrorCount() {
        return errorCount;
    }

    public String getMessage() {
        return message;
    }

    public String getImportedBy() {
        return importedBy;
    }

    public LocalDateTime getStartedAt() {
        return startedAt;
    }

    public LocalDateTime getFinishedAt() {
        return finishedAt;
    }

    public long getVersion() {
        return version;
    }

    public List<WageImportError> getErrors() {
        return errors;
    }

    public List<WageImportQuarter> getQuarters() {
        return quarters;
    }
}
