package org.waypoint.service.participant;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.waypoint.persistence.audit.AuditAction;
import org.waypoint.persistence.audit.AuditEntry;
import org.waypoint.persistence.participant.Participant;
import org.waypoint.persistence.security.Role;
import org.waypoint.service.platform.WaypointSettings;
import org.waypoint.service.security.StaffPrincipal;

/**
 * Audits and limits registrations whose duplicate search found the person in another LWDA (issue
 * 18). Such an answer says only that the person is registered elsewhere, yet it still tells the
 * caller that an SSN is known to Waypoint: so each is written to the audit trail (who, when, which
 * record was hit, never the SSN), and a user gets at most {@code waypoint.duplicates.cross-lwda-per-hour}
 * (10) of them an hour; beyond that the lookup is refused with 429.
 *
 * <p>The counter is the audit trail itself: the rows are written in a transaction of their own (the
 * registration's is rolled back by the 409), so every server of a cluster counts the same rows. Two
 * lookups of one user at the very same moment may both pass the last free slot; that overshoot of
 * one is accepted.
 */
@Stateless
public class CrossLwdaLookups {

    static final Duration WINDOW = Duration.ofHours(1);

    @PersistenceContext
    private EntityManager em;

    /**
     * Records a lookup by {@code caller} that hit {@code hidden} (records of LWDAs the caller may not
     * read). Answers zero when the answer may be given, otherwise the seconds until the oldest
     * counted lookup leaves the hour.
     */
    @RolesAllowed({Role.CASE_MANAGER_NAME, Role.LWDA_ADMIN_NAME, Role.STATE_ADMIN_NAME})
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public long record(StaffPrincipal caller, List<Participant> hidden, boolean sameSsn) {
        Instant now = Instant.now();
        List<Instant> counted = em.createNamedQuery(AuditEntry.FIND_SINCE_BY_ACTOR, Instant.class)
                .setParameter("actor", caller.username())
                .setParameter("action", AuditAction.DUPLICATE_LOOKUP)
                .setParameter("since", now.minus(WINDOW))
                .getResultList();
        long retryAfter = DuplicateLookupLimit.retryAfterSeconds(counted, limit(), now, WINDOW);
        Participant first = hidden.get(0);
        em.persist(new AuditEntry(
                now,
                caller.username(),
                retryAfter == 0 ? AuditAction.DUPLICATE_LOOKUP : AuditAction.LOOKUP_REFUSED,
                Participant.class.getSimpleName(),
                first.getParticipantNumber(),
                first.getLwda().getId(),
                jakarta.json.Json.createObjectBuilder()
                        .add("duplicateLookup", "another LWDA")
                        .add("matches", hidden.size())
                        .add("sameSsn", sameSsn)
                        .add(
                                "callerLwdaId",
                                caller.lwdaId() == null ? "" : caller.lwdaId().toString())
                        .build()
                        .toString()));
        return retryAfter;
    }

    static int limit() {
        return WaypointSettings.getInt("waypoint.duplicates.cross-lwda-per-hour", 10);
    }
}
