package org.waypoint.web.security;

import jakarta.enterprise.context.RequestScoped;
import org.waypoint.service.security.AuthenticationService.Outcome;

/**
 * Carries why a login failed from the identity store (which sees no request) to the login page, so
 * that a locked account is told it is locked instead of "wrong password".
 */
@RequestScoped
public class LoginOutcome {

    private Outcome outcome;

    public Outcome getOutcome() {
        return outcome;
    }

    public void setOutcome(Outcome outcome) {
        this.outcome = outcome;
    }
}
