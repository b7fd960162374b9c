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
 * everything for state staff. Dates come from the same {@link ReviewSchedule} the plan page uses:
 * counted from the plan's start even before it is signed, and none after the participant's exit.
 */
@Stateless
@RolesAllowed({Role.CASE_MANAGER_NAME, Role.LWDA_ADMIN_NAME, Role.STATE_ADMIN_NAME, Role.MONITOR_NAME})
public class PlanReviewsDueService {

    @PersistenceContext
    private EntityManager em;

    @EJB
    private CallerService callers;

    @EJB
    private PlanViews views;

    public List<ReviewDue> reviewsDue() {
        StaffPrincipal caller = callers.current();
        String scope;
        Object scopeValue;
        if (caller.role() == Role.CASE_MANAGER) {
            scope = " WHERE p.participant.caseManager.id = :scope";
            scopeValue = caller.accountId();
        } else if (caller.role().isBoundToLwda()) {
            scope = " WHERE p.lwda.id = :scope";
            scopeValue = caller.lwdaId();
        } else {
            scope = "";
            scopeValue = null;
        }
        TypedQuery<Plan> query = em.createQuery("SELECT p FROM Plan p JOIN FETCH p.participant" + scope, Plan.class);
        if (scopeValue != null) {
            query.setParameter("scope", scopeValue);
        }
        List<Plan> plans = query.getResultList();
        if (plans.isEmpty()) {
            return List.of();
        }
        List<Long> ids = plans.stream().map(Plan::getId).toList();
        Map<Long, LocalDate> lastSigned = new HashMap<>();
        em.createQuery(
                        "SELECT v.plan.id, v.signedAt FROM PlanVersion v WHERE v.signedAt IS NOT NULL"
                                + " AND v.plan.id IN :ids",
                        Object[].class)
                .setParameter("ids", ids)
                .getResultList()
                .forEach(row -> lastSigned.merge(
                        (Long) row[0],
                        LocalDate.ofInstant((Instant) row[1], ZoneId.systemDefault()),
                        (a, b) -> a.isAfter(b) ? a : b));
        Map<Long, LocalDate> lastReviewed = new HashMap<>();
        em.createQuery("SELECT r.plan.id, r.reviewedOn FROM PlanReview r WHERE r.plan.id IN :ids", Object[].class)
                .setParameter("ids", ids)
                .getResultList()
                .forEach(row -> lastReviewed.merge((Long) row[0], (LocalDate) row[1], (a, b) -> a.isAfter(b) ? a : b));
        LocalDate today = LocalDate.now();
        List<ReviewDue> due = new ArrayList<>();
        for (Plan plan : plans) {
            Integer interval = plan.getLwda().getState().getPlanReviewIntervalDays();
            if (interval == null) {
                continue;
            }
            PlanKind kind = PlanKind.valueOf(plan.getKind());
            Optional<LocalDate> next = ReviewSchedule.nextDue(
                    LocalDate.ofInstant(plan.getCreatedAt(), ZoneId.systemDefault()),
                    lastSigned.get(plan.getId()),
                    lastReviewed.get(plan.getId()),
                    interval,
                    views.exitedOn(plan.getParticipant(), kind));
            ReviewSchedule.Status status = ReviewSchedule.status(next, today);
            if (status == ReviewSchedule.Status.DUE_SOON || status == ReviewSchedule.Status.OVERDUE) {
                due.add(new ReviewDue(
                        plan.getId(),
                        plan.getParticipant().getId(),
                        plan.getParticipant().getParticipantNumber(),
                        plan.getParticipant().getFirstName() + " "
                                + plan.getParticipant().getLastName(),
                        kind,
                        next.get(),
                        status));
            }
        }
        due.sort(Comparator.comparing(ReviewDue::due));
        return due;
    }
}
