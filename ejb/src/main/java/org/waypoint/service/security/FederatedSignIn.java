package org.waypoint.service.security;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import org.waypoint.persistence.audit.AuditAction;
import org.waypoint.persistence.security.StaffAccount;
import org.waypoint.service.security.AuthenticationService.Outcome;
import org.waypoint.service.security.AuthenticationService.Result;

/**
 * A staff member the agency's identity provider has signed in (OpenID Connect, issue 22). The
 * provider proves who the person is; Waypoint decides what they may do: the user name the provider
 * gives must be an enabled staff account here, whose role and LWDA apply. Anyone else is refused and
 * the refusal audited, as an unknown user name at the password form is. Waypoint's own password
 * lockout does not apply to such a sign-in, since no Waypoint password was tried.
 */
@Stateless
@PermitAll
public class FederatedSignIn {

    @PersistenceContext
    private EntityManager em;

    @EJB
    private LoginAttempts attempts;

    @EJB
    private CallerService callers;

    /**
     * @param username the provider's user name claim, matched without regard to case
     * @param via how the person arrived, for the audit: {@code oidc} for the pages, {@code oidc-bearer}
     *     for an API token
     */
    public Result signIn(String username, String via) {
        if (username == null || username.isBlank()) {
            return new Result(Outcome.INVALID, null);
        }
        String name = username.trim().toLowerCase();
        StaffAccount account = Accounts.byUsername(em, name);
        if (account == null) {
            attempts.audit(
                    name, AuditAction.LOGIN_FAILED, null, "{\"reason\":\"unknown user\",\"via\":\"" + via + "\"}");
            return new Result(Outcome.INVALID, null);
        }
        if (!account.isEnabled()) {
            attempts.audit(
                    name, AuditAction.LOGIN_FAILED, account, "{\"reason\":\"disabled\",\"via\":\"" + via + "\"}");
            return new Result(Outcome.DISABLED, null);
        }
        Instant now = Instant.now();
        // A bearer token comes with every API call: record and audit a sign-in at most once a minute,
        // as for Basic, so that one integration account's calls do not all queue on its row.
        boolean recorded =
                account.getLastLoginAt() == null || account.getLastLoginAt().isBefore(now.minusSeconds(60));
        if (recorded) {
            attempts.countFederatedSuccess(account, now, via);
        }
        StaffPrincipal principal = StaffPrincipal.of(account);
        callers.signedIn(principal);
        return new Result(Outcome.SUCCESS, principal);
    }
}
