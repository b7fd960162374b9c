package org.waypoint.service.lmi.explore;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.waypoint.persistence.lmi.InterestProfile;
import org.waypoint.persistence.participant.Participant;
import org.waypoint.persistence.security.Role;
import org.waypoint.service.audit.AuditService;
import org.waypoint.service.common.BeanValidation;
import org.waypoint.service.common.ConcurrentChangeException;
import org.waypoint.service.common.InvalidInputException;
import org.waypoint.service.common.NotFoundException;
import org.waypoint.service.common.Text;
import org.waypoint.service.security.CallerService;
import org.waypoint.service.security.StaffPrincipal;

/**
 * Records the participant's O*NET Interest Profiler result, the start of career exploration. One
 * transaction per action; every staff role reads it, those who keep the participant's record write it
 * (the same roles as the LMI review). Each change is audited through the entity; a stale version is
 * refused naming who saved since; bad scores are refused by field with nothing saved.
 */
@Stateless
@RolesAllowed({Role.CASE_MANAGER_NAME, Role.LWDA_ADMIN_NAME, Role.STATE_ADMIN_NAME, Role.MONITOR_NAME})
public class InterestProfileService {

    @PersistenceContext
    private EntityManager em;

    @EJB
    private CallerService callers;

    @EJB
    private AuditService audit;

    /** The participant's current profile; null when none is recorded. */
    public InterestProfileView find(long participantId) {
        Participant participant = participant(participantId);
        callers.requireRead(participant.getLwda().getId());
        InterestProfile profile = current(participantId);
        return profile == null ? null : InterestProfileView.of(profile);
    }

    /**
     * Records the participant's first profile or replaces the scores of the current one.
     *
     * @throws InvalidInputException naming each field to correct; nothing is saved
     * @throws ConcurrentChangeException when someone else saved it since {@code input.version()}
     */
    @RolesAllowed({Role.CASE_MANAGER_NAME, Role.LWDA_ADMIN_NAME, Role.STATE_ADMIN_NAME})
    public InterestProfileView save(long participantId, InterestProfileInput input) {
        BeanValidation.requireValid(input); // the columns' limits first: nothing half-saved (issue 18)
        Participant participant = participant(participantId);
        StaffPrincipal caller = callers.requireWrite(participant.getLwda().getId());
        int[] scores = validate(input);
        InterestProfile profile = current(participantId);
        if (profile == null) {
            profile = new InterestProfile(participant);
        } else if (input.version() == null || input.version() != profile.getVersion()) {
            throw changedSince(participant);
        }
        profile.record(input.profiler(), input.takenOn(), scores, caller.username(), Instant.now());
        BeanValidation.requireValid(profile);
        if (profile.getId() == null) {
            em.persist(profile);
        }
        try {
            em.flush();
        } catch (PersistenceException e) {
            // another user recorded the first profile at the same moment (unique participant) or
            // saved over this one (version): theirs stands; the transaction is lost, so no audit lookup
            throw new ConcurrentChangeException(Text.of("lmi.interest.thisProfile"), null);
        }
        return InterestProfileView.of(profile);
    }

    /** All missing or out-of-range fields at once; the scores in RIASEC order when all are good. */
    private static int[] validate(InterestProfileInput input) {
        Map<String, Text> errors = new LinkedHashMap<>();
        if (input == null) {
            throw InvalidInputException.of("realistic", Text.of("lmi.interest.scoreRequired"));
        }
        Integer[] given = input.scores();
        int max = input.profiler() == null
                ? InterestProfile.MAX_SCORE
                : input.profiler().maxScore();
        int[] scores = new int[given.length];
        for (int i = 0; i < given.length; i++) {
            String field = InterestProfileInput.FIELDS[i];
            if (given[i] == null) {
                errors.put(field, Text.of("lmi.interest.scoreRequired"));
            } else if (given[i] < 0 || given[i] > max) {
                errors.put(field, Text.of("lmi.interest.scoreRange", max));
            } else {
                scores[i] = given[i];
            }
        }
        if (input.profiler() == null) {
            errors.put("profiler", Text.of("lmi.interest.chooseProfiler"));
        }
        if (input.takenOn() == null) {
            errors.put("takenOn", Text.of("lmi.interest.takenOnRequired"));
        }
        if (!errors.isEmpty()) {
            throw InvalidInputException.texts(errors);
        }
        return scores;
    }

    private ConcurrentChangeException changedSince(Participant participant) {
        return new ConcurrentChangeException(
                Text.of("lmi.interest.thisProfile"),
                audit.lastChangedBy("InterestProfile", participant.getParticipantNumber()));
    }

    private InterestProfile current(long participantId) {
        return em.createNamedQuery(InterestProfile.FIND_BY_PARTICIPANT, InterestProfile.class)
                .setParameter("participantId", participantId)
                .getResultStream()
                .findFirst()
                .orElse(null);
    }

    private Participant participant(long id) {
        Participant participant = em.find(Participant.class, id);
        if (participant == null) {
            throw new NotFoundException(Text.of("lmi.noParticipant", id));
        }
        return participant;
    }
}
