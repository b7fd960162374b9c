package org.waypoint.service.security;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.logging.Logger;
import org.waypoint.persistence.audit.AuditAction;
import org.waypoint.persistence.audit.AuditEntry;
import org.waypoint.persistence.security.StaffAccount;

/**
 * The lockout counters of a staff account and the audit rows of logins, each change one short
 * transaction of its own (issue 11, defect A). A login first reserves a slot and commits it, so that
 * attempts arriving at the same moment see it; the PBKDF2 check then runs with no transaction, row
 * lock or connection held; its outcome is counted and audited together last. This bounds the wrong
 * passwords ever checked in one lock window to the maximum, however many requests arrive at once.
 * The statements themselves are on {@link StaffAccount}.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class LoginAttempts {

    /** A slot count this old is taken as zero: the request that held it has died. */
    static final Duration IN_FLIGHT_EXPIRY = Duration.ofSeconds(60);

    private static final Logger LOG = Logger.getLogger(LoginAttempts.class.getName());

    @PersistenceContext
    private EntityManager em;

    public LoginAttempts() {}

    /** For tests outside the container, on a resource-local entity manager in a transaction. */
    LoginAttempts(EntityManager em) {
        this.em = em;
    }

    /**
     * Takes a slot to check one password, when the account is enabled, not locked at {@code now}
     * and its failures plus the checks in flight are fewer than {@code max}. False (audited as a
     * locked attempt): refuse without checking the password.
     */
    public boolean reserve(StaffAccount account, Instant now, int max) {
        boolean reserved = update(
                        StaffAccount.RESERVE_LOGIN,
                        account,
                        Timestamp.from(now),
                        Timestamp.from(now.minus(IN_FLIGHT_EXPIRY)),
                        account.getId(),
                        max)
                == 1;
        if (!reserved) {
            audit(account.getUsername(), AuditAction.LOGIN_FAILED, account, "{\"reason\":\"locked\"}");
        }
        return reserved;
    }

    /**
     * Counts a wrong password and releases its slot; the failure that reaches {@code max} locks the
     * account for {@code minutes}. Returns true when this call set the lock. Audited either way.
     */
    public boolean countFailure(StaffAccount account, Instant now, int max, int minutes) {
        update(StaffAccount.COUNT_FAILED_LOGIN, account, account.getId());
        // The update above holds the row lock until commit: no other attempt comes in between, and
        // the row count tells whether this failure is the one that locked the account.
        boolean locked = update(
                        StaffAccount.LOCK,
                        account,
                        account.getId(),
                        max,
                        Timestamp.from(now.plus(Duration.ofMinutes(minutes))),
                        Timestamp.from(now))
                == 1;
        if (locked) {
            LOG.warning(() -> "Account " + account.getUsername() + " locked after " + max + " failed logins");
            audit(account.getUsername(), AuditAction.LOCKED, account, "{\"minutes\":" + minutes + "}");
        } else {
            audit(account.getUsername(), AuditAction.LOGIN_FAILED, account, "{\"reason\":\"wrong password\"}");
        }
        return locked;
    }

    /** Records a login with the right password and releases its slot; audits it when asked to. */
    public void countSuccess(StaffAccount account, Instant now, boolean audited) {
        update(
                StaffAccount.RECORD_LOGIN,
                account,
                Timestamp.from(now),
                Timestamp.from(now.minus(IN_FLIGHT_EXPIRY)),
                account.getId());
        if (audited) {
            audit(account.getUsername(), AuditAction.LOGIN, account, "{}");
        }
    }

    /**
     * Records a login whose password matched the stored hash a moment ago (see
     * {@link VerifiedCredentialCache}): it took no slot, so none is released. False when the account
     * meanwhile has failures or a lock: the caller then checks the password the usual way.
     */
    public boolean countVerifiedSuccess(StaffAccount account, Instant now, boolean audited) {
        boolean recorded =
                update(StaffAccount.RECORD_VERIFIED_LOGIN, account, Timestamp.from(now), account.getId()) == 1;
        if (recorded && audited) {
            audit(account.getUsername(), AuditAction.LOGIN, account, "{}");
        }
        return recorded;
    }

    /** Records and audits a sign-in through the agency's identity provider, which checked the person itself. */
    public void countFederatedSuccess(StaffAccount account, Instant now, String via) {
        update(StaffAccount.RECORD_FEDERATED_LOGIN, account, Timestamp.from(now), account.getId());
        audit(account.getUsername(), AuditAction.LOGIN, account, "{\"via\":\"" + via + "\"}");
    }

    /** Gives a slot back without counting anything, when the check itself broke down. */
    public void release(StaffAccount account) {
        update(StaffAccount.RELEASE_LOGIN, account, account.getId());
    }

    /**
     * Runs one of the account's native login statements with positional parameters. Native SQL
     * bypasses the shared cache: the account is evicted from it (it is not cached today, but a stale
     * lock must never be read from a cache should that change). Timestamps are bound as the
     * entity's InstantConverter writes them.
     */
    private int update(String statement, StaffAccount account, Object... parameters) {
        Query query = em.createNamedQuery(statement);
        for (int i = 0; i < parameters.length; i++) {
            query.setParameter(i + 1, parameters[i]);
        }
        int rows = query.executeUpdate();
        em.getEntityManagerFactory().getCache().evict(StaffAccount.class, account.getId());
        return rows;
    }

    /** An audit row of a login attempt; {@code account} is null for an unknown user name. */
    public void audit(String actor, AuditAction action, StaffAccount account, String changes) {
        em.persist(new AuditEntry(
                Instant.now(),
                actor,
                action,
                StaffAccount.class.getSimpleName(),
                actor,
                account == null ? null : account.auditLwdaId(),
                changes));
    }
}
