package org.waypoint.web.security;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import java.util.Set;
import org.waypoint.service.security.AuthenticationService;
import org.waypoint.service.security.AuthenticationService.Result;

/**
 * The database identity store: validates a user name and password through
 * {@link AuthenticationService} (lockout and audit included) and gives the account's role as the
 * caller's group. Single sign-on through the agency's identity provider (OpenID Connect) is
 * beside it, in {@code WaypointAuthenticationMechanism}; a state that signs staff in through LDAP
 * or Active Directory replaces this bean (see the README).
 */
@ApplicationScoped
public class StaffIdentityStore implements IdentityStore {

    @EJB
    private AuthenticationService authentication;

    @Inject
    private LoginOutcome loginOutcome;

    @Override
    public CredentialValidationResult validate(Credential credential) {
        if (!(credential instanceof UsernamePasswordCredential login)) {
            return CredentialValidationResult.NOT_VALIDATED_RESULT;
        }
        Result result = authentication.authenticate(
                login.getCaller(), login.getPassword().getValue());
        loginOutcome.setOutcome(result.outcome());
        if (result.outcome() != AuthenticationService.Outcome.SUCCESS) {
            return CredentialValidationResult.INVALID_RESULT;
        }
        return new CredentialValidationResult(
                result.principal().username(), Set.of(result.principal().role().name()));
    }
}
