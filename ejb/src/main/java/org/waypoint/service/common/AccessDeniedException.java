package org.waypoint.service.common;

import jakarta.ejb.ApplicationException;
import java.util.Locale;

/**
 * The caller's role or LWDA does not allow the action. Thrown by the services themselves, so that
 * hiding a button is never what protects a record.
 */
@ApplicationException(rollback = true)
public class AccessDeniedException extends RuntimeException implements LocalizedMessage {

    private final Text text;

    public AccessDeniedException(String message) {
        this(Text.literal(message));
    }

    public AccessDeniedException(Text text) {
        super(text.english());
        this.text = text;
    }

    @Override
    public String getMessage(Locale locale) {
        return text.in(locale);
    }
}
