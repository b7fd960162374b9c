package org.waypoint.service.participant;

import jakarta.ejb.ApplicationException;
import java.util.Locale;
import org.waypoint.service.common.LocalizedMessage;
import org.waypoint.service.common.Text;

/**
 * The caller's registrations found people of other LWDAs more often than the hourly limit allows
 * (issue 18): the API answers 429 with Retry-After, the page says when to try again. Nothing about
 * the match is told.
 */
@ApplicationException(rollback = true)
public class DuplicateLookupLimitException extends RuntimeException implements LocalizedMessage {

    private final long retryAfterSeconds;
    private final Text text;

    public DuplicateLookupLimitException(long retryAfterSeconds) {
        this(
                Text.of("participant.lookupLimit", Math.max(1, (retryAfterSeconds + 59) / 60), HelpDesk.text()),
                retryAfterSeconds);
    }

    private DuplicateLookupLimitException(Text text, long retryAfterSeconds) {
        super(text.english());
        this.text = text;
        this.retryAfterSeconds = retryAfterSeconds;
    }

    @Override
    public String getMessage(Locale locale) {
        return text.in(locale);
    }

    public long getRetryAfterSeconds() {
        return retryAfterSeconds;
    }
}
