package org.waypoint.service.participant;

import java.io.Serializable;
import java.time.LocalDate;
import org.waypoint.persistence.participant.Enrollment;
import org.waypoint.persistence.participant.Program;

/** A program enrollment as pages and the API show it. */
public record EnrollmentView(
        Long id, Program program, LocalDate entryDate, LocalDate exitDate, String caseManager, String officeName)
        implements Serializable {

    static EnrollmentView of(Enrollment e) {
        return new EnrollmentView(
                e.getId(),
                e.getProgram(),
                e.getEntryDate(),
                e.getExitDate(),
                e.getCaseManager() == null ? null : e.getCaseManager().getUsername(),
                e.getOffice() == null ? null : e.getOffice().getName());
    }

    public boolean isOpen() {
        return exitDate == null || !exitDate.isBefore(LocalDate.now());
    }
}
