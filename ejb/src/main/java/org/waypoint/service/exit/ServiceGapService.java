package org.waypoint.service.exit;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.waypoint.persistence.exit.ServiceGap;
import org.waypoint.persistence.participant.Enrollment;
import org.waypoint.persistence.participant.Participant;
import org.waypoint.persistence.reference.StateProfile;
import org.waypoint.persistence.security.Role;
import org.waypoint.persistence.security.StaffAccount;
import org.waypoint.service.common.BeanValidation;
import org.waypoint.service.common.ConcurrentChangeException;
import org.waypoint.service.common.InvalidInputException;
import org.waypoint.service.common.NotFoundException;
import org.waypoint.service.common.Text;
import org.waypoint.service.security.CallerService;
import org.waypoint.service.security.StaffPrincipal;

/**
 * Planned gaps in service (TEGL 10-16, Change 1): where the state allows them, a documented gap
 * (training that starts after the 90 days, a health condition) holds the exit clock. A gap is
 * recorded against an open enrollment, from its entry on, and may not share a day with another gap
 * of the same participant: the exit job adds up the gaps' days, so overlaps would count twice. Two
 * staff recording at once are serialized by locking the participant's row, which no database
 * constraint portable to H2 and PostgreSQL could express. A gap recorded by mistake is removed.
 */
@Stateless
public class ServiceGapService {

    private static final int REASON_MAX = 500;

    @PersistenceContext
    private EntityManager em;

    @EJB
    private CallerService callers;

    @RolesAllowed({Role.CASE_MANAGER_NAME, Role.LWDA_ADMIN_NAME, Role.STATE_ADMIN_NAME, Role.MONITOR_NAME})
    public List<ServiceGapView> gaps(long participantId) {
        Participant participant = NotFoundException.unlessNull(
                em.find(Participant.class, participantId), Text.of("exit.participant.notFound", participantId));
        callers.requireRead(participant.getLwda().getId());
        return em.createNamedQuery(ServiceGap.FIND_BY_PARTICIPANT, ServiceGap.class)
                .setParameter("participantId", participantId)
                .getResultStream()
                .map(ServiceGapView::of)
                .toList();
    }

    /** The planned gaps recorded against one enrollment. */
    @RolesAllowed({Role.CASE_MANAGER_NAME, Role.LWDA_ADMIN_NAME, Role.STATE_ADMIN_NAME, Role.MONITOR_NAME})
    public List<ServiceGapView> enrollmentGaps(long enrollmentId) {
        Enrollment enrollment = NotFoundException.unlessNull(
                em.find(Enrollment.class, enrollmentId), Text.of("exit.enrollment.notFound", enrollmentId));
        return gaps(enrollment.getParticipant().getId()).stream()
                .filter(g -> g.enrollmentId().equals(enrollmentId))
                .toList();
    }

    /** @throws InvalidInputException naming {@code from}, {@code to} or {@code reason} */
    @RolesAllowed({Role.CASE_MANAGER_NAME, Role.LWDA_ADMIN_NAME, Role.STATE_ADMIN_NAME})
    public ServiceGapView record(long enrollmentId, ServiceGapInput input) {
        BeanValidation.requireValid(input); // the columns' limits first: nothing half-saved (issue 18)
        Enrollment enrollment = NotFoundException.unlessNull(
                em.find(Enrollment.class, enrollmentId), Text.of("exit.enrollment.notFound", enrollmentId));
        Participant participant = enrollment.getParticipant();
        StaffPrincipal caller = callers.requireWrite(participant.getLwda().getId());
        StateProfile state = participant.getLwda().getState();
        if (!state.isPlannedGapsAllowed()) {
            throw InvalidInputException.of("from", Text.of("exit.gap.notAllowed", state.getName()));
        }
        if (input == null || input.from() == null) {
            throw InvalidInputException.of("from", Text.of("exit.gap.from.required"));
        }
        if (input.to() == null) {
            throw InvalidInputException.of("to", Text.of("exit.gap.to.required"));
        }
        if (input.to().isBefore(input.from())) {
            throw InvalidInputException.of("to", Text.of("exit.gap.endBeforeStart"));
        }
        String reason = input.reason() == null ? "" : input.reason().strip();
        if (reason.isEmpty()) {
            throw InvalidInputException.of("reason", Text.of("exit.gap.reason.required"));
        }
        if (reason.length() > REASON_MAX) {
            throw InvalidInputException.of("reason", Text.of("exit.length", REASON_MAX));
        }
        if (enrollment.getExitDate() != null) {
            throw InvalidInputException.of("from", Text.of("exit.gap.exited", enrollment.getExitDate()));
        }
        if (input.from().isBefore(enrollment.getEntryDate())) {
            throw InvalidInputException.of("from", Text.of("exit.gap.beforeEntry", enrollment.getEntryDate()));
        }
        em.lock(participant, LockModeType.PESSIMISTIC_WRITE);
        em.createNamedQuery(ServiceGap.FIND_BY_PARTICIPANT, ServiceGap.class)
                .setParameter("participantId", participant.getId())
                .getResultStream()
                .filter(g -> g.overlaps(input.from(), input.to()))
                .findFirst()
                .ifPresent(g -> {
                    throw InvalidInputException.of("from", Text.of("exit.gap.overlaps", g.getFrom(), g.getTo()));
                });
        ServiceGap gap = new ServiceGap(
                enrollment, input.from(), input.to(), reason, em.find(StaffAccount.class, caller.accountId()));
        em.persist(gap);
        em.flush();
        return ServiceGapView.of(gap);
    }

    /** Removes a gap recorded by mistake; the audit trail keeps it. */
    @RolesAllowed({Role.CASE_MANAGER_NAME, Role.LWDA_ADMIN_NAME, Role.STATE_ADMIN_NAME})
    public void remove(long enrollmentId, long gapId, Long version) {
        ServiceGap gap = em.find(ServiceGap.class, gapId);
        if (gap == null || !gap.getEnrollment().getId().equals(enrollmentId)) {
            throw new NotFoundException(Text.of("exit.gap.notFound", gapId, enrollmentId));
        }
        callers.requireWrite(gap.getEnrollment().getParticipant().getLwda().getId());
        if (version == null) {
            throw InvalidInputException.of("version", Text.of("exit.gap.version.required"));
        }
        if (version != gap.getVersion()) {
            throw new ConcurrentChangeException(Text.of("exit.thisGap"), null);
        }
        em.remove(gap);
        em.flush();
    }
}
