package org.waypoint.service.participant;

import jakarta.ejb.ApplicationException;

/**
 * The caller's registrations found people of other LWDAs more often than the hourly limit allows
 * (issue 18): the API answers 429 with Retry-After, the page says when to try again. Nothing about
 * the match is told.
 */
@ApplicationException(rollback = true)
public class DuplicateLookupLimitException extends RuntimeException {

    private final long retryAfterSeconds;

    public DuplicateLookupLimitException(long retryAfterSeconds) {
        super("Too many registrations of people already registered in another local area in the last hour:"
                + " try again in " + Math.max(1, (retryAfterSeconds + 59) / 60) + " minutes, or contact "
                + HelpDesk.contact() + ".");
        this.retryAfterSeconds = retryAfterSeconds;
    }

    public long getRetryAfterSeconds() {
        return retryAfterSeconds;
    }
}
