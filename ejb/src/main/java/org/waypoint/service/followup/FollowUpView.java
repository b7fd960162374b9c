package org.waypoint.service.followup;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import org.waypoint.persistence.followup.FollowUp;
import org.waypoint.persistence.followup.FollowUpStatus;
import org.waypoint.persistence.participant.Program;

/**
 * A follow-up period as the participant's Follow-up tab, the contact page and the API show it: its
 * four quarters with due dates and where each stands today, and its contacts (voided ones too).
 */
public record FollowUpView(
        Long id,
        Long enrollmentId,
        Long participantId,
        Program program,
        boolean youth,
        LocalDate exitDate,
        LocalDate endsOn,
        FollowUpStatus status,
        LocalDate closedOn,
        String closeReason,
        String closedBy,
        List<FollowUpRules.Quarter> quarters,
        List<FollowUpContactView> contacts,
        long version)
        implements Serializable {

    static FollowUpView of(FollowUp f, List<FollowUpContactView> contacts, LocalDate today) {
        List<FollowUpRules.Contact> schedule = contacts.stream()
                .map(c -> new FollowUpRules.Contact(c.quarter(), c.outcome(), c.voided()))
                .toList();
        return new FollowUpView(
                f.getId(),
                f.getEnrollment().getId(),
                f.getParticipant().getId(),
                f.getProgram(),
                FollowUpRules.isYouth(f.getProgram()),
                f.getExitDate(),
                f.getEndsOn(),
                f.getStatus(),
                f.getClosedOn(),
                f.getCloseReason(),
                f.getClosedBy() == null ? null : f.getClosedBy().getUsername(),
                FollowUpRules.schedule(f.getExitDate(), f.getStatus(), schedule, today),
                contacts,
                f.getVersion());
    }

    /** The quarter {@code n} (1 to 4). */
    public FollowUpRules.Quarter quarter(int n) {
        return quarters.get(n - 1);
    }
}
