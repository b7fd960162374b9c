package org.waypoint.service.security;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.HashMap;
import java.util.Map;
import org.waypoint.persistence.security.Role;

/**
 * The names staff go by, for pages that would otherwise show a login id (cm-bluegrass) where a
 * person reads "who": the change history, the versions of a plan, signatures, reviews and notes.
 * Records keep the login id (it is what the audit trail stamps); the name is looked up when shown.
 */
@Stateless
@RolesAllowed({Role.CASE_MANAGER_NAME, Role.LWDA_ADMIN_NAME, Role.STATE_ADMIN_NAME, Role.MONITOR_NAME})
public class StaffNames {

    @PersistenceContext
    private EntityManager em;

    /** Every account's login id with its display name; a staff table is small enough to read whole. */
    public Map<String, String> byUsername() {
        Map<String, String> names = new HashMap<>();
        em.createQuery("SELECT a.username, a.displayName FROM StaffAccount a", Object[].class)
                .getResultStream()
                .forEach(row -> names.put((String) row[0], (String) row[1]));
        return names;
    }
}
