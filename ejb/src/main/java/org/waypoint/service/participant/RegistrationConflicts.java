package org.waypoint.service.participant;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.PersistenceException;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.waypoint.persistence.participant.Participant;
import org.waypoint.persistence.security.Role;
import org.waypoint.service.common.UniqueViolation;

/**
 * Turns the database's refusal of a registration into the answer a sequential duplicate gets (issue
 * 11, defect B). Two registrations of the same person sent at once both pass the duplicate search;
 * the unique indexes on the SSN hash and the identity key let only one be saved, and the other is
 * answered here. The matches are looked up in a new transaction: the registration's own is
 * rollback-only once its insert failed, and PostgreSQL answers no further query in it.
 */
@Stateless
public class RegistrationConflicts {

    private static final Logger LOG = Logger.getLogger(RegistrationConflicts.class.getName());

    @EJB
    private ParticipantService participants;

    /**
     * The exception for the caller when {@code failure} is a unique index refusing the registration
     * of {@code input}; {@code failure} itself, unchanged, otherwise.
     */
    @RolesAllowed({Role.CASE_MANAGER_NAME, Role.LWDA_ADMIN_NAME, Role.STATE_ADMIN_NAME})
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public RuntimeException explain(PersistenceException failure, ParticipantInput input) {
        boolean sameSsn = UniqueViolation.of(failure, Participant.SSN_UNIQUE);
        if (!sameSsn && !UniqueViolation.of(failure, Participant.IDENTITY_KEY_UNIQUE)) {
            return failure;
        }
        LOG.info(() -> "A registration sent at the same moment as another of the same "
                + (sameSsn ? "SSN" : "name and date of birth") + " was refused by the database");
        List<PossibleDuplicate> matches = matches(input);
        return new DuplicateParticipantException(
                matches, sameSsn || matches.stream().anyMatch(PossibleDuplicate::sameSsn));
    }

    private List<PossibleDuplicate> matches(ParticipantInput input) {
        try {
            return participants.possibleDuplicates(
                    input.firstName(), input.lastName(), input.dateOfBirth(), input.ssn(), null);
        } catch (RuntimeException e) {
            // the answer is still a 409; the page then shows the message without the records
            LOG.log(
                    Level.WARNING,
                    "Could not look up the participants a registration collided with",
                    org.waypoint.persistence.common.LogRedaction.redact(e));
            return List.of();
        }
    }
}
