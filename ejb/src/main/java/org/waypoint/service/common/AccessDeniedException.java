package org.waypoint.service.common;

import jakarta.ejb.ApplicationException;

/**
 * The caller's role or LWDA does not allow the action. Thrown by the services themselves, so that
 * hiding a button is never what protects a record.
 */
@ApplicationException(rollback = true)
public class AccessDeniedException extends TextFailure {

    public AccessDeniedException(String message) {
        this(Text.literal(message));
    }

    public AccessDeniedException(Text text) {
        super(text);
    }
}
