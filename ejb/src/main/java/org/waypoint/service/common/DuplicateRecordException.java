package org.waypoint.service.common;

import jakarta.ejb.ApplicationException;

/**
 * A row the database refused because an equal one already exists: mostly the loser of two requests
 * that created the same thing at the same moment (issue 18). The API answers 409, a page shows the
 * message; the words say what already exists, never the values that collided.
 */
@ApplicationException(rollback = true)
public class DuplicateRecordException extends TextFailure {

    public DuplicateRecordException(String message) {
        this(Text.literal(message));
    }

    public DuplicateRecordException(Text text) {
        super(text);
    }
}
