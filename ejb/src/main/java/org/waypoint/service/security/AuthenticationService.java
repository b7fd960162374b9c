package org.waypoint.service.security;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.util.logging.Logger;
import org.waypoint.persistence.audit.AuditAction;
import org.waypoint.persistence.audit.AuditEntry;
import org.waypoint.persistence.security.StaffAccount;
import org.waypoint.service.platform.WaypointSettings;

/**
 * Checks a user name and password against the staff accounts, for the web login and the REST API
 * alike. After {@code waypoint.security.max-failed-logins} failures in a row (5 by default) the
 * account is locked for {@code waypoint.security.lockout-minutes} (15). Every success, failure and
 * lock is audited; the answer never tells whether the user name exists.
 */
@Stateless
@PermitAll
public class AuthenticationService {

    private static final Logger LOG = Logger.getLogger(AuthenticationService.class.getName());

    /** A hash of a password nobody has, so unknown user names take as long as known ones. */
    private static final String DUMMY_HASH = PasswordHasher.hash("not-a-real-password".toCharArray());

    @PersistenceContext
    private EntityManager em;

    @Inject
    private VerifiedCredentialCache cache;

    public enum Outcome {
        SUCCESS,
        INVALID,
        LOCKED,
        DISABLED
    }

    public record Result(Outcome outcome, StaffPrincipal principal) implements java.io.Serializable {}

    public Result authenticate(String username, char[] password) {
        Instant now = Instant.now();
        if (username == null || username.isBlank() || password == null || password.length == 0) {
            return new Result(Outcome.INVALID, null);
        }
        String name = username.trim().toLowerCase();
        StaffPrincipal confirmed = cache.confirmed(name, password, now);
        if (confirmed != null) {
            return new Result(Outcome.SUCCESS, confirmed);
        }
        StaffAccount account = em.createNamedQuery(StaffAccount.FIND_BY_USERNAME, StaffAccount.class)
                .setParameter("username", name)
                .getResultStream()
                .findFirst()
                .orElse(null);
        if (account == null) {
            PasswordHasher.verify(password, DUMMY_HASH);
            audit(name, AuditAction.LOGIN_FAILED, null, "{\"reason\":\"unknown user\"}");
            return new Result(Outcome.INVALID, null);
        }
        if (!account.isEnabled()) {
            audit(name, AuditAction.LOGIN_FAILED, account, "{\"reason\":\"disabled\"}");
            return new Result(Outcome.DISABLED, null);
        }
        if (account.isLockedAt(now)) {
            audit(name, AuditAction.LOGIN_FAILED, account, "{\"reason\":\"locked\"}");
            return new Result(Outcome.LOCKED, null);
        }
        boolean valid = cache.matches(name, password, account.getPasswordHash(), now)
                || PasswordHasher.verify(password, account.getPasswordHash());
        if (!valid) {
            cache.forget(name);
            int max = WaypointSettings.getInt("waypoint.security.max-failed-logins", 5);
            int minutes = WaypointSettings.getInt("waypoint.security.lockout-minutes", 15);
            em.createNamedQuery(StaffAccount.COUNT_FAILED_LOGIN)
                    .setParameter("id", account.getId())
                    .executeUpdate();
            int failures = em.createNamedQuery(StaffAccount.FAILED_ATTEMPTS, Integer.class)
                    .setParameter("id", account.getId())
                    .getSingleResult();
            if (failures >= max) {
                em.createNamedQuery(StaffAccount.LOCK)
                        .setParameter("id", account.getId())
                        .setParameter("until", now.plus(Duration.ofMinutes(minutes)))
                        .executeUpdate();
                LOG.warning(() -> "Account " + name + " locked after " + max + " failed logins");
                audit(name, AuditAction.LOCKED, account, "{\"minutes\":" + minutes + "}");
                return new Result(Outcome.LOCKED, null);
            }
            audit(name, AuditAction.LOGIN_FAILED, account, "{\"reason\":\"wrong password\"}");
            return new Result(Outcome.INVALID, null);
        }
        StaffPrincipal principal = StaffPrincipal.of(account);
        cache.remember(name, password, account.getPasswordHash(), principal, now);
        // Basic authentication repeats on every API call: count a login at most once a minute.
        if (account.getLastLoginAt() == null
                || account.getLastLoginAt().isBefore(now.minusSeconds(60))
                || account.getFailedAttempts() > 0) {
            em.createNamedQuery(StaffAccount.RECORD_LOGIN)
                    .setParameter("id", account.getId())
                    .setParameter("now", now)
                    .executeUpdate();
            audit(name, AuditAction.LOGIN, account, "{}");
        }
        return new Result(Outcome.SUCCESS, principal);
    }

    private void audit(String actor, AuditAction action, StaffAccount account, String changes) {
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
