package org.waypoint.service.reporting.pirl;

import java.io.Serializable;

/**
 * Where the PIRL reader stood when a chunk was committed: the last participant and period written,
 * how many participants had been read, and that record's key (for the duplicate check of the next).
 * JBeret keeps it in its job repository, so a restart reads on from here.
 */
public record PirlCheckpoint(long participantId, int periodIndex, int participantOrdinal, String lastKey)
        implements Serializable {

    private static final long serialVersionUID = 1L;
}
