package org.waypoint.service.plan;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.waypoint.persistence.plan.Plan;
import org.waypoint.persistence.security.Role;
import org.waypoint.service.security.CallerService;
import org.waypoint.service.security.StaffPrincipal;

/**
 * The plans whose review falls due within {@value ReviewSchedule#DUE_SOON_DAYS} days or is
 * overdue, within the caller's reach: a case manager's own caseload, an LWDA admin's LWDA,
 * everything for state staff. Dates come from the same {@link ReviewSchedule} the plan page uses.
 */
@Stateless
@RolesAllowed({Role.CASE_MANAGER_NAME, Role.LWDA_ADMIN_NAME, Role.STATE_ADMIN_NAME, Role.MONITOR_NAME})
public class PlanReviewsDueService {

    @PersistenceContext
    private EntityManager em;

    @EJB
    private CallerService callers;

    public List<ReviewDue> reviewsDue() {
        StaffPrincipal caller = callers.current();
        String scope;
        Object scopeValue;
        if (caller.role() == Role.CASE_MANAGER) {
            scope = " AND v.plan.participant.caseManager.id = :scope";
            scopeValue = caller.accountId();
        } else if (caller.role().isBoundToLwda()) {
            scope = " AND v.plan.lwda.id = :scope";
            scopeValue = caller.lwdaId();
        } else {
            scope = "";
            scopeValue = null;
        }
        TypedQuery<Object[]> signed = em.createQuery(
                "SELECT v.plan.id, v.signedAt FROM PlanVersion v WHERE v.signedAt IS NOT NULL" + scope, Object[].class);
        if (scopeValue != null) {
            signed.setParameter("scope", scopeValue);
        }
        Map<Long, LocalDate> lastSigned = new HashMap<>();
        for (Object[] row : signed.getResultList()) {
            LocalDate day = LocalDate.ofInstant((Instant) row[1], ZoneId.systemDefault());
            lastSigned.merge((Long) row[0], day, (a, b) -> a.isAfter(b) ? a : b);
        }
        if (lastSigned.isEmpty()) {
            return List.of();
        }
        Map<Long, LocalDate> lastReviewed = new HashMap<>();
        em.createQuery("SELECT r.plan.id, r.reviewedOn FROM PlanReview r WHERE r.plan.id IN :ids", Object[].class)
                .setParameter("ids", lastSigned.keySet())
                .getResultList()
                .forEach(row -> lastReviewed.merge((Long) row[0], (LocalDate) row[1], (a, b) -> a.isAfter(b) ? a : b));
        LocalDate today = LocalDate.now();
        List<ReviewDue> due = new ArrayList<>();
        for (Plan plan : em.createQuery("SELECT p FROM Plan p JOIN FETCH p.participant WHERE p.id IN :ids", Plan.class)
                .setParameter("ids", lastSigned.keySet())
                .getResultList()) {
            Optional<LocalDate> next = ReviewSchedule.nextDue(
                    lastSigned.get(plan.getId()),
                    lastReviewed.get(plan.getId()),
                    plan.getLwda().getState().getPlanReviewIntervalDays());
            ReviewSchedule.Status status = ReviewSchedule.status(next, today);
            if (status == ReviewSchedule.Status.DUE_SOON || status == ReviewSchedule.Status.OVERDUE) {
                due.add(new ReviewDue(
                        plan.getId(),
                        plan.getParticipant().getId(),
                        plan.getParticipant().getParticipantNumber(),
                        plan.getParticipant().getFirstName() + " "
                                + plan.getParticipant().getLastName(),
                        PlanKind.valueOf(plan.getKind()),
                        next.get(),
                        status));
            }
        }
        due.sort(Comparator.comparing(ReviewDue::due));
        return due;
    }
}
