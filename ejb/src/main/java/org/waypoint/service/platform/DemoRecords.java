package org.waypoint.service.platform;

import jakarta.persistence.EntityManager;
import org.waypoint.persistence.participant.Participant;
import org.waypoint.persistence.security.StaffAccount;

/**
 * What the demo data of each feature asks before it adds its records: whether its first demo
 * participant is there already (a later start adds nothing), and the demo staff accounts.
 */
public final class DemoRecords {

    private DemoRecords() {}

    /** Whether a participant with this number exists. */
    public static boolean exists(EntityManager em, String participantNumber) {
        return em.createNamedQuery(Participant.COUNT_BY_NUMBER, Long.class)
                        .setParameter("number", participantNumber)
                        .getSingleResult()
                > 0;
    }

    /** The staff account with this user name, or null. */
    public static StaffAccount account(EntityManager em, String username) {
        return em.createNamedQuery(StaffAccount.FIND_BY_USERNAME, StaffAccount.class)
                .setParameter("username", username)
                .getResultStream()
                .findFirst()
                .orElse(null);
    }
}
