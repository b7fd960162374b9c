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
import java.util.Set;
import org.waypoint.persistence.outcomes.SkillGain;
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
 * The measurable skill gains a participant achieves during participation, which the measurable
 * skill gains indicator counts (20 CFR 677.155(a)(1)(v); TEGL 10-16, Change 1). Staff of the
 * participant's local area record them with their evidence and void one recorded in error; monitors
 * and the state read them. One transaction per action, refused whole with each wrong field named
 * ({@link SkillGainRules}); never deleted, audited through the entity, optimistically locked.
 *
 * <p>A gain without a training or schooling on file is accepted, since the education may be one that
 * WIOA does not pay for, but its view says so ({@link SkillGainView#inEducationOrTraining()}) and the
 * page asks staff to document the enrollment in education (PIRL 1811), which is what a state
 * monitor samples.
 */
@Stateless
@RolesAllowed({Role.CASE_MANAGER_NAME, Role.LWDA_ADMIN_NAME, Role.STATE_ADMIN_NAME, Role.MONITOR_NAME})
public class SkillGainService {

    @PersistenceContext
    private EntityManager em;

    @EJB
    private CallerService callers;

    @EJB
    private AuditService audit;

    /** Every skill gain of the participant, voided ones too, newest first. */
    public List<SkillGainView> skillGains(long participantId) {
        OutcomeRecording recording = new OutcomeRecording(em);
        Participant participant = recording.participant(participantId);
        callers.requireRead(participant.getLwda().getId());
        Set<Long> withTraining = recording.enrollmentsWithTraining(participantId);
        return em.createNamedQuery(SkillGain.FIND_BY_PARTICIPANT, SkillGain.class)
                .setParameter("participantId", participantId)
                .getResultStream()
                .map(g -> SkillGainView.of(
                        g, withTraining.contains(g.getEnrollment().getId())))
                .toList();
    }

    public SkillGainView skillGain(long id) {
        SkillGain gain = entity(id);
        callers.requireRead(gain.getParticipant().getLwda().getId());
        return view(gain);
    }

    /**
     * Records a skill gain for the participant.
     *
     * @throws InvalidInputException naming each wrong field; nothing is saved
     */
    @RolesAllowed({Role.CASE_MANAGER_NAME, Role.LWDA_ADMIN_NAME, Role.STATE_ADMIN_NAME})
    public SkillGainView record(long participantId, SkillGainInput input) {
        BeanValidation.requireValid(input); // the columns' limits first: nothing half-saved (issue 18)
        if (input == null) {
            throw InvalidInputException.of("skillGain", Text.of("outcomes.skillGain.send"));
        }
        OutcomeRecording recording = new OutcomeRecording(em);
        Participant participant = recording.participant(participantId);
        StaffPrincipal caller = callers.requireWrite(participant.getLwda().getId());
        Map<String, Text> errors = new LinkedHashMap<>();
        Enrollment enrollment = recording.enrollment(participant, input.enrollmentId(), errors);
        Training training = recording.training(participant, input.trainingId(), errors);
        SkillGainRules.check(input, enrollment == null ? null : Participation.of(enrollment), LocalDate.now())
                .forEach(errors::putIfAbsent);
        if (!errors.isEmpty()) {
            throw InvalidInputException.texts(errors);
        }
        SkillGain gain = new SkillGain(
                enrollment, input.gainType(), input.achievedOn(), em.find(StaffAccount.class, caller.accountId()));
        gain.setEvidence(input.evidenceKind(), input.evidenceDescription().strip());
        gain.setTraining(training);
        gain.setNote(OutcomeRecording.trimmed(input.note()));
        BeanValidation.requireValid(gain);
        em.persist(gain);
        em.flush(); // the answer carries the id and version written
        return view(gain);
    }

    /**
     * Voids a skill gain recorded in error, with the reason; it stays, marked void, and no longer counts.
     *
     * @param version the version loaded, or null when the caller did not load it
     * @throws ConcurrentChangeException when it was saved since {@code version}
     */
    @RolesAllowed({Role.CASE_MANAGER_NAME, Role.LWDA_ADMIN_NAME, Role.STATE_ADMIN_NAME})
    public SkillGainView voidSkillGain(long id, String reason, Long version) {
        SkillGain gain = entity(id);
        StaffPrincipal caller =
                callers.requireWrite(gain.getParticipant().getLwda().getId());
        if (version != null && version != gain.getVersion()) {
            throw concurrentChange(gain);
        }
        Map<String, Text> errors = OutcomeRules.checkVoidReason(reason);
        if (!errors.isEmpty()) {
            throw InvalidInputException.texts(errors);
        }
        if (gain.isVoided()) {
            throw InvalidInputException.of("reason", Text.of("outcomes.skillGain.voidedAlready", gain.getVoidReason()));
        }
        gain.voidFor(reason.strip(), em.find(StaffAccount.class, caller.accountId()));
        try {
            em.flush();
        } catch (OptimisticLockException e) {
            throw concurrentChange(gain);
        }
        return view(gain);
    }

    private SkillGainView view(SkillGain gain) {
        Set<Long> withTraining = new OutcomeRecording(em)
                .enrollmentsWithTraining(gain.getParticipant().getId());
        return SkillGainView.of(gain, withTraining.contains(gain.getEnrollment().getId()));
    }

    private ConcurrentChangeException concurrentChange(SkillGain gain) {
        return new ConcurrentChangeException(
                Text.of("outcomes.skillGain.the", OutcomeRules.shown(gain.getAchievedOn())),
                audit.lastChangedBy(SkillGain.class.getSimpleName(), String.valueOf(gain.getId())));
    }

    private SkillGain entity(long id) {
        return NotFoundException.unlessNull(em.find(SkillGain.class, id), Text.of("outcomes.skillGain.notFound", id));
    }
}
