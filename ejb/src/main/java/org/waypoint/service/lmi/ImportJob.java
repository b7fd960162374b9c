package org.waypoint.service.lmi;

import java.util.List;
import org.waypoint.persistence.lmi.LmiDatasetKind;
import org.waypoint.service.lmi.imports.RowError;

/**
 * An import running in the background for the administrator who started it: what it is doing, how
 * far it got, and how it ended. Thread-safe: the import writes, the page's progress bar reads.
 */
public final class ImportJob implements ImportProgress {

    public enum State {
        RUNNING,
        SUCCEEDED,
        FAILED,
        /** The file is much smaller than the data in use: waiting for the administrator to confirm. */
        HELD
    }

    private final String id;
    private final String owner;
    private final LmiDatasetKind kind;
    private final String fileName;
    private final long startedAt = System.currentTimeMillis();
    private volatile State state = State.RUNNING;
    private volatile String phase = "Waiting to start";
    private volatile int total;
    private volatile int done;
    private volatile ImportSummary summary;
    private volatile String failure;
    private volatile List<RowError> errors = List.of();
    private volatile int errorCount;
    private volatile SmallerVintageException held;

    ImportJob(String id, String owner, LmiDatasetKind kind, String fileName) {
        this.id = id;
        this.owner = owner;
        this.kind = kind;
        this.fileName = fileName;
    }

    @Override
    public synchronized void phase(String description, int totalRows) {
        phase = description;
        total = totalRows;
        done = 0;
    }

    @Override
    public synchronized void advance(int rows) {
        done = Math.min(total, done + rows);
    }

    void succeeded(ImportSummary result) {
        summary = result;
        phase = "Imported " + result.rowsImported() + " rows";
        done = total;
        state = State.SUCCEEDED;
    }

    void failed(String message, List<RowError> rowErrors, int count) {
        phase = "Not imported: " + fileName;
        failure = message;
        errors = List.copyOf(rowErrors);
        errorCount = count;
        state = State.FAILED;
    }

    void held(SmallerVintageException reason) {
        phase = "Waiting for confirmation: " + fileName;
        failure = reason.getMessage();
        held = reason;
        state = State.HELD;
    }

    /** Rows in the file, when the import is held for confirmation; else 0. */
    public int getHeldRows() {
        return held == null ? 0 : held.newRows();
    }

    /** Rows of the data in use, when the import is held for confirmation; else 0. */
    public int getCurrentRows() {
        return held == null ? 0 : held.currentRows();
    }

    /** 0-100: reading the file counts as the first 10, saving the rest. */
    public int percent() {
        if (state != State.RUNNING) {
            return 100;
        }
        int saved = total == 0 ? 0 : (int) (90L * done / total);
        return Math.min(99, (total == 0 ? 5 : 10) + saved);
    }

    public String getId() {
        return id;
    }

    public String getOwner() {
        return owner;
    }

    public LmiDatasetKind getKind() {
        return kind;
    }

    public String getFileName() {
        return fileName;
    }

    public long getStartedAt() {
        return startedAt;
    }

    public State getState() {
        return state;
    }

    public String getPhase() {
        return phase;
    }

    public ImportSummary getSummary() {
        return summary;
    }

    public String getFailure() {
        return failure;
    }

    public List<RowError> getErrors() {
        return errors;
    }

    public int getErrorCount() {
        return errorCount;
    }
}
