package org.waypoint.service.wages;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;

/**
 * A wage import running in the background for the state admin who started it, as the LMI imports'
 * ImportJob: what it is doing, how far it got and how it ended, read by the page's progress bar.
 * Checking the file counts as the first 40% (by bytes read), matching and saving the rest (by rows).
 */
public final class WageImportJob {

    public enum State {
        RUNNING,
        SUCCEEDED,
        FAILED
    }

    private final String id;
    private final String owner;
    private final String fileName;
    private final long startedAt = System.currentTimeMillis();
    private volatile State state = State.RUNNING;
    private volatile String phase = "Waiting to start";
    private volatile long fileBytes;
    private volatile long bytesRead;
    private volatile int rowsTotal;
    private volatile int rowsDone;
    private volatile boolean saving;
    private volatile WageImportView result;
    private volatile String failure;
    private volatile List<WageImportView.RowErrorView> errors = List.of();

    WageImportJob(String id, String owner, String fileName) {
        this.id = id;
        this.owner = owner;
        this.fileName = fileName;
    }

    /** The file as it is read in the first pass, counting the bytes for the progress bar. */
    InputStream checking(InputStream in, long size) {
        phase = "Checking " + fileName;
        fileBytes = size;
        return new FilterInputStream(in) {
            @Override
            public int read() throws IOException {
                int b = super.read();
                if (b >= 0) {
                    bytesRead++;
                }
                return b;
            }

            @Override
            public int read(byte[] buffer, int offset, int length) throws IOException {
                int n = super.read(buffer, offset, length);
                if (n > 0) {
                    bytesRead += n;
                }
                return n;
            }
        };
    }

    void saving(int rows) {
        phase = "Matching and saving " + rows + " rows";
        rowsTotal = rows;
        saving = true;
    }

    synchronized void advance(int rows) {
        rowsDone = Math.min(rowsTotal, rowsDone + rows);
    }

    void succeeded(WageImportView view) {
        result = view;
        phase = "Imported " + fileName;
        state = State.SUCCEEDED;
    }

    void failed(String message, List<WageImportView.RowErrorView> rowErrors) {
        phase = "Not imported: " + fileName;
        failure = message;
        errors = List.copyOf(rowErrors);
        state = State.FAILED;
    }

    /** 0-100. */
    public int percent() {
        if (state != State.RUNNING) {
            return 100;
        }
        if (!saving) {
            return fileBytes == 0 ? 1 : (int) Math.min(40, 40L * bytesRead / fileBytes);
        }
        return rowsTotal == 0 ? 40 : Math.min(99, 40 + (int) (60L * rowsDone / rowsTotal));
    }

    public String getId() {
        return id;
    }

    public String getOwner() {
        return owner;
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

    public WageImportView getResult() {
        return result;
    }

    public String getFailure() {
        return failure;
    }

    public List<WageImportView.RowErrorView> getErrors() {
        return errors;
    }
}
