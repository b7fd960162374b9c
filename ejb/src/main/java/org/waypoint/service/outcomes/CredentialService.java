package org.waypoint.service.outcomes;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.waypoint.persistence.outcomes.Credential;
import org.waypoint.persistence.participant.Enrollment;
import org.waypoint.persistence.participant.Participant;
import org.waypoint.persistence.security.Role;
import org.waypoint.persistence.security.StaffAccount;
import org.waypoint.persistence.training.Training;
import org.waypoint.service.audit.AuditService;
import org.waypoint.service.common.BeanValidation;
import org.waypoint.service.common.ConcurrentChangeException;
import org.waypoint.service.common.InvalidInputException;
import org.waypoint.service.common.NotFoundException;
import org.waypoint.service.common.Text;
import org.waypoint.service.security.CallerService;
import org.waypoint.service.security.StaffPrincipal;

/**
 * The recognized credentials a participant attains, which the credential attainment indicator
 * counts (20 CFR 677.155(a)(1)(iv)). Staff of the participant's local area record them against an
 * enrollment, with the evidence, and void one recorded in error with the reason; monitors and the
 * state read them. One transaction per action, refused whole with each wrong field named ({@link
 * CredentialRules}); never deleted, audited through the entity, and a void with a stale version is
 * refused naming who saved first.
 */
@Stateless
@RolesAllowed({Role.CASE_MANAGER_NAME, Role.LWDA_ADMIN_NAME, Role.STATE_ADMIN_NAME, Role.MONITOR_NAME})
public class CredentialService {

    @PersistenceContext
    private EntityManager em;

    @EJB
    private CallerService callers;

    @EJB
    private AuditService audit;

    /** Every credential of the participant, voided ones too, newest first. */
    public List<CredentialView> credentials(long participantId) {
        Participant participant = new OutcomeRecording(em).participant(participantId);
        callers.requireRead(participant.getLwda().getId());
        return em.createNamedQuery(Credential.FIND_BY_PARTICIPANT, Credential.class)
                .setParameter("participantId", participantId)
                .getResultStream()
                .map(CredentialView::of)
                .toList();
    }

    public CredentialView credential(long id) {
        Credential credential = entity(id);
        callers.requireRead(credential.getParticipant().getLwda().getId());
        return CredentialView.of(credential);
    }

    /**
     * Records a credential for the participant.
     *
     * @throws InvalidInputException naming each wrong field; nothing is saved
     */
    @RolesAllowed({Role.CASE_MANAGER_NAME, Role.LWDA_ADMIN_NAME, Role.STATE_ADMIN_NAME})
    public CredentialView record(long participantId, CredentialInput input) {
        BeanValidation.requireValid(input); // the columns' limits first: nothing half-saved (issue 18)
        if (input == null) {
            throw InvalidInputException.of("credential", Text.of("outcomes.credential.send"));
        }
        OutcomeRecording recording = new OutcomeRecording(em);
        Participant participant = recording.participant(participantId);
        StaffPrincipal caller = callers.requireWrite(participant.getLwda().getId());
        Map<String, Text> errors = new LinkedHashMap<>();
        Enrollment enrollment = recording.enrollment(participant, input.enrollmentId(), errors);
        Training training = recording.training(participant, input.trainingId(), errors);
        CredentialRules.check(input, enrollment == null ? null : Participation.of(enrollment), LocalDate.now())
                .forEach(errors::putIfAbsent);
        if (!errors.isEmpty()) {
            throw InvalidInputException.texts(errors);
        }
        Credential credential = new Credential(
                enrollment,
                input.credentialType(),
                input.name().strip(),
                input.attainedOn(),
                em.find(StaffAccount.class, caller.accountId()));
        credential.setEvidence(input.evidenceKind(), input.evidenceDescription().strip());
        credential.setTraining(training);
        credential.setNote(OutcomeRecording.trimmed(input.note()));
        BeanValidation.requireValid(credential);
        em.persist(credential);
        em.flush(); // the answer carries the id and version written
        return CredentialView.of(credential);
    }

    /**
     * Voids a credential recorded in error, with the reason; it stays, marked void, and no longer
     * counts.
     *
     * @param version the version loaded, or null when the caller did not load it
     * @throws ConcurrentChangeException when it was saved since {@code version}
     */
    @RolesAllowed({Role.CASE_MANAGER_NAME, Role.LWDA_ADMIN_NAME, Role.STATE_ADMIN_NAME})
    public CredentialView voidCredential(long id, String reason, Long version) {
        Credential credential = entity(id);
        StaffPrincipal caller =
                callers.requireWrite(credential.getParticipant().getLwda().getId());
        if (version != null && version != credential.getVersion()) {
            throw concurrentChange(credential);
        }
        Map<String, Text> errors = OutcomeRules.checkVoidReason(reason);
        if (!errors.isEmpty()) {
            throw InvalidInputException.texts(errors);
        }
        if (credential.isVoided()) {
            throw InvalidInputException.of(
                    "reason", Text.of("outcomes.credential.voidedAlready", credential.getVoidReason()));
        }
        credential.voidFor(reason.strip(), em.find(StaffAccount.class, caller.accountId()));
        try {
            em.flush();
        } catch (OptimisticLockException e) {
            throw concurrentChange(credential);
        }
        return CredentialView.of(credential);
    }

    private ConcurrentChangeException concurrentChange(Credential credential) {
        return new ConcurrentChangeException(
                Text.of("outcomes.credential.the", credential.getName()),
                audit.lastChangedBy(Credential.class.getSimpleName(), String.valueOf(credential.getId())));
    }

    private Credential entity(long id) {
        return NotFoundException.unlessNull(em.find(Credential.class, id), Text.of("outcomes.credential.notFound", id));
    }
}
