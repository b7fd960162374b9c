package org.waypoint.service.outcomes;

import java.time.LocalDate;
import org.waypoint.persistence.participant.Enrollment;
import org.waypoint.persistence.participant.Program;

/**
 * The facts of one period of participation that the outcome rules read: its program, entry date
 * and exit date (null while open).
 */
public record Participation(Program program, LocalDate entryDate, LocalDate exitDate) {

    static Participation of(Enrollment enrollment) {
        return new Participation(enrollment.getProgram(), enrollment.getEntryDate(), enrollment.getExitDate());
    }
}
