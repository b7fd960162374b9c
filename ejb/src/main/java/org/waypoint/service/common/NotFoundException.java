package org.waypoint.service.common;

import jakarta.ejb.ApplicationException;

/** The record asked for does not exist (or the caller may not know that it does). */
@ApplicationException(rollback = true)
public class NotFoundException extends TextFailure {

    public NotFoundException(String message) {
        this(Text.literal(message));
    }

    public NotFoundException(Text text) {
        super(text);
    }

    /** The record found, or this exception with the text when there is none. */
    public static <T> T unlessNull(T found, Text text) {
        if (found == null) {
            throw new NotFoundException(text);
        }
        return found;
    }

    /** The record found, or this exception with the message when there is none. */
    public static <T> T unlessNull(T found, String message) {
        if (found == null) {
            throw new NotFoundException(message);
        }
        return found;
    }
}
