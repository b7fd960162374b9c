package org.waypoint.service.exit;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import org.waypoint.persistence.exit.ServiceGap;
import org.waypoint.persistence.participant.Program;

/** A planned gap in service as pages and the API show it; {@code version} is sent back to remove it. */
public record ServiceGapView(
        Long id,
        Long enrollmentId,
        Program program,
        LocalDate from,
        LocalDate to,
        String reason,
        String recordedBy,
        Instant recordedAt,
        long version)
        implements Serializable {

    static ServiceGapView of(ServiceGap gap) {
        return new ServiceGapView(
                gap.getId(),
                gap.getEnrollment().getId(),
                gap.getEnrollment().getProgram(),
                gap.getFrom(),
                gap.getTo(),
                gap.getReason(),
                gap.getRecordedBy() == null ? null : gap.getRecordedBy().getUsername(),
                gap.getRecordedAt(),
                gap.getVersion());
    }
}
