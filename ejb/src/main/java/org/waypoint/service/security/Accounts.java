package org.waypoint.service.security;

import jakarta.persistence.EntityManager;
import org.waypoint.persistence.security.StaffAccount;

/** The staff account a sign-in names, for the password check and the identity provider's alike. */
final class Accounts {

    private Accounts() {}

    /** The account of a user name already trimmed and lower-cased; null when there is none. */
    static StaffAccount byUsername(EntityManager em, String name) {
        return em.createNamedQuery(StaffAccount.FIND_BY_USERNAME, StaffAccount.class)
                .setParameter("username", name)
                .getResultStream()
                .findFirst()
                .orElse(null);
    }
}
