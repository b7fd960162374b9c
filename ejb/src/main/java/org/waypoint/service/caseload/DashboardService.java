package org.waypoint.service.caseload;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import org.waypoint.persistence.security.Role;
import org.waypoint.service.security.CallerService;
import org.waypoint.service.security.StaffPrincipal;

/**
 * The figures of each role's start page, counted in the database within the caller's reach: a
 * case manager's own caseload and LWDA, an LWDA admin's LWDA and staff, everything for state roles.
 */
@Stateless
public class DashboardService {

    @PersistenceContext
    private EntityManager em;

    @EJB
    private CallerService callers;

    public record Figures(
            long myCaseload, long participants, long staffAccounts, long lockedAccounts, long lwdas, long states)
            implements java.io.Serializable {}

    @RolesAllowed({Role.CASE_MANAGER_NAME, Role.LWDA_ADMIN_NAME, Role.STATE_ADMIN_NAME, Role.MONITOR_NAME})
    public Figures figures() {
        StaffPrincipal caller = callers.current();
        boolean bound = caller.role().isBoundToLwda();
        long myCaseload = caller.role() == Role.CASE_MANAGER
                ? count("SELECT COUNT(p) FROM Participant p WHERE p.caseManager.id = ?1", caller.accountId())
                : 0;
        long participants = bound
                ? count("SELECT COUNT(p) FROM Participant p WHERE p.lwda.id = ?1", caller.lwdaId())
                : count("SELECT COUNT(p) FROM Participant p");
        long staff = 0;
        long locked = 0;
        if (caller.role() == Role.LWDA_ADMIN) {
            staff = count("SELECT COUNT(a) FROM StaffAccount a WHERE a.lwda.id = ?1", caller.lwdaId());
            locked = count(
                    "SELECT COUNT(a) FROM StaffAccount a WHERE a.lwda.id = ?1 AND a.lockedUntil > ?2",
                    caller.lwdaId(),
                    Instant.now());
        } else if (caller.role() == Role.STATE_ADMIN) {
            staff = count("SELECT COUNT(a) FROM StaffAccount a");
            locked = count("SELECT COUNT(a) FROM StaffAccount a WHERE a.lockedUntil > ?1", Instant.now());
        }
        long lwdas = count("SELECT COUNT(l) FROM Lwda l");
        long states = count("SELECT COUNT(s) FROM StateProfile s");
        return new Figures(myCaseload, participants, staff, locked, lwdas, states);
    }

    private long count(String jpql, Object... parameters) {
        var query = em.createQuery(jpql, Long.class);
        for (int i = 0; i < parameters.length; i++) {
            query.setParameter(i + 1, parameters[i]);
        }
        return query.getSingleResult();
    }
}
