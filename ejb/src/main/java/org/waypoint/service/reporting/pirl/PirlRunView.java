package org.waypoint.service.reporting.pirl;

import java.io.Serializable;
import java.time.LocalDateTime;

/**
 * One PIRL run as the history, the page and the API show it: who started it and when, for which
 * state and quarter, its state, progress and counts, and for a completed run the file's SHA-256
 * and whether it may be submitted (no valid-value error). {@code hasFile} is true only for a
 * completed run: a failed or stopped one never names a file.
 */
public record PirlRunView(
        long id,
        String stateCode,
        String quarter,
        String startedBy,
        LocalDateTime startedAt,
        LocalDateTime finishedAt,
        Status status,
        Long executionId,
        int participantsTotal,
        int participantsDone,
        int rowsWritten,
        int valueErrors,
        int duplicateErrors,
        int logicalErrors,
        String sha256,
        boolean hasFile,
        Long fileBytes,
        boolean submittable,
        String message)
        implements Serializable {

    /** STARTING until the job runs; COMPLETED only after the file was hashed and renamed. */
    public enum Status {
        STARTING,
        RUNNING,
        COMPLETED,
        FAILED,
        STOPPED
    }

    /** 0-100 by participants read; 100 only once completed. */
    public int percent() {
        if (status == Status.COMPLETED) {
            return 100;
        }
        if (participantsTotal == 0) {
            return 0;
        }
        return Math.min(99, (int) (100L * participantsDone / participantsTotal));
    }

    public int errorCount() {
        return valueErrors + duplicateErrors + logicalErrors;
    }

    public boolean running() {
        return status == Status.STARTING || status == Status.RUNNING;
    }
}
