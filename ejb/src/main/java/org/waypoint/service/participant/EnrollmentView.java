package org.waypoint.service.participant;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.Set;
import java.util.TreeSet;
import org.waypoint.persistence.participant.Barrier;
import org.waypoint.persistence.participant.EducationLevel;
import org.waypoint.persistence.participant.EmploymentStatus;
import org.waypoint.persistence.participant.Enrollment;
import org.waypoint.persistence.participant.ExitExclusion;
import org.waypoint.persistence.participant.ExitReason;
import org.waypoint.persistence.participant.Program;
import org.waypoint.persistence.participant.PublicAssistance;
import org.waypoint.persistence.participant.SchoolStatus;

/**
 * A program enrollment as pages and the API show it, with how it exited (PIRL 901 exit date, the
 * reason, PIRL 923 exclusion) and the last day of a service that counts for exit.
 */
public record EnrollmentView(
        Long id,
        Program program,
        LocalDate entryDate,
        LocalDate exitDate,
        ExitReason exitReason,
        ExitExclusion exitExclusion,
        String exitNote,
        LocalDate lastServiceDate,
        String caseManager,
        String officeName,
        Long determinationId,
        boolean lowIncomeException,
        boolean additionalAssistanceCap,
        EntryCharacteristics atEntry,
        long version)
        implements Serializable {

    /** The characteristics at entry frozen with the enrollment (PIRL 400, 407, 408, 600-604, 800-808). */
    public record EntryCharacteristics(
            EmploymentStatus employmentStatus,
            EducationLevel educationLevel,
            SchoolStatus schoolStatus,
            Set<Barrier> barriers,
            Set<PublicAssistance> publicAssistance,
            String correctedReason)
            implements Serializable {}

    public static EnrollmentView of(Enrollment e) {
        return new EnrollmentView(
                e.getId(),
                e.getProgram(),
                e.getEntryDate(),
                e.getExitDate(),
                e.getExitReason(),
                e.getExitExclusion(),
                e.getExitNote(),
                e.getLastServiceDate(),
                e.getCaseManager() == null ? null : e.getCaseManager().getUsername(),
                e.getOffice() == null ? null : e.getOffice().getName(),
                e.getDetermination() == null ? null : e.getDetermination().getId(),
                e.isLowIncomeException(),
                e.isAdditionalAssistanceCap(),
                new EntryCharacteristics(
                        e.getEntryEmploymentStatus(),
                        e.getEntryEducationLevel(),
                        e.getEntrySchoolStatus(),
                        new TreeSet<>(e.getEntryBarriers()),
                        new TreeSet<>(e.getEntryPublicAssistance()),
                        e.getEntryCorrectedReason()),
                e.getVersion());
    }

    public boolean isOpen() {
        return exitDate == null || !exitDate.isBefore(LocalDate.now());
    }
}
