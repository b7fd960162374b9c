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
    private final boolean sameSsn;

    public DuplicateParticipantException(List<PossibleDuplicate> matches) {
        this(matches, matches.stream().anyMatch(PossibleDuplicate::sameSsn));
    }

    /**
     * When the database refused the registration (issue 11, defect B), which of its unique indexes
     * says whether the SSN was the same, even if the matches could not be looked up.
     */
    public DuplicateParticipantException(List<PossibleDuplicate> matches, boolean sameSsn) {
        super(
                sameSsn
                        ? "A participant with this SSN is already registered: open that record instead."
                        : "A participant with the same name and date of birth is already registered: open that record,"
                                + " or confirm that this is a different person.");
        this.matches = List.copyOf(matches);
        this.sameSsn = sameSsn;
    }

    public List<PossibleDuplicate> getMatches() {
        return matches;
    }

    public boolean isSameSsn() {
        return sameSsn;
    }
}
