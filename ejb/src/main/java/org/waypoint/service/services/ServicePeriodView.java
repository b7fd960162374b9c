package org.waypoint.service.services;

import java.io.Serializable;
import java.time.LocalDate;
import org.waypoint.persistence.participant.Enrollment;
import org.waypoint.persistence.participant.ExitReason;
import org.waypoint.persistence.participant.Program;

/**
 * An enrollment as the services timeline shows it: open, or exited on a date for a reason, with the
 * participation date and the last service for exit that the services keep current.
 */
public record ServicePeriodView(
        Long enrollmentId,
        Program program,
        LocalDate entryDate,
        LocalDate exitDate,
        ExitReason exitReason,
        LocalDate participationDate,
        LocalDate lastServiceDate)
        implements Serializable {

    static ServicePeriodView of(Enrollment e) {
        return new ServicePeriodView(
                e.getId(),
                e.getProgram(),
                e.getEntryDate(),
                e.getExitDate(),
                e.getExitReason(),
                e.getParticipationDate(),
                e.getLastServiceDate());
    }

    public boolean exited() {
        return exitDate != null;
    }
}
