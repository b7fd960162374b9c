package org.waypoint.service.security;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import org.waypoint.persistence.audit.AuditAction;
import org.waypoint.persistence.security.StaffAccount;
import org.waypoint.service.platform.WaypointSettings;

/**
 * Checks a user name and password against the staff accounts, for the web login and the REST API
 * alike. After {@code waypoint.security.max-failed-logins} failures in a row (5 by default) the
 * account is locked for {@code waypoint.security.lockout-minutes} (15), and no more than that many
 * wrong passwords are ever checked per lock window even when they arrive at once: each check takes
 * a slot first ({@link LoginAttempts}). Every success, failure and lock is audited; the answer never
 * tells whether the user name exists.
 */
@Stateless
@PermitAll
// No transaction: the slow hash must hold no connection or row lock; LoginAttempts writes the
// counters and audit rows in short transactions of their own (issue 11, defect A).
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class AuthenticationService {

    /** A hash of a password nobody has, so unknown user names take as long as known ones. */
    private static final String DUMMY_HASH = PasswordHasher.hash("not-a-real-password".toCharArray());

    @PersistenceContext
    private EntityManager em;

    @Inject
    private VerifiedCredentialCache cache;

    @EJB
    private LoginAttempts attempts;

    @EJB
    private CallerService callers;

    public enum Outcome {
        SUCCESS,
        INVALID,
        LOCKED,
        DISABLED,
        /** Not checked: too many failed sign-ins from the address or for the name (issue 18, web layer). */
        THROTTLED
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
            return success(confirmed);
        }
        StaffAccount account = Accounts.byUsername(em, name);
        if (account == null) {
            PasswordHasher.verify(password, DUMMY_HASH);
            attempts.audit(name, AuditAction.LOGIN_FAILED, null, "{\"reason\":\"unknown user\"}");
            return new Result(Outcome.INVALID, null);
        }
        if (!account.isEnabled()) {
            attempts.audit(name, AuditAction.LOGIN_FAILED, account, "{\"reason\":\"disabled\"}");
            return new Result(Outcome.DISABLED, null);
        }
        // Basic authentication repeats on every API call: audit a login at most once a minute.
        boolean audited = account.getLastLoginAt() == null
                || account.getLastLoginAt().isBefore(now.minusSeconds(60))
                || account.getFailedAttempts() > 0;
        // The password matched this very hash within the minute: no guess, no hash, so no slot. Slots
        // bound the wrong passwords checked at once; taking them here refused a busy API client's
        // parallel requests as "locked" each time its account state was read again (issue 20).
        if (account.getFailedAttempts() == 0
                && !account.isLockedAt(now)
                && cache.matches(name, password, account.getPasswordHash(), now)
                && attempts.countVerifiedSuccess(account, now, audited)) {
            StaffPrincipal principal = StaffPrincipal.of(account);
            cache.remember(name, password, account.getPasswordHash(), principal, now);
            return success(principal);
        }
        int max = WaypointSettings.getInt("waypoint.security.max-failed-logins", 5);
        // Issue 11 (defect A): the lock and the failures are checked, and a slot taken, atomically in
        // the database before the hash; reading the lock first let parallel guesses all be checked.
        if (!attempts.reserve(account, now, max)) {
            return new Result(Outcome.LOCKED, null);
        }
        boolean valid;
        try {
            valid = cache.matches(name, password, account.getPasswordHash(), now)
                    || PasswordHasher.verify(password, account.getPasswordHash());
        } catch (RuntimeException e) {
            attempts.release(account);
            throw e;
        }
        if (!valid) {
            cache.forget(name);
            int minutes = WaypointSettings.getInt("waypoint.security.lockout-minutes", 15);
            boolean locked = attempts.countFailure(account, now, max, minutes);
            return new Result(locked ? Outcome.LOCKED : Outcome.INVALID, null);
        }
        StaffPrincipal principal = StaffPrincipal.of(account);
        attempts.countSuccess(account, now, audited);
        cache.remember(name, password, account.getPasswordHash(), principal, now);
        return success(principal);
    }

    private Result success(StaffPrincipal principal) {
        callers.signedIn(principal);
        return new Result(Outcome.SUCCESS, principal);
    }
}
