package org.waypoint.service.common;

import jakarta.ejb.ApplicationException;

/** The record asked for does not exist (or the caller may not know that it does). */
@ApplicationException(rollback = true)
public class NotFoundException extends RuntimeException {

    public NotFoundException(String message) {
        super(message);
    }

    /** The record found, or this exception with the message when there is none. */
    public static <T> T unlessNull(T found, String message) {
        if (found == null) {
            throw new NotFoundException(message);
        }
        return found;
    }
}
