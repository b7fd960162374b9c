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
    private long retryAfterSeconds;

    public Outcome getOutcome() {
        return outcome;
    }

    public void setOutcome(Outcome outcome) {
        this.outcome = outcome;
    }

    /** For {@code THROTTLED}: the seconds until the login may be tried again. */
    public long getRetryAfterSeconds() {
        return retryAfterSeconds;
    }

    public void setRetryAfterSeconds(long retryAfterSeconds) {
        this.retryAfterSeconds = retryAfterSeconds;
    }
}
