package org.waypoint.service.participant;

import jakarta.ejb.ApplicationException;
import java.util.List;

/**
 * Registration stopped because the person may already be registered. With the same SSN it is the
 * same person: staff open the existing record. With the same name and date of birth staff either
 * open the existing record or confirm that this is someone else.
 */
@ApplicationException(rollback = true)
public class DuplicateParticipantException extends RuntimeException {

    private final List<PossibleDuplicate> matches;

    public DuplicateParticipantException(List<PossibleDuplicate> matches) {
        super(
                matches.stream().anyMatch(PossibleDuplicate::sameSsn)
                        ? "A participant with this SSN is already registered: open that record instead."
                        : "A participant with the same name and date of birth is already registered: open that record,"
                                + " or confirm that this is a different person.");
        this.matches = List.copyOf(matches);
    }

    public List<PossibleDuplicate> getMatches() {
        return matches;
    }

    public boolean isSameSsn() {
        return matches.stream().anyMatch(PossibleDuplicate::sameSsn);
    }
}
