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
        super(message(matches, sameSsn));
        this.matches = List.copyOf(matches);
        this.sameSsn = sameSsn;
    }

    /**
     * The plain-words answer. A match in another LWDA is told only to exist (issue 18): the caller
     * is sent to the state help desk, which may see every LWDA.
     */
    private static String message(List<PossibleDuplicate> matches, boolean sameSsn) {
        boolean elsewhere = matches.stream().anyMatch(m -> !m.visible());
        boolean visibleSameSsn = matches.stream().anyMatch(m -> m.visible() && m.sameSsn());
        boolean anyVisible = matches.stream().anyMatch(PossibleDuplicate::visible);
        String helpDesk = elsewhere ? " contact " + HelpDesk.contact() + "." : "";
        if (sameSsn && elsewhere && !visibleSameSsn) {
            return "This person is already registered in another local workforce area: to serve them here," + helpDesk;
        }
        if (sameSsn) {
            return "A participant with this SSN is already registered: open that record instead.";
        }
        if (elsewhere && !anyVisible) {
            return "A participant with the same name and date of birth is registered in another local workforce"
                    + " area. If this is that person," + helpDesk
                    + " If not, confirm that this is a different person.";
        }
        return "A participant with the same name and date of birth is already registered: open that record,"
                + " or confirm that this is a different person."
                + (elsewhere
                        ? " Another is registered in another local workforce area: if that is this person," + helpDesk
                        : "");
    }

    public List<PossibleDuplicate> getMatches() {
        return matches;
    }

    public boolean isSameSsn() {
        return sameSsn;
    }
}
